import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** Small labels for how a service can be done: online, by appointment. */
export async function ServiceWays({ locale, online, appointment }: { locale: Locale; online: boolean; appointment: boolean }) {
  if (!online && !appointment) return null;
  const t = await getTranslations({ locale, namespace: "services" });
  return (
    <span className="flex flex-wrap gap-2 text-sm">
      {online ? <span className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-800">{t("online")}</span> : null}
      {appointment ? <span className="rounded bg-sky-50 px-2 py-0.5 text-sky-800">{t("appointment")}</span> : null}
    </span>
  );
}
