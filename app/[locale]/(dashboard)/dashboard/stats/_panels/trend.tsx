import { LineChart } from "@/components/charts/line-chart";
import { incidentTrend } from "@/db/queries/stats/incident-trend";
import { panel } from "./types";

/** The 36-month trend: calls, cases and online requests side by side. */
export const trendPanel = panel({
  id: "trend",
  title: (t) => t("panels.trend.title"),
  load: incidentTrend,
  view(data, { t }) {
    const series = [
      { name: t("columns.calls"), values: data.map((m) => m.calls) },
      { name: t("columns.cases"), values: data.map((m) => m.cases) },
      { name: t("columns.online"), values: data.map((m) => m.online) },
    ];
    return {
      chart: (
        <LineChart
          id="chart-trend"
          title={t("panels.trend.chartTitle")}
          description={t("panels.trend.chartDescription", { first: data[0]?.month ?? "", last: data.at(-1)?.month ?? "" })}
          labels={data.map((m) => m.month)}
          series={series}
        />
      ),
      tables: [
        {
          id: "months",
          caption: t("panels.trend.caption"),
          columns: [t("columns.month"), t("columns.calls"), t("columns.cases"), t("columns.online")],
          rows: data.map((m) => [m.month, m.calls, m.cases, m.online]),
          notes: [t("notes.online")],
        },
      ],
    };
  },
});
