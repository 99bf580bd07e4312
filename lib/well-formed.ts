/*
 * Requests Next itself cannot take apart: it answers them with a bare 500 before any page, action or route
 * handler of ours runs. proxy.ts checks these first. Nothing here decides who may do what.
 */

/** Whether every segment of a path is valid percent-encoding (Next's route matching throws on `/officers/%ff`). */
export function decodablePath(pathname: string): boolean {
  return pathname.split("/").every((segment) => {
    try {
      decodeURIComponent(segment);
      return true;
    } catch {
      return false;
    }
  });
}

/** The path with every "%" of an undecodable segment escaped: the same address, now one Next can read. */
export function escapeUndecodable(pathname: string): string {
  return pathname
    .split("/")
    .map((segment) => (decodablePath(segment) ? segment : segment.replaceAll("%", "%25")))
    .join("/");
}

/**
 * A form posted without JavaScript to a server action, as React writes it: `$ACTION_ID_<id>` alone, or
 * `$ACTION_REF_<n>` with JSON fields `$ACTION_<n>:<chunk>` — chunk 0 `{ id, bound }`, the others the bound
 * arguments (for useActionState, the previous state). React's decoder throws on anything else.
 */
export function wellFormedFormAction(form: FormData): boolean {
  for (const key of form.keys()) {
    const ref = /^\$ACTION_REF_(\d+)$/.exec(key);
    if (ref && !wellFormedReply(form, `$ACTION_${ref[1]}:`, true)) return false;
  }
  for (const [key, value] of form.entries()) {
    if (/^\$ACTION_\d+:\d+$/.test(key) && (typeof value !== "string" || parsed(value) === undefined)) return false;
  }
  return true;
}

/**
 * The arguments of a server action called with JavaScript (the Next-Action header): a JSON body, or numbered
 * JSON fields ("0" the arguments, the others what they refer to) beside the FormData entries ("1_name").
 */
export function wellFormedActionCall(body: FormData | { text: string }): boolean {
  if (body instanceof FormData) return wellFormedReply(body, "", false);
  const value = parsed(body.text);
  return value !== undefined && refersOnlyTo(value, () => false);
}

function wellFormedReply(form: FormData, prefix: string, isBoundAction: boolean): boolean {
  const chunk = (id: number) => form.get(`${prefix}${id}`);
  const root = chunk(0);
  if (typeof root !== "string") return false;
  const value = parsed(root);
  if (value === undefined) return false;
  if (isBoundAction && !wellFormedActionMetadata(value)) return false;
  const exists = (id: number) => chunk(id) !== null;
  for (const [key, entry] of form.entries()) {
    if (!key.startsWith(prefix) || !/^\d+$/.test(key.slice(prefix.length)) || typeof entry !== "string") continue;
    const part = parsed(entry);
    if (part === undefined || !refersOnlyTo(part, exists)) return false;
  }
  return true;
}

function wellFormedActionMetadata(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { id, bound } = value as { id?: unknown; bound?: unknown };
  return typeof id === "string" && (bound === null || (typeof bound === "string" && /^\$@[0-9a-f]+$/.test(bound)));
}

/** JSON.parse, or undefined when it is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether every reference in a decoded chunk points at a chunk that was sent: "$1", "$@1" (a promise), "$Q1"
 * (a Map), "$W1" (a Set), "$B1" (a file) — ids in hex. A missing one leaves React waiting, then failing. FormData
 * ("$K1") and values ("$undefined", "$D…" dates, "$$…" a literal "$") refer to no chunk.
 */
function refersOnlyTo(value: unknown, exists: (id: number) => boolean): boolean {
  if (typeof value === "string") {
    const reference = /^\$(@|Q|W|B)?([0-9a-f]+)$/.exec(value);
    return !reference || exists(parseInt(reference[2]!, 16));
  }
  if (Array.isArray(value)) return value.every((v) => refersOnlyTo(v, exists));
  if (typeof value === "object" && value !== null) return Object.values(value).every((v) => refersOnlyTo(v, exists));
  return true;
}
