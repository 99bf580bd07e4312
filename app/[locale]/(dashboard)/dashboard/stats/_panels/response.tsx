import { BarChart } from "@/components/charts/bar-chart";
import { responseTimes } from "@/db/queries/stats/response-times";
import { durationCell, shareCell } from "./cells";
import { panel } from "./types";

/** First response p50/p90, the share answered within the target, and resolution time, per kind. */
export const responsePanel = panel({
  id: "response",
  title: (t) => t("panels.response.title"),
  load: responseTimes,
  view(data, { t }) {
    const kinds = data.filter((r) => r.kind !== null);
    return {
      chart: (
        <BarChart
          id="chart-response"
          title={t("panels.response.chartTitle")}
          description={t("panels.response.chartDescription")}
          categories={kinds.map((r) => t(`kinds.${r.kind!}`))}
          series={[{ name: t("columns.onTimePercent"), values: kinds.map((r) => (r.due > 0 ? Math.round((r.onTime * 100) / r.due) : 0)) }]}
        />
      ),
      tables: [
        {
          id: "response",
          caption: t("panels.response.caption"),
          columns: [
            t("columns.kind"),
            t("columns.received"),
            t("columns.answered"),
            t("columns.firstResponseP50"),
            t("columns.firstResponseP90"),
            t("columns.onTime"),
            t("columns.resolved"),
            t("columns.resolutionP50"),
            t("columns.resolutionP90"),
          ],
          rows: data.map((r) => [
            r.kind === null ? t("columns.total") : t(`kinds.${r.kind}`),
            r.received,
            r.answered,
            durationCell(t, r.firstResponseP50Minutes, "minutes"),
            durationCell(t, r.firstResponseP90Minutes, "minutes"),
            shareCell(t, r.onTime, r.due),
            r.resolved,
            durationCell(t, r.resolutionP50Hours, "hours"),
            durationCell(t, r.resolutionP90Hours, "hours"),
          ]),
          notes: [t("notes.onTime"), t("notes.noAppointments"), t("notes.requestsOfPeriod")],
        },
      ],
    };
  },
});
