import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ApplicationForm } from "./_components/application-form";
import { ClientMessages } from "@/components/client-messages";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { PrivacyNotice } from "@/components/privacy-notice";
import { getDb } from "@/db";
import { getApplicationService } from "@/db/queries/applications";
import { listBookingCommunities } from "@/db/queries/appointments";
import { documentFields, typedFields } from "@/lib/applications/form-schema";
import type { Locale } from "@/lib/i18n/locales";
import { applyForService } from "./actions";

// The same form for every visitor: cached, and rebuilt at once when the administrator edits the service.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** The service behind the form, once per render (metadata and page share it). */
const loadApplicationService = cache(async (slug: string) => getApplicationService(await getDb(), slug));

export async function generateMetadata({ params }: PageProps<"/[locale]/apply/[service]">): Promise<Metadata> {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  const service = await loadApplicationService(slug);
  if (!service) return notFoundMetadata(locale);
  const t = await getTranslations({ locale, namespace: "applications" });
  return { title: t("applyTitle", { service: service.name[locale] }), robots: { index: false } };
}

/** 在线申请: a service's own form (defined as data), then the reference code and the documents to send. */
export default async function ApplyPage({ params }: PageProps<"/[locale]/apply/[service]">) {
  const { locale: raw, service: slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [service, communities] = await Promise.all([loadApplicationService(slug), getDb().then(listBookingCommunities)]);
  if (!service) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "applications" });
  const documents = documentFields(service.fields);

  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <p>
        <Link href={`/services/${service.slug}`} className="text-police-700 underline">
          {t("backToGuide")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-police-900">{t("applyTitle", { service: service.name[locale] })}</h1>
      <p className="text-base text-slate-700">{t("applyIntro")}</p>
      {documents.length > 0 ? (
        <section aria-labelledby="documents-next" className="rounded-lg bg-slate-50 p-3 text-base">
          <h2 id="documents-next" className="font-semibold">
            {t("documentsNext")}
          </h2>
          <ul className="list-disc pl-5">
            {documents.map((field) => (
              <li key={field.name}>{field.label[locale]}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["applications", "validation"]}>
          <ApplicationForm
            action={applyForService}
            service={service.slug}
            fields={typedFields(service.fields)}
            communities={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            notice={<PrivacyNotice locale={locale} stationName={service.stationName} />}
          />
        </ClientMessages>
      </section>
    </main>
  );
}
