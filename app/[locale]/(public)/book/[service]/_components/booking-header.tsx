import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** The booking pages' title, what to do, and where and when the service is done. */
export async function BookingHeader({
  locale,
  service,
  intro,
}: {
  locale: Locale;
  service: { name: { "zh-CN": string; en: string }; whereWhen: { "zh-CN": string; en: string } | null };
  intro: string;
}) {
  const t = await getTranslations({ locale, namespace: "appointments" });
  return (
    <>
      <h1 className="text-2xl font-bold text-police-900">{t("bookTitle", { service: service.name[locale] })}</h1>
      <p className="text-base text-slate-700">{intro}</p>
      {service.whereWhen?.[locale] ? (
        <p className="rounded-lg bg-slate-50 p-3 text-base">
          <strong>{t("whereWhenLabel")}</strong> {service.whereWhen[locale]}
        </p>
      ) : null}
    </>
  );
}
