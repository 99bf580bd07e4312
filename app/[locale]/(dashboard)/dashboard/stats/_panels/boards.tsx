import { boardFigures } from "@/db/queries/stats/boards";
import { shareCell } from "./cells";
import { panel } from "./types";

/** Contact boards: scans per board in the period, and the requests sent after scanning it. */
export const boardsPanel = panel({
  id: "boards",
  title: (t) => t("panels.boards.title"),
  load: boardFigures,
  view(data, { t }) {
    return {
      tables: [
        {
          id: "boards",
          caption: t("panels.boards.caption"),
          columns: [t("columns.board"), t("columns.location"), t("columns.officer"), t("columns.scans"), t("columns.boardRequests"), t("columns.conversion")],
          rows: data.map((b) => [b.boardId, b.location, b.officerName, b.scans, b.requests, shareCell(t, b.requests, b.scans)]),
          notes: [t("notes.boards")],
        },
      ],
    };
  },
});
