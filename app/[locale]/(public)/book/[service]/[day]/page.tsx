import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppointmentBookingForm } from "./_components/appointment-booking-form";
import { ClientMessages } from "@/components/client-messages";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { placeLabels, timesOfDay } from "@/components/slot-days";
import { dayLabel } from "@/lib/i18n/format";
import { getDb } from "@/db";
import { listBookingCommunities } from "@/db/queries/appointments";
import { parseDay, shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { bookAppointment } from "../actions";
import { BookingHeader } from "../_components/booking-header";
import { loadBooking } from "../load-booking";

/** The day's page, or null where it does not exist (only the days that have times are pages). */
async function loadDay(slug: string, rawDay: string) {
  const day = parseDay(rawDay);
  const booking = day ? await loadBooking(slug) : null;
  if (!booking || !day || !booking.slots.some((s) => shanghaiDay(s.startsAt) === day)) return null;
  return { booking, day };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/book/[service]/[day]">): Promise<Metadata> {
  const { locale: raw, service: slug, day: rawDay } = await params;
  const locale = raw as Locale;
  const found = await loadDay(slug, rawDay);
  if (!found) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "appointments" });
  return { title: `${t("bookTitle", { service: found.booking.service.name[locale] })} · ${dayLabel(found.day, locale)}`, robots: { index: false } };
}

// Each day's times are their own cached page, like the days (../page.tsx): remade at most every 30 seconds
// and after every booking of that day. A refusal without JavaScript goes to ../refused.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

/** 预约办事, step two: one day's times by place, then name, phone and community. */
export default async function BookingDayPage({ params }: PageProps<"/[locale]/book/[service]/[day]">) {
  const { locale: raw, service: slug, day: rawDay } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [found, communities] = await Promise.all([loadDay(slug, rawDay), getDb().then(listBookingCommunities)]);
  if (!found) return <NotFoundPage />;
  const { booking, day } = found;
  const t = await getTranslations({ locale, namespace: "appointments" });
  const groups = timesOfDay(booking.slots, day, placeLabels(t));
  const open = groups.some((g) => g.slots.some((s) => s.remaining > 0));

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <BookingHeader locale={locale} service={booking.service} intro={t("dayIntro")} />
      <p className="flex flex-wrap items-baseline gap-x-3 text-lg">
        <strong>{t("chosenDay", { day: dayLabel(day, locale) })}</strong>
        <Link href={`/book/${booking.service.slug}`} className="inline-flex min-h-12 items-center text-base font-medium text-police-700 underline">
          {t("otherDay")}
        </Link>
      </p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        {open ? (
          <ClientMessages locale={locale} namespaces={["appointments"]}>
            <AppointmentBookingForm
              action={bookAppointment}
              service={booking.service.slug}
              day={day}
              groups={groups}
              communities={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            />
          </ClientMessages>
        ) : (
          <p className="text-base">
            {t("dayFull")}{" "}
            <Link href={`/book/${booking.service.slug}`} className="font-semibold text-police-700 underline">
              {t("chooseAgain")}
            </Link>
          </p>
        )}
      </section>
    </main>
  );
}
