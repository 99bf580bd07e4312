import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DayChooser } from "@/components/day-chooser";
import { allDays, placeLabels, timesOfDay } from "@/components/slot-days";
import { FormAlert } from "@/components/ui/form-alert";
import { addDays, parseDay } from "@/lib/calendar-day";
import { bookingPlace } from "@/lib/booking-place";
import { dayLabel } from "@/lib/i18n/format";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { cancelAppointment, rescheduleAppointment } from "../../appointment-actions";
import type { TrackedAppointment } from "../load-tracked-request";
import { RescheduleAppointmentForm } from "./appointment-change-forms";
import { ResidentButtonForm } from "./resident-button-form";

const changeErrors = ["too_late", "full", "already_booked", "unavailable", "not_allowed"] as const;

/**
 * The tracking page's appointment: the booked time and place, its state, "add to calendar", and cancel or
 * reschedule until the end of the day before (a day first, as a link, then that day's times). The forms and
 * links carry the resident's proof again.
 */
export async function AppointmentPanel({
  locale,
  appointment: { booking, slots },
  secret,
  query,
}: {
  locale: Locale;
  appointment: TrackedAppointment;
  secret?: string;
  query: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations({ locale, namespace: "appointments" });
  const days = allDays(slots, locale);
  const moveDay = days.find((d) => d.day === parseDay(query.moveDay))?.day;
  const when = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" });
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
  // Changes are taken until the end of the day before the booked day (changeableBooking).
  const lastChangeDay = new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "long" }).format(new Date(`${addDays(booking.day, -1)}T00:00:00Z`));
  const error = changeErrors.find((e) => e === query.bookingError);
  const done = query.done === "cancelled" || query.done === "rescheduled" ? query.done : null;
  const proof = secret ? `k=${encodeURIComponent(secret)}&` : "";
  const icsHref = `/api/track/${booking.referenceCode}/appointment.ics${secret ? `?k=${encodeURIComponent(secret)}` : ""}`;

  return (
    <section aria-labelledby="appointment-title" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="appointment-title" className="text-lg font-bold">
        {t("yourAppointment")}
      </h2>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}
      {error ? <FormAlert message={t(`errors.${error}`)} /> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
        <dt className="text-slate-600">{t("service")}</dt>
        <dd>{booking.serviceName[locale]}</dd>
        <dt className="text-slate-600">{t("when")}</dt>
        <dd data-testid="appointment-time">
          {when.format(booking.startsAt)}–{clock.format(booking.endsAt)}
        </dd>
        <dt className="text-slate-600">{t("where")}</dt>
        <dd>{bookingPlace(booking, t)}</dd>
        <dt className="text-slate-600">{t("status")}</dt>
        <dd>
          <strong data-testid="appointment-status">{t(`statuses.${booking.status}`)}</strong>
        </dd>
      </dl>
      {booking.status === "booked" ? (
        <p>
          <a href={icsHref} download className="inline-flex min-h-12 items-center font-semibold text-police-700 underline">
            {t("addToCalendar")}
          </a>
        </p>
      ) : (
        <p>
          <Link href={`/book/${booking.serviceSlug}`} className="inline-flex min-h-12 items-center font-semibold text-police-700 underline">
            {t("bookAgain")}
          </Link>
        </p>
      )}
      {booking.changeable ? (
        <ClientMessages locale={locale} namespaces={["appointments"]}>
          <p className="text-base text-slate-700">{t("changeUntil", { date: lastChangeDay })}</p>
          <ResidentButtonForm action={cancelAppointment} code={booking.referenceCode} secret={secret} label={t("cancel")} pendingLabel={t("sending")} />
          <section id="reschedule" aria-labelledby="reschedule-title" className="flex scroll-mt-4 flex-col gap-3">
            <h3 id="reschedule-title" className="text-base font-bold">
              {t("reschedule")}
            </h3>
            {days.length === 0 ? (
              <p className="text-base text-slate-700">{t("noOtherSlots")}</p>
            ) : (
              <DayChooser
                days={days}
                current={moveDay}
                href={(day) => `/track/${booking.referenceCode}?${proof}moveDay=${day}#reschedule`}
                label={t("otherDays")}
                seatsLeft={(n) => t("seatsLeft", { n })}
                fullLabel={t("full")}
              />
            )}
            {moveDay ? (
              <RescheduleAppointmentForm
                action={rescheduleAppointment}
                code={booking.referenceCode}
                secret={secret}
                legend={t("rescheduleDay", { day: dayLabel(moveDay, locale) })}
                groups={timesOfDay(slots, moveDay, placeLabels(t))}
              />
            ) : null}
          </section>
        </ClientMessages>
      ) : booking.status === "booked" ? (
        // On the booked day itself the resident can no longer change it online: say so, and whom to call.
        <p className="text-base text-slate-700">{t("errors.too_late")}</p>
      ) : null}
    </section>
  );
}
