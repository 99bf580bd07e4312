import { BarChart } from "@/components/charts/bar-chart";
import { incidentCategories, incidentSources } from "@/db/schema";
import { incidentMix } from "@/db/queries/stats/incident-mix";
import { panel } from "./types";

/** The period's incidents by category and by how they reached the station. */
export const incidentMixPanel = panel({
  id: "incident-mix",
  title: (t) => t("panels.incidentMix.title"),
  load: incidentMix,
  view(data, { t }) {
    const count = (category: string, source?: string) =>
      data.filter((r) => r.category === category && (!source || r.source === source)).reduce((n, r) => n + r.count, 0);
    const categories = incidentCategories;
    return {
      chart: (
        <BarChart
          id="chart-incident-mix"
          title={t("panels.incidentMix.chartTitle")}
          description={t("panels.incidentMix.chartDescription")}
          categories={categories.map((c) => t(`categories.${c}`))}
          series={[{ name: t("columns.incidents"), values: categories.map((c) => count(c)) }]}
        />
      ),
      tables: [
        {
          id: "categories",
          caption: t("panels.incidentMix.caption"),
          columns: [t("columns.category"), ...incidentSources.map((s) => t(`sources.${s}`)), t("columns.total")],
          rows: categories.map((c) => [t(`categories.${c}`), ...incidentSources.map((s) => count(c, s)), count(c)]),
        },
      ],
    };
  },
});
