import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DayChooser } from "@/components/day-chooser";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { daysByPlace, placeLabels } from "@/components/slot-days";
import type { Locale } from "@/lib/i18n/locales";
import { BookingHeader } from "./_components/booking-header";
import { loadBooking } from "./load-booking";

export async function generateMetadata({ params }: PageProps<"/[locale]/book/[service]">): Promise<Metadata> {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  const booking = await loadBooking(slug);
  if (!booking) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "appointments" });
  return { title: t("bookTitle", { service: booking.service.name[locale] }), robots: { index: false } };
}

// The days are the same for everyone: cached, remade in the background at most every 30 seconds and after
// every booking, cancellation, move or rule change (those actions refresh it). Seats shown may lag a booking
// by one remake; the database still refuses a full time, and the resident is told.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

/**
 * 预约办事, step one: the days each place (the station hall, an officer's office) has times on, each a link to
 * that day's times and the form. A handful of links instead of every time of every day.
 */
export default async function BookingDaysPage({ params }: PageProps<"/[locale]/book/[service]">) {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const booking = await loadBooking(slug);
  if (!booking) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "appointments" });
  const places = daysByPlace(booking.slots, locale, placeLabels(t));

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <BookingHeader locale={locale} service={booking.service} intro={t("bookIntro")} />
      {places.length === 0 ? (
        <p className="rounded-2xl bg-white p-4 text-base shadow-sm">{t("noSlots")}</p>
      ) : (
        places.map((place) => (
          <section key={place.place} id={`place-${place.place}`} aria-labelledby={`place-${place.place}-title`} className="flex scroll-mt-4 flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <h2 id={`place-${place.place}-title`} className="text-lg font-bold">
              {place.label}
            </h2>
            <p className="text-base text-slate-700">{t("pickDay")}</p>
            <DayChooser
              days={place.days}
              href={(day) => `/book/${booking.service.slug}/${day}#times-${place.place}`}
              label={t("daysOf", { place: place.label })}
              seatsLeft={(n) => t("seatsLeft", { n })}
              fullLabel={t("full")}
            />
          </section>
        ))
      )}
    </main>
  );
}
