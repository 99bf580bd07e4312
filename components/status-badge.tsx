import { getTranslations } from "next-intl/server";
import type { RequestStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

const looks: Record<RequestStatus, string> = {
  submitted: "bg-amber-100 text-amber-900",
  in_progress: "bg-police-100 text-police-900",
  resolved: "bg-green-100 text-green-900",
};

export async function StatusBadge({ locale, status }: { locale: Locale; status: RequestStatus }) {
  const t = await getTranslations({ locale, namespace: "track.statuses" });
  return <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${looks[status]}`}>{t(status)}</span>;
}

/** A request the resident reopened after it was resolved (shown while it is open again). */
export function ReopenedBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-full border border-amber-700 bg-white px-2 py-0.5 text-sm font-semibold text-amber-900">{label}</span>;
}
