import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * Switches the language: sets the cookie the rewrite in next.config.js reads, then sends the browser back
 * to the page it came from (same origin only) with a relative 303.
 */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  const back = safeReturnPath(request);
  const headers = new Headers({ Location: back, "Cache-Control": "no-store" });
  if (isLocale(locale)) {
    headers.append("Set-Cookie", `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`);
  }
  return new Response(null, { status: 303, headers });
}

function safeReturnPath(request: Request): string {
  const referer = request.headers.get("referer");
  if (!referer) return "/";
  try {
    const from = new URL(referer);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (from.host !== host) return "/";
    return from.pathname.replace(/^\/(zh-CN|en)(?=\/|$)/, "") + from.search || "/";
  } catch {
    return "/";
  }
}
