import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyBanner } from "@/components/emergency-banner";
import { ServiceWays } from "./_components/service-ways";
import { getDb } from "@/db";
import { listActiveServices } from "@/db/queries/services";
import type { Locale } from "@/lib/i18n/locales";
import { servicePagePath } from "@/lib/services";

// The same for every visitor: served from the cache, rebuilt at most every five minutes and at once when
// the administrator edits the catalogue.
export const revalidate = 300;

const CATEGORIES = ["household", "public_order"] as const;

export async function generateMetadata({ params }: PageProps<"/[locale]/services">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "services" });
  return { title: t("title") };
}

export default async function ServicesPage({ params }: PageProps<"/[locale]/services">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "services" });
  const all = await listActiveServices(await getDb());

  return (
    <>
      <EmergencyBanner locale={locale} />
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
          <p className="text-base text-slate-700">{t("intro")}</p>
        </div>
        {all.length === 0 ? <p className="text-base text-slate-700">{t("empty")}</p> : null}
        {CATEGORIES.map((category) => {
          const inCategory = all.filter((s) => s.category === category);
          if (inCategory.length === 0) return null;
          return (
            <section key={category} aria-labelledby={`category-${category}`} className="flex flex-col gap-3">
              <h2 id={`category-${category}`} className="text-xl font-bold">
                {t(`categories.${category}`)}
              </h2>
              <ul className="flex flex-col gap-2">
                {inCategory.map((service) => (
                  <li key={service.slug}>
                    <Link
                      href={servicePagePath(service.slug)}
                      className="flex min-h-12 flex-col gap-1 rounded-xl bg-white p-3 shadow-sm hover:bg-police-50 focus-visible:outline-3 focus-visible:outline-police-600"
                    >
                      <span className="text-base font-semibold text-police-800">{service.name[locale]}</span>
                      <ServiceWays locale={locale} online={service.onlineApplication} appointment={service.bookable} />
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </main>
    </>
  );
}
