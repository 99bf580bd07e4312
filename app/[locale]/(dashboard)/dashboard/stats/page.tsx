import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { seesStationStats } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { PanelSection } from "./_components/panel-section";
import { StatsFilterForm } from "./_components/stats-filter-form";
import { filterQuery, loadPanels, resolveStatsFilter } from "./_panels/resolve";
import { periodLabel, scopeLabel } from "./_panels/labels";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/stats">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "stats" });
  return { title: t("title"), robots: { index: false } };
}

/** 统计分析: the chief's numbers (an officer's: their community's), panel after panel, each with its CSV. */
export default async function StatsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/stats">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const resolved = await resolveStatsFilter(db, user, await searchParams, new Date());
  if (!resolved) staffNotFound();
  const { filter, communities } = resolved;
  const t = await getTranslations({ locale, namespace: "stats" });
  const loaded = await loadPanels(db, user, filter);
  const labels = { csv: t("csv"), csvLabel: (table: string) => t("csvLabel", { table }), notes: t("notesLabel") };

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <StatsFilterForm locale={locale} filter={filter} communities={communities} choosesCommunity={seesStationStats(user)} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-base font-semibold">
          {periodLabel(t, filter.period)} · {scopeLabel(t, filter, communities)}
        </p>
        <Link href={`/dashboard/stats/report?${filterQuery(filter)}`} className="min-h-12 rounded-lg border border-police-700 px-4 py-3 text-base font-semibold text-police-700 hover:bg-police-50">
          {t("print")}
        </Link>
      </div>
      {loaded.map(({ panel, data }) => (
        <PanelSection
          key={panel.id}
          id={panel.id}
          title={panel.title(t)}
          view={panel.view(data, { t, locale, filter })}
          csvHref={(table) => `/dashboard/stats/csv?${filterQuery(filter, { panel: panel.id, table })}`}
          labels={labels}
        />
      ))}
    </main>
  );
}
