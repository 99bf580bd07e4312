import { getTranslations } from "next-intl/server";
import type { SlotTemplateRow } from "@/db/queries/slot-templates";
import type { Locale } from "@/lib/i18n/locales";

/** Weekdays as people say them: runs of three or more joined ("周一至周五", "Mon–Fri"), the rest listed. */
export function weekdaysText(days: number[], name: (day: number) => string, range: (from: string, to: string) => string, separator: string): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) parts.push(range(name(sorted[i]!), name(sorted[j]!)));
    else for (let k = i; k <= j; k++) parts.push(name(sorted[k]!));
    i = j + 1;
  }
  return parts.join(separator);
}

/** One template in words, for the list and the read-only view. */
export async function describeSlotTemplates(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "slotTemplates" });
  return (row: SlotTemplateRow) => ({
    service: row.serviceName[locale],
    where: row.officerName ?? t("hall"),
    weekdays: weekdaysText(row.weekdays, (d) => t(`weekdayNames.${d}` as "weekdayNames.1"), (from, to) => t("weekdayRange", { from, to }), t("listSeparator")),
    hours: `${row.startTime}–${row.endTime}`,
    slotMinutes: t("minutes", { n: row.slotMinutes }),
    capacity: t("people", { n: row.capacity }),
    window: t("windowDaysValue", { n: row.windowDays }),
    notice: t("noticeHours", { n: row.minNoticeHours }),
    status: !row.active ? t("inactive") : row.serviceBookable ? t("active") : t("serviceClosed"),
    upcoming: t("upcoming", { slots: row.upcoming.slots, booked: row.upcoming.booked }),
  });
}
