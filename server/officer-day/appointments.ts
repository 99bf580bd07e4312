import { getTranslations } from "next-intl/server";
import { listDayBookings } from "@/db/queries/appointments";
import { canWorkAppointments } from "@/lib/authz";
import { clockTime } from "@/lib/i18n/format";
import { ITEMS_PER_SECTION, type DaySection } from "./section";

/** Today's booked appointments (at the station hall or with an officer), by time. */
export const appointmentsSection: DaySection = {
  id: "appointments",
  applies: canWorkAppointments,
  async load({ db, user, today, locale }) {
    const t = await getTranslations({ locale, namespace: "field.today" });
    const title = t("sections.appointments");
    // No phone leaves here: the day page shows what and when; the request page has the audited reveal.
    const booked = (await listDayBookings(db, user, today)).filter((b) => b.status === "booked");
    return {
      title,
      items: booked.slice(0, ITEMS_PER_SECTION).map((b) => ({
        key: `appointment-${b.requestId}`,
        section: title,
        title: t("appointmentItem", { time: clockTime(b.startsAt, locale), service: b.serviceName[locale] ?? b.serviceName["zh-CN"] ?? "" }),
        detail: [b.referenceCode, b.officerName].filter(Boolean).join(" · "),
        href: `/dashboard/requests/${b.requestId}`,
        urgency: "today" as const,
        dueLabel: t("due.today"),
        stop: { communityName: "", placeId: null, placeName: null },
        sortKey: b.startsAt.getTime(),
      })),
      more: booked.length > ITEMS_PER_SECTION ? { total: booked.length, href: `/dashboard/appointments?day=${today}` } : undefined,
    };
  },
};
