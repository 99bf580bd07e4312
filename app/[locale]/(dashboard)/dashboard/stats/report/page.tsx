import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { stationName } from "@/db/queries/stats/station";
import type { Locale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { PanelSection } from "../_components/panel-section";
import { periodLabel, scopeLabel } from "../_panels/labels";
import { filterQuery, loadPanels, resolveStatsFilter } from "../_panels/resolve";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/stats/report">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "stats" });
  return { title: t("title"), robots: { index: false } };
}

// A4 portrait: a table that fits a page is never split; a longer one repeats its header on the next page.
const printCss = `
@page { size: A4 portrait; margin: 12mm; }
@media print {
  html, body { background: #fff !important; }
  div:has(> main.stats-report) { max-width: none !important; padding: 0 !important; }
  .stats-report { font-size: 10pt; gap: 4mm !important; }
  .stats-report .stats-panel { box-shadow: none; padding: 0; break-before: auto; }
  .stats-report .stats-panel h2 { break-after: avoid; }
  .stats-report .stats-table, .stats-report figure { break-inside: avoid; }
  .stats-report .stats-table > div { overflow: visible !important; border: 0; }
  .stats-report thead { display: table-header-group; }
  .stats-report tr { break-inside: avoid; }
  .stats-report table { font-size: 8pt; width: 100%; }
  .stats-report th, .stats-report td { white-space: normal !important; padding: 1mm 1.5mm !important; }
  .stats-report svg { max-height: 75mm; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

/** The printable monthly report: the station's name and period, then every panel with the same figures as the page. */
export default async function StatsReportPage({ params, searchParams }: PageProps<"/[locale]/dashboard/stats/report">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const now = new Date();
  const resolved = await resolveStatsFilter(db, user, await searchParams, now);
  if (!resolved) staffNotFound();
  const { filter, communities } = resolved;
  const t = await getTranslations({ locale, namespace: "stats" });
  const [station, loaded] = await Promise.all([stationName(db, user), loadPanels(db, user, filter)]);
  const labels = { csv: t("csv"), csvLabel: (table: string) => t("csvLabel", { table }), notes: t("notesLabel") };
  const generated = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "long", timeStyle: "short" }).format(now);

  return (
    <main className="stats-report flex flex-col gap-5">
      <style>{printCss}</style>
      <header className="flex flex-col gap-1 border-b-2 border-police-900 pb-3">
        <h1 className="text-2xl font-bold text-police-900">{t("report.title", { station })}</h1>
        <p className="text-base font-semibold">
          {t("report.period", { period: periodLabel(t, filter.period), from: filter.period.from, last: filter.period.last })}
        </p>
        <p className="text-base">{t("report.scope", { scope: scopeLabel(t, filter, communities) })}</p>
        <p className="text-sm text-slate-600">{t("report.generated", { time: generated })}</p>
      </header>
      <p className="no-print flex flex-wrap items-center gap-4 text-base">
        <span>{t("report.printHint")}</span>
        <Link href={`/dashboard/stats?${filterQuery(filter)}`} className="font-semibold text-police-700 underline">
          {t("report.back")}
        </Link>
      </p>
      {loaded.map(({ panel, data }) => (
        <PanelSection key={panel.id} id={panel.id} title={panel.title(t)} view={panel.view(data, { t, locale, filter })} labels={labels} />
      ))}
    </main>
  );
}
