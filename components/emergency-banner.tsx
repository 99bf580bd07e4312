import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** Emergencies are not for the portal: one tap calls 110. */
export async function EmergencyBanner({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "emergency" });
  return (
    <aside aria-label={t("label")} className="bg-red-700 text-white">
      <a
        href="tel:110"
        className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3 text-base font-semibold focus-visible:outline-3 focus-visible:outline-amber-300"
      >
        <span>{t("text")}</span>
        <span className="shrink-0 rounded-full bg-white px-4 py-1 text-lg font-bold text-red-700">{t("call")}</span>
      </a>
    </aside>
  );
}
