import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** Before a resident sends anything: who processes it, why, for how long, and how to have it deleted. */
export async function PrivacyNotice({ locale, stationName }: { locale: Locale; stationName: string }) {
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <details className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
      <summary className="min-h-8 cursor-pointer font-medium text-slate-900">{t("summary")}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>{t("who", { station: stationName })}</li>
        <li>{t("why")}</li>
        <li>{t("howLong")}</li>
        <li>{t("deletion")}</li>
      </ul>
    </details>
  );
}
