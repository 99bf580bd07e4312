import { getTranslations } from "next-intl/server";
import { hazardsDue } from "@/db/queries/field-hazards";
import { seesFieldWork } from "@/lib/authz";
import { ITEMS_PER_SECTION, type DaySection } from "./section";

/** How far ahead the day page shows rectification deadlines. */
const DEADLINES_AHEAD_DAYS = 3;

/** Hazards: notices to serve, deadlines within three days or passed, rectifications to re-inspect. */
export const hazardsSection: DaySection = {
  id: "hazards",
  applies: seesFieldWork,
  async load({ db, user, today, locale }) {
    const t = await getTranslations({ locale, namespace: "field.today" });
    const th = await getTranslations({ locale, namespace: "field.hazards" });
    const title = t("sections.hazards");
    const { rows, total } = await hazardsDue(db, user, today, { aheadDays: DEADLINES_AHEAD_DAYS, limit: ITEMS_PER_SECTION });
    return {
      title,
      items: rows.map((h) => {
        const { clock } = h;
        const due = h.status === "found" ? clock.serveBy : h.deadline;
        const overdue = clock.overdue || clock.noticeLate;
        return {
          key: `hazard-${h.id}`,
          section: title,
          title: `#${h.id} ${th(`categories.${h.category}`)} · ${h.description}`,
          detail: [h.placeLabel, h.placeNote].filter(Boolean).join(" · "),
          href: `/dashboard/field/hazards/${h.id}`,
          urgency: overdue ? ("overdue" as const) : due === today ? ("today" as const) : ("later" as const),
          dueLabel: clock.awaitsReinspection
            ? t("hazardReinspect")
            : h.status === "found"
              ? t("hazardNotice", { serveBy: clock.serveBy })
              : `${overdue ? `${t("due.overdue")} · ` : ""}${t("hazardDeadline", { deadline: h.deadline })}`,
          stop: { communityName: h.communityName, placeId: h.compoundId, placeName: h.compoundName },
          sortKey: Date.parse(`${due}T00:00:00+08:00`),
        };
      }),
      more: total > rows.length ? { total, href: "/dashboard/field/hazards?view=open" } : undefined,
    };
  },
};
