import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyBanner } from "@/components/emergency-banner";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { PageQr } from "@/components/page-qr";
import type { Locale } from "@/lib/i18n/locales";
import { servicePagePath, telHref } from "@/lib/services";
import { loadService } from "../load-service";

// What a service QR code opens: the same for every visitor, cached, rebuilt at most every five minutes and
// at once when the administrator edits the service.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/services/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadService(slug);
  return page ? { title: page.service.name[locale as Locale] } : notFoundMetadata(locale as Locale);
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ServicePage({ params }: PageProps<"/[locale]/services/[slug]">) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const page = await loadService(slug);
  if (!page) return <NotFoundPage />;
  const { service, station } = page;
  const { guide } = service;
  const t = await getTranslations({ locale, namespace: "services" });
  const name = service.name[locale];

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-6">
        <Link href="/services" className="text-sm font-medium text-police-700 underline">
          {t("backToList")}
        </Link>
        <div className="flex flex-col gap-1">
          <p className="text-sm text-slate-600">{t(`categories.${service.category}`)}</p>
          <h1 className="text-2xl font-bold text-police-900">{name}</h1>
        </div>
        <Section id="purpose" title={t("purpose")}>
          <p className="text-base">{guide.purpose[locale]}</p>
        </Section>
        <Section id="eligibility" title={t("eligibility")}>
          <p className="text-base">{guide.eligibility[locale]}</p>
        </Section>
        <Section id="materials" title={t("materials")}>
          <ul className="list-disc pl-5 text-base">
            {guide.materials[locale].map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
          {service.needsIdNumber ? <p className="text-sm text-slate-700">{t("idNumberNote")}</p> : null}
        </Section>
        <Section id="steps" title={t("steps")}>
          <ol className="list-decimal pl-5 text-base">
            {guide.steps[locale].map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
        </Section>
        <Section id="time-limit" title={t("timeLimit")}>
          <p className="text-base">{guide.timeLimit[locale]}</p>
        </Section>
        <Section id="fee" title={t("fee")}>
          <p className="text-base">{guide.fee[locale]}</p>
        </Section>
        <Section id="where-when" title={t("whereWhen")}>
          <p className="text-base">{guide.whereWhen[locale]}</p>
          {station ? (
            <p className="text-base">
              {t("callStation")}{" "}
              <a href={telHref(station.phone)} className="font-medium text-police-700 underline">
                {station.phone}
              </a>
            </p>
          ) : null}
        </Section>
        <Section id="how-here" title={t("howHere")}>
          <ul className="flex flex-col gap-1 text-base">
            {service.onlineApplication ? (
              <li>
                <Link href={`/apply/${service.slug}`} className="font-medium text-police-700 underline">
                  {t("applyOnline")}
                </Link>
              </li>
            ) : null}
            {service.bookable ? (
              <li>
                <Link href={`/book/${service.slug}`} className="font-medium text-police-700 underline">
                  {t("bookAppointment")}
                </Link>
              </li>
            ) : null}
            <li>
              {t("howLine", { way: t("inPerson"), how: t("inPersonText") })}
            </li>
          </ul>
        </Section>
        <PageQr
          locale={locale}
          namespace="services"
          pagePath={servicePagePath(service.slug)}
          downloadPath={`/api/services/${service.slug}/qr`}
          name={name}
        />
      </main>
    </>
  );
}
