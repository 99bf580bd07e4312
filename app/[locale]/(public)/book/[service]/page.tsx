import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { AppointmentBookingForm } from "@/components/appointment-booking-form";
import { ClientMessages } from "@/components/client-messages";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { groupSlotsByDay } from "@/components/slot-days";
import { getDb } from "@/db";
import { ensureSlots, getBookableService, listBookingCommunities, listOpenSlots, slotHorizonDays } from "@/db/queries/appointments";
import type { Locale } from "@/lib/i18n/locales";
import { bookAppointment } from "./actions";

// The picker is the same for everyone: cached, remade in the background at most every 30 seconds and after
// every booking (the booking action refreshes it). Seats shown may lag a booking by one remake; the database
// still refuses a full time, and the resident is told. A refusal without JavaScript goes to ./refused.
export const revalidate = 30;

export function generateStaticParams() {
  return [];
}

/** The service behind the picker, once per render (metadata and page share it). */
const loadBookableService = cache(async (slug: string) => getBookableService(await getDb(), slug));

export async function generateMetadata({ params }: PageProps<"/[locale]/book/[service]">): Promise<Metadata> {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  const service = await loadBookableService(slug);
  if (!service) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "appointments" });
  return { title: t("bookTitle", { service: service.name[locale] }), robots: { index: false } };
}

/** 预约办事: the next days' open times of one service as a day-and-time picker, then name and phone. */
export default async function BookAppointmentPage({ params }: PageProps<"/[locale]/book/[service]">) {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const service = await loadBookableService(slug);
  if (!service) return <NotFoundPage />;
  const db = await getDb();
  const now = new Date();
  // Slots are made on demand (idempotent), so a template's window is always filled without a scheduler.
  await ensureSlots(db, { from: now, days: await slotHorizonDays(db) });
  const [slots, communities] = await Promise.all([listOpenSlots(db, service.id, now), listBookingCommunities(db)]);
  const t = await getTranslations({ locale, namespace: "appointments" });

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-police-900">{t("bookTitle", { service: service.name[locale] })}</h1>
      <p className="text-base text-slate-700">{t("bookIntro")}</p>
      {service.whereWhen?.[locale] ? (
        <p className="rounded-lg bg-slate-50 p-3 text-base">
          {t.rich("whereWhenLine", { text: service.whereWhen[locale], strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
      ) : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        {slots.length === 0 ? (
          <p className="text-base">{t("noSlots")}</p>
        ) : (
          <ClientMessages locale={locale} namespaces={["appointments"]}>
            <AppointmentBookingForm
              action={bookAppointment}
              service={service.slug}
              days={groupSlotsByDay(slots, locale, { hall: t("hall"), officer: (name) => t("withOfficer", { officer: name }) })}
              communities={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            />
          </ClientMessages>
        )}
      </section>
    </main>
  );
}
