import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A plain form to /api/locale: works without JavaScript, and the page itself stays the same for every
 * visitor (the route handler sets the cookie and sends the browser back).
 */
export async function LocaleSwitch({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  const other: Locale = locale === "zh-CN" ? "en" : "zh-CN";
  // Each language is offered by its own name, from its own catalogue.
  const otherName = (await getTranslations({ locale: other, namespace: "site" }))("languageName");
  return (
    <form method="post" action="/api/locale">
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="min-h-10 rounded border border-white/60 px-3 text-sm whitespace-nowrap hover:bg-white/10 focus-visible:outline-3 focus-visible:outline-amber-400"
        aria-label={t("switchLanguage")}
      >
        {otherName}
      </button>
    </form>
  );
}
