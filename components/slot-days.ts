import type { OpenSlot } from "@/db/queries/appointments";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import type { PickerDay } from "./slot-picker";

/** Open slots grouped by Beijing date, labelled for the picker ("12月8日 星期二", "09:00–09:30"). */
export function groupSlotsByDay(slots: OpenSlot[], locale: Locale, place: { hall: string; officer: (name: string) => string }): PickerDay[] {
  const dayOf = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
  const dayLabel = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, month: "long", day: "numeric", weekday: "long" });
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
  const days = new Map<string, PickerDay>();
  for (const slot of slots) {
    const day = dayOf.format(slot.startsAt);
    let entry = days.get(day);
    if (!entry) days.set(day, (entry = { day, label: dayLabel.format(slot.startsAt), slots: [] }));
    entry.slots.push({
      id: slot.id,
      time: `${clock.format(slot.startsAt)}–${clock.format(slot.endsAt)}`,
      remaining: slot.remaining,
      place: slot.officerName ? place.officer(slot.officerName) : place.hall,
    });
  }
  return [...days.values()];
}
