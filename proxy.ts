import { NextResponse, type NextRequest } from "next/server";
import { databaseIsDown } from "./lib/database-health";
import { LOCALE_COOKIE } from "./lib/i18n/locales";
import { decodablePath, escapeUndecodable, wellFormedActionCall, wellFormedFormAction } from "./lib/well-formed";

/**
 * Answers the requests Next cannot take apart itself (it would send a bare "Internal Server Error" before any
 * page, action or route handler of ours runs). Not a guard: it lets everything else through untouched, and
 * pages, actions and route handlers check access for themselves.
 * - A path that is not valid percent-encoding: redirected to the same path with its stray "%" escaped, which
 *   the page (or route handler) then answers as the address it is — usually with the portal's not-found page.
 *   (A rewrite would not do: Next re-reads the original address when it renders the page, and fails again.)
 * - A server-action post whose fields are not what React writes: without JavaScript back to the page (303,
 *   the form shown afresh), with JavaScript (only a script sends such a call) a plain 400.
 * - While the database cannot be reached (lib/database-health.ts): the per-request pages (tracking,
 *   dashboard) get the 503 page instead of an error, and a form posted without JavaScript is sent to it too.
 *   Cached public pages are not matched here and go on being served from the cache.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!decodablePath(pathname)) {
    if (request.method !== "GET" && request.method !== "HEAD") return badRequest();
    return NextResponse.redirect(new URL(`${escapeUndecodable(pathname)}${search}`, request.url), 308);
  }
  if (databaseIsDown()) {
    if (request.method === "GET" || request.method === "HEAD") {
      if (PER_REQUEST_PAGE.test(pathname)) {
        const locale = request.cookies.get(LOCALE_COOKIE)?.value === "en" ? "en" : "zh-CN";
        return NextResponse.rewrite(new URL(`/${locale}/unavailable`, request.url));
      }
    } else if (request.method === "POST" && !request.headers.has("next-action")) {
      return NextResponse.redirect(new URL("/unavailable?form=1", request.url), 303);
    }
  }
  if (request.method !== "POST") return NextResponse.next();
  const body = await readBody(request);
  // A browser never sends a body its own content type does not describe.
  if (body === "unreadable") return badRequest();
  if (request.headers.has("next-action")) return body && !wellFormedActionCall(body) ? badRequest() : NextResponse.next();
  if (body instanceof FormData && !wellFormedFormAction(body)) return NextResponse.redirect(new URL(`${pathname}${search}`, request.url), 303);
  return NextResponse.next();
}

/** The body as form fields (multipart, url-encoded) or as text; null for other types (left to Next). */
async function readBody(request: NextRequest): Promise<FormData | { text: string } | "unreadable" | null> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (/^(multipart\/form-data|application\/x-www-form-urlencoded)/.test(type)) return await request.clone().formData();
    if (/^text\/plain/.test(type)) return { text: await request.clone().text() };
  } catch {
    return "unreadable";
  }
  return null;
}

// Pages rendered for each request from the database (everything else public is served from the cache).
const PER_REQUEST_PAGE = /^\/(track\/[^/]+|dashboard(\/.*)?|book\/[^/]+\/refused)\/?$/;

function badRequest() {
  return new NextResponse("Bad Request", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export const config = {
  matcher: [
    // Only a path with a percent sign can be undecodable.
    "/(.*%.*)",
    // Server-action posts go to pages, never to /api (whose upload routes must not pass through here: a proxy
    // buffers and cuts bodies at 10 MB, STACK.md item 16).
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!api/|_next/).*)", has: [{ type: "header", key: "content-type", value: "(?:multipart/form-data|application/x-www-form-urlencoded).*" }] },
    // The per-request pages, for the outage page.
    "/track/:code",
    "/dashboard/:path*",
    "/book/:service/refused",
  ],
};
