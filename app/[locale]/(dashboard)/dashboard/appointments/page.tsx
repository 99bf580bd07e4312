import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttendanceForm } from "./_components/attendance-form";
import { ClientMessages } from "@/components/client-messages";
import { DayNavigator } from "../_components/day-navigator";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listDayBookings } from "@/db/queries/appointments";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { requireStaff } from "@/server/auth";
import { canWorkAppointments } from "@/lib/authz";
import { parseDay } from "@/lib/calendar-day";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { maskMobile } from "@/lib/validation/phone";
import { markAttendanceAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** The day's bookings the user may see, by time; attended and no-show are marked here. */
export default async function AppointmentsDayPage({ params, searchParams }: PageProps<"/[locale]/dashboard/appointments">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const t = await getTranslations({ locale, namespace: "appointments" });
  if (!canWorkAppointments(user)) {
    return <p className="rounded-lg bg-white p-4 text-base">{(await getTranslations({ locale, namespace: "errors" }))("forbidden")}</p>;
  }
  const query = await searchParams;
  const day = parseDay(query.day) ?? shanghaiDay(new Date());
  const bookings = await listDayBookings(await getDb(), user, day);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
  const dayLabel = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "full" }).format(new Date(`${day}T00:00:00Z`));
  const today = shanghaiDay(new Date());

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">
        {t("dayTitle")} · {dayLabel}
      </h1>
      <DayNavigator path="/dashboard/appointments" day={day} previous={addDays(day, -1)} next={addDays(day, 1)} labels={{ previous: t("previousDay"), day: t("day"), show: t("show"), next: t("nextDay") }} />
      {query.done === "marked" ? <FormAlert tone="success" message={t("marked")} /> : null}
      {bookings.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ClientMessages locale={locale} namespaces={["appointments"]}>
          <ul className="flex flex-col gap-3" aria-label={t("dayTitle")}>
            {bookings.map((b) => (
              <li key={b.requestId} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-3" data-testid="booking">
                <p className="text-base">
                  <strong>
                    {clock.format(b.startsAt)}–{clock.format(b.endsAt)}
                  </strong>{" "}
                  · {b.serviceName[locale]} · {b.officerName ? t("withOfficer", { officer: b.officerName }) : t("hall")}
                </p>
                <p className="text-base">
                  {b.residentName ?? ""} · {b.residentPhone ? maskMobile(b.residentPhone) : ""} ·{" "}
                  <Link href={`/dashboard/requests/${b.requestId}`} className="font-mono text-police-700 underline">
                    {b.referenceCode}
                  </Link>{" "}
                  · <strong>{t(`statuses.${b.status}`)}</strong>
                </p>
                {b.status !== "cancelled" && day <= today ? <AttendanceForm action={markAttendanceAction} requestId={b.requestId} day={day} /> : null}
              </li>
            ))}
          </ul>
        </ClientMessages>
      )}
    </main>
  );
}
