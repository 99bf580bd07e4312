import { repeatAddresses, REPEAT_ADDRESS_LIMIT } from "@/db/queries/stats/repeat-addresses";
import { addDays } from "@/lib/calendar-day";
import { REPEAT_ADDRESS } from "@/lib/stats/incident-kinds";
import { panel } from "./types";

/** Addresses with 3 or more incidents in the 90 days that end with the period. */
export const repeatAddressesPanel = panel({
  id: "repeat-addresses",
  title: (t) => t("panels.repeatAddresses.title"),
  load: repeatAddresses,
  view(data, { t, filter }) {
    return {
      tables: [
        {
          id: "addresses",
          caption: t("panels.repeatAddresses.caption", { ...REPEAT_ADDRESS, from: addDays(filter.period.until, -REPEAT_ADDRESS.days), last: filter.period.last }),
          columns: [t("columns.address"), t("columns.community"), t("columns.place"), t("columns.incidents"), t("columns.lastIncident")],
          rows: data.map((r) => [r.address, r.communityName, r.placeName ?? t("cells.none"), r.count, r.lastDay]),
          notes: [t("notes.repeatAddresses", { limit: REPEAT_ADDRESS_LIMIT })],
        },
      ],
    };
  },
});
