/*
 * A browser without JavaScript, by hand: what a resident's phone sends when it loads a page and posts its form
 * (the fields the page really renders, Next's hidden action fields included), with cookies kept per visitor.
 */

export interface Visitor {
  /** Cookies this visitor holds, by name. */
  cookies: Map<string, string>;
  userAgent: string;
  /** Extra headers on every request (a forged X-Forwarded-For, say). */
  headers?: Record<string, string>;
}

export function visitor(userAgent: string, cookies: Record<string, string> = {}): Visitor {
  return { userAgent, cookies: new Map(Object.entries(cookies)) };
}

function headersOf(who: Visitor, origin: string, extra: Record<string, string> = {}): Record<string, string> {
  const cookie = [...who.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  return { "User-Agent": who.userAgent, Origin: origin, ...(cookie ? { Cookie: cookie } : {}), ...who.headers, ...extra };
}

function keepCookies(who: Visitor, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const at = pair!.indexOf("=");
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    if (/max-age=0|expires=Thu, 01 Jan 1970/i.test(line) || value === "") who.cookies.delete(name);
    else who.cookies.set(name, value);
  }
}

export async function get(base: string, path: string, who: Visitor, extra?: Record<string, string>): Promise<Response> {
  const response = await fetch(base + path, { headers: headersOf(who, base, extra), redirect: "manual" });
  keepCookies(who, response);
  return response;
}

/** The hidden fields Next renders for a no-JavaScript server-action form (action id, key, bound state). */
export function actionFields(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)) {
    const value = (match[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
    fields.push([match[1]!, value]);
  }
  if (fields.length === 0) throw new Error("no server-action form on the page");
  return fields;
}

/** Posts a form as a browser without JavaScript does: the page's hidden action fields plus `fields`. */
export async function postForm(
  base: string,
  path: string,
  who: Visitor,
  hidden: [string, string][],
  fields: Record<string, string>,
): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(base + path, { method: "POST", body: form, headers: headersOf(who, base), redirect: "manual" });
  keepCookies(who, response);
  return response;
}

/** The reference code and secret a successful submission redirects to (/track/CODE?k=SECRET…). */
export function trackingLink(response: Response): { code: string; secret: string; path: string } | null {
  const location = response.headers.get("location") ?? "";
  const match = /^\/track\/([2-9A-Z]{4}-[2-9A-Z]{4})\?k=([A-Za-z0-9_-]+)/.exec(location);
  return response.status === 303 && match ? { code: match[1]!, secret: match[2]!, path: `/track/${match[1]}?k=${match[2]}` } : null;
}
