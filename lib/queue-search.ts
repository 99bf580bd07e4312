/**
 * What staff type in the queue's search box: a reference code or a part of one (any case, dash optional),
 * or the last four digits of the resident's phone (which also match a code containing them).
 */
export type QueueSearch = { code: string; phoneEnding: string | null };

export const QUEUE_SEARCH_MAX = 20;

/** null: nothing to search for; "invalid": neither a code nor a phone ending. */
export function parseQueueSearch(input: unknown): QueueSearch | "invalid" | null {
  if (typeof input !== "string") return null;
  // NFKC: full-width digits and letters typed with a Chinese keyboard count as their ASCII twins.
  const compact = input.normalize("NFKC").toUpperCase().replace(/[\s-]/g, "");
  if (compact === "") return null;
  if (input.length > QUEUE_SEARCH_MAX) return "invalid";
  if (/^\d{4}$/.test(compact)) return { code: compact, phoneEnding: compact };
  return /^[0-9A-Z]{3,12}$/.test(compact) ? { code: compact, phoneEnding: null } : "invalid";
}
