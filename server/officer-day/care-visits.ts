import { getTranslations } from "next-intl/server";
import { careVisitsDue } from "@/db/queries/care-subjects";
import { seesCareSubjects } from "@/lib/authz";
import { ITEMS_PER_SECTION, type DaySection } from "./section";

/** Care subjects whose visit is overdue or due by Sunday, at the compound they live in. */
export const careVisitsSection: DaySection = {
  id: "care",
  applies: seesCareSubjects,
  async load({ db, user, today, locale }) {
    const t = await getTranslations({ locale, namespace: "field.today" });
    const tc = await getTranslations({ locale, namespace: "field.care" });
    const title = t("sections.care");
    const { rows, total } = await careVisitsDue(db, user, today, ITEMS_PER_SECTION);
    return {
      title,
      items: rows.map((c) => ({
        key: `care-${c.id}`,
        section: title,
        title: t("careItem", { name: c.name, risk: tc(`riskLevels.${c.riskLevel}`) }),
        detail: [c.placeLabel, c.address].filter(Boolean).join(" "),
        href: `/dashboard/field/care/${c.id}`,
        urgency: c.nextVisitDue < today ? ("overdue" as const) : c.nextVisitDue === today ? ("today" as const) : ("later" as const),
        dueLabel: c.nextVisitDue < today ? `${t("due.overdue")} · ${t("careDue", { day: c.nextVisitDue })}` : t("careDue", { day: c.nextVisitDue }),
        stop: { communityName: c.communityName, placeId: c.compoundId, placeName: c.compoundName },
        sortKey: Date.parse(`${c.nextVisitDue}T00:00:00+08:00`),
      })),
      more: total > rows.length ? { total, href: "/dashboard/field/care?view=due" } : undefined,
    };
  },
};
