import { getTranslations } from "next-intl/server";
import { requestsDueBy } from "@/db/queries/officer-day";
import { canUseQueue } from "@/lib/authz";
import { addDays, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { clockTime, dayLabel } from "@/lib/i18n/format";
import { ITEMS_PER_SECTION, type DaySection } from "./section";

/** Residents' requests whose answer is due by tonight or overdue (calls for help first): answered from anywhere. */
export const queueSection: DaySection = {
  id: "queue",
  applies: canUseQueue,
  async load({ db, user, now, today, locale }) {
    const t = await getTranslations({ locale, namespace: "field.today" });
    const tq = await getTranslations({ locale, namespace: "queue" });
    const { rows, total } = await requestsDueBy(db, user, shanghaiInstant(addDays(today, 1), "00:00"), ITEMS_PER_SECTION);
    const title = t("sections.queue");
    const when = (at: Date) => (shanghaiDay(at) === today ? clockTime(at, locale) : `${dayLabel(shanghaiDay(at), locale)} ${clockTime(at, locale)}`);
    return {
      title,
      items: rows.map((r) => {
        const overdue = r.dueAt < now;
        return {
          key: `request-${r.id}`,
          section: title,
          title: t("queueItem", { code: r.referenceCode, body: r.body }),
          detail: tq(`kinds.${r.kind}`),
          href: `/dashboard/requests/${r.id}`,
          urgency: overdue ? "overdue" : "today",
          dueLabel: overdue ? t("answerOverdue", { time: when(r.dueAt) }) : t("answerBy", { time: when(r.dueAt) }),
          stop: { communityName: r.communityName, placeId: null, placeName: null },
          // Calls for help lead their stop whatever their clock.
          sortKey: r.kind === "help" ? 0 : r.dueAt.getTime(),
        };
      }),
      more: total > rows.length ? { total, href: "/dashboard" } : undefined,
    };
  },
};
