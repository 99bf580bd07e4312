import { BarChart } from "@/components/charts/bar-chart";
import { requestKinds } from "@/db/schema";
import { requestChannels, requestsByKind } from "@/db/queries/stats/requests-by-kind";
import { panel } from "./types";

/** Requests that came in during the period, by kind and by channel (a board's QR code or another way). */
export const requestsPanel = panel({
  id: "requests",
  title: (t) => t("panels.requests.title"),
  load: requestsByKind,
  view(data, { t }) {
    const count = (kind: string, channel?: string) =>
      data.filter((r) => r.kind === kind && (!channel || r.channel === channel)).reduce((n, r) => n + r.count, 0);
    const total = (channel?: string) => data.filter((r) => !channel || r.channel === channel).reduce((n, r) => n + r.count, 0);
    return {
      chart: (
        <BarChart
          id="chart-requests"
          title={t("panels.requests.chartTitle")}
          description={t("panels.requests.chartDescription")}
          categories={requestKinds.map((k) => t(`kinds.${k}`))}
          series={requestChannels.map((c) => ({ name: t(`channels.${c}`), values: requestKinds.map((k) => count(k, c)) }))}
        />
      ),
      tables: [
        {
          id: "kinds",
          caption: t("panels.requests.caption"),
          columns: [t("columns.kind"), ...requestChannels.map((c) => t(`channels.${c}`)), t("columns.total")],
          rows: [
            ...requestKinds.map((k) => [t(`kinds.${k}`), ...requestChannels.map((c) => count(k, c)), count(k)]),
            [t("columns.total"), ...requestChannels.map((c) => total(c)), total()],
          ],
          notes: [t("notes.channels"), t("notes.requestsOfPeriod")],
        },
      ],
    };
  },
});
