import { BarChart } from "@/components/charts/bar-chart";
import { LOW_RATING, LOW_RATING_LIMIT, satisfaction } from "@/db/queries/stats/satisfaction";
import { shareCell } from "./cells";
import { panel } from "./types";

/** Residents' ratings: the mean, the distribution, and the low ones with links to their requests. */
export const satisfactionPanel = panel({
  id: "satisfaction",
  title: (t) => t("panels.satisfaction.title"),
  load: satisfaction,
  view(data, { t }) {
    const stars = [1, 2, 3, 4, 5] as const;
    return {
      chart: (
        <BarChart
          id="chart-satisfaction"
          title={t("panels.satisfaction.chartTitle")}
          description={t("panels.satisfaction.chartDescription", { rated: data.rated, mean: data.mean ?? "—" })}
          categories={stars.map((s) => t("cells.stars", { n: s }))}
          series={[{ name: t("columns.ratings"), values: [...data.distribution] }]}
        />
      ),
      tables: [
        {
          id: "distribution",
          caption: t("panels.satisfaction.caption", { rated: data.rated, mean: data.mean ?? t("cells.none") }),
          columns: [t("columns.rating"), t("columns.ratings"), t("columns.share")],
          rows: stars.map((s) => {
            const count = data.distribution[s - 1] ?? 0;
            return [t("cells.stars", { n: s }), count, shareCell(t, count, data.rated)];
          }),
          notes: [t("notes.requestsOfPeriod")],
        },
        {
          id: "low",
          caption: t("panels.satisfaction.lowCaption", { max: LOW_RATING }),
          columns: [t("columns.reference"), t("columns.kind"), t("columns.rating"), t("columns.community"), t("columns.ratedDay")],
          rows: data.low.map((r) => [r.referenceCode, t(`kinds.${r.kind as "message"}`), r.rating, r.communityName, r.ratedDay]),
          links: data.low.map((r) => `/dashboard/requests/${r.requestId}`),
          notes: [t("notes.lowRatings", { limit: LOW_RATING_LIMIT })],
        },
      ],
    };
  },
});
