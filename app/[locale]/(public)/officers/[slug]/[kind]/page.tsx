import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EmergencyBanner } from "@/components/emergency-banner";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { PrivacyNotice } from "@/components/privacy-notice";
import { ResidentRequestForm } from "../_components/resident-request-form";
import type { Locale } from "@/lib/i18n/locales";
import { OFFICE_HOURS } from "@/lib/office-hours";
import { isResidentKind } from "@/lib/request-kinds";
import { telHref } from "@/lib/services";
import { loadOfficer } from "../load-officer";
import { submitResidentForm } from "../actions";

// Like the officer page: the same for everyone, so cached and rebuilt at most every five minutes.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/officers/[slug]/[kind]">): Promise<Metadata> {
  const { locale, slug, kind } = await params;
  const page = await loadOfficer(slug);
  if (!page || !isResidentKind(kind)) return notFoundMetadata(locale as Locale);
  const t = await getTranslations({ locale: locale as Locale, namespace: "entryPoints" });
  return { title: `${t(`${kind}.name`)} · ${page.officer.name}` };
}

/** One kind of request to one officer: the short form a contact-board QR code or an entry point leads to. */
export default async function RequestKindPage({ params }: PageProps<"/[locale]/officers/[slug]/[kind]">) {
  const { locale: raw, slug, kind } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const page = await loadOfficer(slug);
  if (!page || !isResidentKind(kind)) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "entryPoints" });
  const tf = await getTranslations({ locale, namespace: "requestForms" });

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
        <p>
          <Link href={`/officers/${slug}`} className="text-police-700 underline">
            {tf("back", { name: page.officer.name })}
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-police-900">{t(`${kind}.name`)}</h1>
        <p className="text-base text-slate-700">{tf(`${kind}.intro`, { name: page.officer.name, community: page.community.name })}</p>
        {kind === "help" ? (
          <>
            <a href="tel:110" className="rounded-xl border-2 border-red-700 bg-red-50 p-4 text-lg font-bold text-red-800">
              {tf("help.dangerNow")}
            </a>
            <p className="flex flex-col gap-1 rounded-xl bg-white p-4 text-base shadow-sm">
              <span>
                {tf.rich("help.dutyPhone", {
                  phone: page.station.phone,
                  call: (chunks) => (
                    <a href={telHref(page.station.phone)} className="font-semibold text-police-700 underline">
                      {chunks}
                    </a>
                  ),
                })}
              </span>
              <span className="text-slate-700">{tf("help.officeHours", { opens: OFFICE_HOURS.opens, closes: OFFICE_HOURS.closes })}</span>
            </p>
          </>
        ) : null}
        <section className="rounded-2xl bg-white p-4 shadow-sm">
          <ClientMessages locale={locale} namespaces={["requestForms"]}>
            <ResidentRequestForm
              action={submitResidentForm}
              kind={kind}
              officerSlug={slug}
              notice={<PrivacyNotice locale={locale} stationName={page.station.name} />}
            />
          </ClientMessages>
        </section>
      </main>
    </>
  );
}
