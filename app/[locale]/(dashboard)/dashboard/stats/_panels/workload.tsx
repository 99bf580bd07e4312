import { workload } from "@/db/queries/stats/workload";
import { durationCell, shareCell } from "./cells";
import { panel } from "./types";

/** Per officer: the period's requests they hold, answered, on time, resolved, still open. */
export const workloadPanel = panel({
  id: "workload",
  title: (t) => t("panels.workload.title"),
  load: workload,
  view(data, { t }) {
    return {
      tables: [
        {
          id: "officers",
          caption: t("panels.workload.caption"),
          columns: [
            t("columns.officer"),
            t("columns.community"),
            t("columns.assigned"),
            t("columns.answered"),
            t("columns.onTimeOfAnswered"),
            t("columns.resolved"),
            t("columns.open"),
            t("columns.firstResponseP50"),
          ],
          rows: data.map((r) => [
            r.name,
            r.communityName,
            r.assigned,
            r.answered,
            shareCell(t, r.onTime, r.answered),
            r.resolved,
            r.open,
            durationCell(t, r.firstResponseP50Minutes, "minutes"),
          ]),
          notes: [t("notes.workload"), t("notes.requestsOfPeriod")],
        },
      ],
    };
  },
});
