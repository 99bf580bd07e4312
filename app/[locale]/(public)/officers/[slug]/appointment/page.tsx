import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyBanner } from "@/components/emergency-banner";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { placeKey } from "@/components/slot-days";
import { weekdaysText } from "@/components/slot-template-text";
import { getDb } from "@/db";
import { listBookingChoices } from "@/db/queries/appointments";
import type { Locale } from "@/lib/i18n/locales";
import { telHref } from "@/lib/services";
import { loadOfficer } from "../load-officer";

// Like the officer page: the same for everyone, cached, and remade when a slot rule or the catalogue changes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/officers/[slug]/appointment">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadOfficer(slug);
  if (!page) return notFoundMetadata(locale as Locale);
  const t = await getTranslations({ locale: locale as Locale, namespace: "entryPoints" });
  return { title: `${t("appointment.name")} · ${page.officer.name}` };
}

const linkClass =
  "flex min-h-12 flex-col justify-center rounded-xl border border-slate-300 bg-white p-3 hover:bg-police-50 focus-visible:outline-3 focus-visible:outline-police-600";

/**
 * 预约办事 from an officer's page (their entry point and board QR code): the times the officer keeps for
 * bookings themselves, where they have a slot rule, and the services the station hall books.
 */
export default async function OfficerAppointmentPage({ params }: PageProps<"/[locale]/officers/[slug]/appointment">) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [page, choices] = await Promise.all([loadOfficer(slug), getDb().then((db) => listBookingChoices(db, slug))]);
  if (!page) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "appointments" });
  const te = await getTranslations({ locale, namespace: "entryPoints" });
  const tf = await getTranslations({ locale, namespace: "requestForms" });
  const ts = await getTranslations({ locale, namespace: "slotTemplates" });
  const hours = (h: { weekdays: number[]; startTime: string; endTime: string }) =>
    `${weekdaysText(h.weekdays, (d) => ts(`weekdayNames.${d}` as "weekdayNames.1"), (from, to) => ts("weekdayRange", { from, to }), ts("listSeparator"))} ${h.startTime}–${h.endTime}`;

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
        <p>
          <Link href={`/officers/${slug}`} className="text-police-700 underline">
            {tf("back", { name: page.officer.name })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-police-900">{te("appointment.name")}</h1>
        {choices.withOfficer.length > 0 ? (
          <section aria-labelledby="with-officer" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <h2 id="with-officer" className="text-lg font-bold">
              {t("withOfficerTitle", { officer: page.officer.name })}
            </h2>
            <p className="text-base text-slate-700">{t("withOfficerWhere", { address: page.community.officeAddress })}</p>
            <ul className="flex flex-col gap-2">
              {choices.withOfficer.map((service) => (
                <li key={service.slug}>
                  <Link href={`/book/${service.slug}#place-${placeKey(service.officerId)}`} className={linkClass}>
                    <span className="text-base font-semibold text-police-800">{t("chooseTimeFor", { service: service.name[locale] })}</span>
                    <span className="text-sm text-slate-700">{service.hours.map(hours).join(ts("listSeparator"))}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="at-hall" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="at-hall" className="text-lg font-bold">
            {t("atHallTitle", { station: page.station.name })}
          </h2>
          <p className="text-base text-slate-700">{t("atHallWhere", { address: page.station.address })}</p>
          {choices.atHall.length > 0 ? (
            <ul className="flex flex-col gap-2">
              {choices.atHall.map((service) => (
                <li key={service.slug}>
                  <Link href={`/book/${service.slug}`} className={linkClass}>
                    <span className="text-base font-semibold text-police-800">{t("chooseTimeFor", { service: service.name[locale] })}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-base">
              {t("nothingBookable")}{" "}
              <a href={telHref(page.station.phone)} className="font-medium text-police-700 underline">
                {page.station.phone}
              </a>
            </p>
          )}
        </section>
      </main>
    </>
  );
}
