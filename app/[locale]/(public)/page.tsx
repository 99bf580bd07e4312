import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyBanner } from "@/components/emergency-banner";
import { NotFoundPage } from "@/components/not-found-page";
import { OfficerCard } from "@/components/officer-card";
import { getDb } from "@/db";
import { getStationDirectory } from "@/db/queries/directory";
import type { Locale } from "@/lib/i18n/locales";

// The same for every visitor: served from the cache, rebuilt at most every five minutes.
export const revalidate = 300;

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const directory = await getStationDirectory(await getDb());
  if (!directory) return <NotFoundPage />;
  const { station, communities } = directory;

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6">
        <section aria-labelledby="station" className="flex flex-col gap-2">
          <h1 id="station" className="text-2xl font-bold text-police-900">
            {station.name}
          </h1>
          <p className="text-base text-slate-700">{t("intro")}</p>
          <p className="text-base text-slate-700">
            {t("addressLine", { address: station.address })} ·{" "}
            <a href={`tel:${station.phone.replace(/[^\d+]/g, "")}`} className="font-medium text-police-700 underline">
              {station.phone}
            </a>
          </p>
        </section>
        <section aria-labelledby="services" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="services" className="text-xl font-bold">
            {t("services")}
          </h2>
          <p className="text-base text-slate-700">{t("servicesIntro")}</p>
          <Link href="/services" className="font-medium text-police-700 underline">
            {t("servicesLink")}
          </Link>
        </section>
        <section aria-labelledby="communities" className="flex flex-col gap-4">
          <h2 id="communities" className="text-xl font-bold">
            {t("communities")}
          </h2>
          {communities.map((community) => (
            <article key={community.id} className="flex flex-col gap-3 rounded-2xl bg-police-50 p-4">
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="text-lg font-bold">{community.name}</h3>
                <Link href={`/communities/${community.slug}`} className="text-sm font-medium text-police-700 underline">
                  {t("communityDetails")}
                </Link>
              </div>
              <p className="text-sm text-slate-700">
                {t("communityFigures", { population: community.population, compounds: community.compounds })}
              </p>
              {community.officers.map((officer) => (
                <OfficerCard key={officer.slug} officer={officer} linkLabel={t("contactOfficer")} />
              ))}
            </article>
          ))}
        </section>
      </main>
    </>
  );
}
