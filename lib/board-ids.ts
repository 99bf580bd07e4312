/**
 * Board ids are printed on the board and read out over the phone, so they are short: the community's pinyin
 * initials and a number (柳荫 liuyin → LY-01). The initials are the first letter and the first consonant that
 * starts the next syllable (a final n/ng before a consonant ends a syllable: fenglin → FL, nanqiao → NQ).
 */
export function boardIdPrefix(communitySlug: string): string {
  const slug = communitySlug.toLowerCase().replace(/[^a-z]/g, "");
  if (!slug) return "BD";
  const vowel = /[aeiouv]/;
  let i = 1;
  while (i < slug.length && vowel.test(slug[i]!)) i++;
  while (i < slug.length && (slug[i] === "n" || slug[i] === "g") && i + 1 < slug.length && !vowel.test(slug[i + 1]!)) i++;
  return (slug[0]! + (slug[i] ?? slug[1] ?? "")).toUpperCase();
}

export function boardId(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(2, "0")}`;
}

export const BOARD_ID_PATTERN = /^[A-Za-z0-9-]{1,32}$/;
export const SCAN_TARGET_PATTERN = /^[a-z0-9-]{1,64}$/;

/** The path every QR code on a board encodes: the scan is counted there, then redirected. */
export function boardScanPath(board: string, target: string): string {
  return `/api/b/${encodeURIComponent(board)}/${encodeURIComponent(target)}`;
}
