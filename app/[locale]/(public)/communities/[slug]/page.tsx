import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyBanner } from "@/components/emergency-banner";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import { EntryPoints } from "@/components/entry-points";
import { CommunityFaq } from "./_components/community-faq";
import { OfficerCard } from "@/components/officer-card";
import { PreventionTipList } from "@/components/prevention-tip-list";
import { getDb } from "@/db";
import { getCommunityPage } from "@/db/queries/directory";
import { listFaq, listPreventionTips } from "@/db/queries/public-content";
import type { Locale } from "@/lib/i18n/locales";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadCommunity = cache(async (slug: string) =>
  /^[a-z0-9-]{1,64}$/.test(slug) ? getCommunityPage(await getDb(), slug) : null,
);

export async function generateMetadata({ params }: PageProps<"/[locale]/communities/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const page = await loadCommunity(slug);
  return page ? { title: page.community.name } : notFoundMetadata(locale as Locale);
}

export default async function CommunityPage({ params }: PageProps<"/[locale]/communities/[slug]">) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const page = await loadCommunity(slug);
  if (!page) return <NotFoundPage />;
  const t = await getTranslations({ locale, namespace: "community" });
  const { community } = page;
  // The dashboard actions that publish these refresh this cached page (revalidatePath) in both locales.
  const db = await getDb();
  const [faq, tips] = await Promise.all([listFaq(db, community.id, 30), listPreventionTips(db, community.id, 20)]);
  const figures = [
    ["area", t("areaValue", { value: Number(community.areaKm2) })],
    ["population", t("peopleValue", { value: community.population })],
    ["households", t("householdsValue", { value: community.households })],
    ["compounds", t("countValue", { value: community.compounds })],
    ["workUnits", t("countValue", { value: community.workUnits })],
    ["shops", t("countValue", { value: community.shops })],
  ] as const;

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6">
        <header className="flex flex-col gap-1">
          <p className="text-sm text-slate-700">{community.stationName}</p>
          <h1 className="text-2xl font-bold text-police-900">{community.name}</h1>
        </header>
        {/* The community's requests go to its officer: the same six entry points as on the officer's page. */}
        {page.officers[0]?.slug ? <EntryPoints locale={locale} officerSlug={page.officers[0].slug} /> : null}
        <section aria-labelledby="office" className="rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="office" className="mb-2 text-lg font-bold">
            {t("office")}
          </h2>
          <p className="text-base">{community.officeAddress}</p>
          <p className="text-base text-slate-700">
            {t("hoursLine", { hours: community.officeHours })}
          </p>
        </section>
        <section aria-labelledby="officers" className="flex flex-col gap-3">
          <h2 id="officers" className="text-lg font-bold">
            {t("officers")}
          </h2>
          {page.officers.map((o) => (
            <OfficerCard key={o.slug} officer={o} linkLabel={t("contactOfficer")} />
          ))}
          <h2 className="text-lg font-bold">{t("auxiliaries")}</h2>
          {page.auxiliaries.map((o) => (
            <OfficerCard key={o.slug} officer={o} linkLabel={t("contactOfficer")} />
          ))}
        </section>
        <section aria-labelledby="profile" className="rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="profile" className="mb-3 text-lg font-bold">
            {t("profile")}
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {figures.map(([key, value]) => (
              <div key={key} className="rounded-lg bg-police-50 p-3">
                <dt className="text-sm text-slate-700">{t(`figures.${key}`)}</dt>
                <dd className="text-lg font-semibold">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <PreventionTipList locale={locale} tips={tips} />
        <CommunityFaq locale={locale} entries={faq} />
      </main>
    </>
  );
}
