import { getTranslations } from "next-intl/server";
import type { AppointmentBooking, RequestStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";

const looks: Record<RequestStatus, string> = {
  submitted: "bg-amber-100 text-amber-900",
  in_progress: "bg-police-100 text-police-900",
  resolved: "bg-green-100 text-green-900",
};

const bookingLooks: Record<AppointmentBooking["status"], string> = {
  booked: "bg-police-100 text-police-900",
  cancelled: "bg-slate-200 text-slate-800",
  attended: "bg-green-100 text-green-900",
  no_show: "bg-red-100 text-red-900",
};

/**
 * A request's status; an appointment's is its booking's (已预约, 已取消, 已到场办理, 未到场), since "resolved"
 * would say a cancelled booking was done.
 */
export async function StatusBadge({ locale, status, booking }: { locale: Locale; status: RequestStatus; booking?: AppointmentBooking["status"] | null }) {
  if (booking) {
    const t = await getTranslations({ locale, namespace: "appointments.statuses" });
    return <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${bookingLooks[booking]}`}>{t(booking)}</span>;
  }
  const t = await getTranslations({ locale, namespace: "track.statuses" });
  return <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${looks[status]}`}>{t(status)}</span>;
}

/** A request the resident reopened after it was resolved (shown while it is open again). */
export function ReopenedBadge({ label }: { label: string }) {
  return <span className="inline-block rounded-full border border-amber-700 bg-white px-2 py-0.5 text-sm font-semibold text-amber-900">{label}</span>;
}
