import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EmergencyBanner } from "@/components/emergency-banner";
import { EntryPoints } from "@/components/entry-points";
import { PrivacyNotice } from "@/components/privacy-notice";
import { ResidentRequestForm } from "./_components/resident-request-form";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { OfficerProfile } from "./_components/officer-profile";
import { PageQr } from "@/components/page-qr";
import { PreventionTipList } from "@/components/prevention-tip-list";
import { getDb } from "@/db";
import { listPreventionTips } from "@/db/queries/public-content";
import type { Locale } from "@/lib/i18n/locales";
import { officerPagePath } from "@/lib/qr";
import { submitResidentForm } from "./actions";
import { loadOfficer } from "./load-officer";

// The QR landing page is the same for every visitor: rendered on its first visit, served from the cache,
// rebuilt at most every five minutes (and at once when the officer's profile is edited).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/officers/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadOfficer(slug);
  return page ? { title: `${page.officer.name} · ${page.community.name}` } : notFoundMetadata(locale as Locale);
}

export default async function OfficerPage({ params }: PageProps<"/[locale]/officers/[slug]">) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const page = await loadOfficer(slug);
  if (!page) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "entryPoints" });
  // Written by the community's officers in the dashboard, which refreshes this cached page when they change.
  const tips = page.officer.communityId ? await listPreventionTips(await getDb(), page.officer.communityId, 5) : [];

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6">
        <OfficerProfile locale={locale} officer={page.officer} community={page.community} />
        <EntryPoints locale={locale} officerSlug={slug} />
        <section id="message" aria-labelledby="message-title" className="scroll-mt-4 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="message-title" className="mb-2 text-xl font-bold">
            {t("message.name")}
          </h2>
          <ClientMessages locale={locale} namespaces={["requestForms"]}>
            <ResidentRequestForm
              action={submitResidentForm}
              kind="message"
              officerSlug={slug}
              notice={<PrivacyNotice locale={locale} stationName={page.station.name} />}
            />
          </ClientMessages>
        </section>
        <PreventionTipList locale={locale} tips={tips} />
        <PageQr
          locale={locale}
          namespace="officer"
          pagePath={officerPagePath(slug)}
          downloadPath={`/api/officers/${slug}/qr`}
          name={page.officer.name}
        />
      </main>
    </>
  );
}
