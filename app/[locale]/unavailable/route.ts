import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/**
 * The page a visitor gets while the database cannot be reached (lib/database-health.ts): a real 503 with
 * Retry-After, in the visitor's language, that reads nothing from the database. The proxy serves it in place
 * of the per-request pages during an outage; a form posted without JavaScript is sent here (`?form=1`) and is
 * told, honestly, how to get back to what it typed. Plain HTML: the outage must not depend on a render.
 */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/unavailable">) {
  const { locale: raw } = await params;
  const locale: Locale = isLocale(raw) ? raw : "zh-CN";
  const t = await getTranslations({ locale, namespace: "outage" });
  const fromForm = new URL(request.url).searchParams.get("form") === "1";
  const paragraphs = fromForm ? [t("formNotSaved"), t("formBack")] : [t("text"), t("pageReload")];
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t("title"))}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f8fafc;color:#0f172a}
.banner{background:#b91c1c;color:#fff;padding:12px 16px;font-size:18px;font-weight:700}
main{max-width:36rem;margin:0 auto;padding:24px 16px;font-size:18px;line-height:1.6}
h1{font-size:26px;color:#1e3a8a;margin:0 0 12px}
a{color:#1d4ed8;display:inline-block;min-height:48px;line-height:48px}
</style>
</head>
<body>
<p class="banner" role="alert">${escapeHtml(t("emergency"))}</p>
<main>
<h1>${escapeHtml(t("title"))}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n")}
<p><a href="/">${escapeHtml(t("home"))}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "30" },
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
