import { BarChart } from "@/components/charts/bar-chart";
import { incidentsByCommunity, type CommunityIncidents, type WindowCounts } from "@/db/queries/stats/incidents-by-community";
import { SMALL_COUNT } from "@/lib/stats/metrics";
import { shiftYears } from "@/lib/stats/period";
import { changeCell, rateCell } from "./cells";
import { panel, type PanelContext, type StatsTable } from "./types";

type Row = Pick<CommunityIncidents, "name" | "population" | "current" | "lastYear" | "baseline">;

const sumCounts = (list: WindowCounts[]): WindowCounts => ({
  calls: list.reduce((n, c) => n + c.calls, 0),
  cases: list.reduce((n, c) => n + c.cases, 0),
  invalid: list.reduce((n, c) => n + c.invalid, 0),
  online: list.reduce((n, c) => n + c.online, 0),
});

/** The station's row: sums, and a population only when every community has one. */
function stationRow(rows: CommunityIncidents[], name: string): Row {
  const known = rows.every((r) => r.population);
  return {
    name,
    population: known && rows.length > 0 ? { population: rows.reduce((n, r) => n + r.population!.population, 0), year: 0, source: "" } : null,
    current: sumCounts(rows.map((r) => r.current)),
    lastYear: sumCounts(rows.map((r) => r.lastYear)),
    baseline: sumCounts(rows.map((r) => r.baseline)),
  };
}

function windowLabels({ t, filter }: PanelContext) {
  const last = shiftYears(filter.period, -1);
  const base = shiftYears(filter.period, filter.baselineYear - filter.period.year);
  return {
    current: t("windows.current", { from: filter.period.from, last: filter.period.last }),
    lastYear: t("windows.lastYear", { from: last.from }),
    baseline: t("windows.baseline", { year: filter.baselineYear, from: base.from }),
  };
}

/** 警情: calls and cases per community, against last year and the baseline year, per 10,000 residents. */
export const incidentsPanel = panel({
  id: "incidents",
  title: (t) => t("panels.incidents.title"),
  load: incidentsByCommunity,
  view(data, ctx) {
    const { t, filter } = ctx;
    const rows: Row[] = data.length > 1 ? [...data, stationRow(data, t("station"))] : data;
    const labels = windowLabels(ctx);
    const measure = (key: "calls" | "cases"): StatsTable => ({
      id: key,
      caption: t(`panels.incidents.${key}Caption`),
      columns: [
        t("columns.community"),
        t("columns.period"),
        t("columns.lastYear"),
        t("columns.changeLastYear"),
        t("columns.baselineYear", { year: filter.baselineYear }),
        t("columns.changeBaseline", { year: filter.baselineYear }),
        t("columns.per10k"),
        ...(key === "calls" ? [t("columns.online"), t("columns.onlineLastYear"), t("columns.invalid")] : []),
      ],
      rows: rows.map((r) => [
        r.name,
        r.current[key],
        r.lastYear[key],
        changeCell(t, r.current[key], r.lastYear[key]),
        r.baseline[key],
        changeCell(t, r.current[key], r.baseline[key]),
        rateCell(t, r.current[key], r.population),
        ...(key === "calls" ? [r.current.online, r.lastYear.online, r.current.invalid] : []),
      ]),
      notes: [
        t("notes.windows", labels),
        t(`notes.${key}`),
        t("notes.tooFew", { n: SMALL_COUNT }),
        ...(key === "calls" ? [t("notes.online")] : []),
      ],
    });
    const population: StatsTable = {
      id: "population",
      caption: t("panels.incidents.populationCaption"),
      columns: [t("columns.community"), t("columns.population"), t("columns.populationYear"), t("columns.populationSource")],
      rows: data.map((r) => [r.name, r.population?.population ?? t("cells.noPopulation"), r.population?.year ?? t("cells.none"), r.population?.source ?? t("cells.none")]),
      notes: [t("notes.population", { year: filter.period.year })],
    };
    const chart = (
      <BarChart
        id="chart-incidents"
        title={t("panels.incidents.chartTitle")}
        description={t("panels.incidents.chartDescription", labels)}
        categories={data.map((r) => r.name)}
        series={[
          { name: labels.current, values: data.map((r) => r.current.calls) },
          { name: labels.lastYear, values: data.map((r) => r.lastYear.calls) },
          { name: labels.baseline, values: data.map((r) => r.baseline.calls) },
        ]}
      />
    );
    return { chart, tables: [measure("calls"), measure("cases"), population] };
  },
});
