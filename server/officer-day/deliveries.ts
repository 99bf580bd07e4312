import { getTranslations } from "next-intl/server";
import { listEveningDeliveries } from "@/db/queries/deliveries";
import { canDeliver } from "@/lib/authz";
import { ITEMS_PER_SECTION, type DaySection } from "./section";

/** Tonight's doorstep deliveries still to make, at their compounds. */
export const deliveriesSection: DaySection = {
  id: "deliveries",
  applies: canDeliver,
  async load({ db, user, today, locale }) {
    const t = await getTranslations({ locale, namespace: "field.today" });
    const title = t("sections.deliveries");
    const tonight = (await listEveningDeliveries(db, user, today, locale)).filter((d) => d.status === "scheduled");
    return {
      title,
      items: tonight.slice(0, ITEMS_PER_SECTION).map((d) => ({
        key: `delivery-${d.id}`,
        section: title,
        title: t("deliveryItem", { window: d.window, address: d.address, service: d.serviceName }),
        detail: d.referenceCode,
        href: `/dashboard/deliveries?day=${today}`,
        urgency: "today" as const,
        dueLabel: t("due.tonight"),
        stop: { communityName: d.communityName, placeId: d.placeId, placeName: d.compound },
        sortKey: Date.parse(`${today}T${d.windowStart}:00+08:00`),
      })),
      more: tonight.length > ITEMS_PER_SECTION ? { total: tonight.length, href: `/dashboard/deliveries?day=${today}` } : undefined,
    };
  },
};
