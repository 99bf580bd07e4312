import type { OpenSlot } from "@/db/queries/appointments";
import { shanghaiDay } from "@/lib/calendar-day";
import { dayLabel } from "@/lib/i18n/format";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import type { PickerGroup } from "./slot-picker";

/** How a place is named: the station hall, or an officer at their community's office. */
export interface PlaceLabels {
  hall: string;
  officer: (officer: string, community: string) => string;
}

/** The place names from the appointments catalogue: "派出所服务大厅", "柳荫社区警务室 · 民警 贺文川". */
export function placeLabels(t: (key: "hall" | "placeOfficerGroup", values?: Record<string, string>) => string): PlaceLabels {
  return { hall: t("hall"), officer: (officer, community) => t("placeOfficerGroup", { officer, community }) };
}

/** One day a place has times on, as the day chooser shows it ("12月8日 星期二", seats left that day). */
export interface DayChoice {
  day: string;
  label: string;
  remaining: number;
}

export interface PlaceDays {
  place: string;
  label: string;
  days: DayChoice[];
}

/** The anchor of a place on the booking pages: "hall", or "officer-<id>". */
export function placeKey(officerId: number | null): string {
  return officerId === null ? "hall" : `officer-${officerId}`;
}

function placeOf(slot: OpenSlot, labels: PlaceLabels) {
  return {
    place: placeKey(slot.officerId),
    label: slot.officerName ? labels.officer(slot.officerName, slot.communityName ?? "") : labels.hall,
  };
}

/** Places in the order slots come (the hall's before officers' at the same time), each with its days. */
function byPlace<T>(slots: OpenSlot[], labels: PlaceLabels, add: (entry: T | undefined, slot: OpenSlot) => T) {
  const places = new Map<string, { label: string; items: Map<string, T> }>();
  for (const slot of [...slots].sort((a, b) => Number(a.officerId !== null) - Number(b.officerId !== null))) {
    const { place, label } = placeOf(slot, labels);
    let entry = places.get(place);
    if (!entry) places.set(place, (entry = { label, items: new Map() }));
    const day = shanghaiDay(slot.startsAt);
    entry.items.set(day, add(entry.items.get(day), slot));
  }
  return places;
}

/** The days each place has times on, with the seats left in each day (0: every time that day is taken). */
export function daysByPlace(slots: OpenSlot[], locale: Locale, labels: PlaceLabels): PlaceDays[] {
  const places = byPlace<DayChoice>(slots, labels, (entry, slot) => ({
    day: shanghaiDay(slot.startsAt),
    label: entry?.label ?? dayLabel(shanghaiDay(slot.startsAt), locale),
    remaining: (entry?.remaining ?? 0) + Math.max(0, slot.remaining),
  }));
  return [...places].map(([place, { label, items }]) => ({ place, label, days: [...items.values()] }));
}

/** Every day any place has times on, in order, with the seats left that day: the chooser on a day's page. */
export function allDays(slots: OpenSlot[], locale: Locale): DayChoice[] {
  const days = new Map<string, DayChoice>();
  for (const slot of slots) {
    const day = shanghaiDay(slot.startsAt);
    const entry = days.get(day) ?? { day, label: dayLabel(day, locale), remaining: 0 };
    entry.remaining += Math.max(0, slot.remaining);
    days.set(day, entry);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** One day's times, by place, labelled for the picker ("09:00–09:30"). */
export function timesOfDay(slots: OpenSlot[], day: string, labels: PlaceLabels): PickerGroup[] {
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" });
  const places = byPlace<PickerGroup["slots"]>(
    slots.filter((s) => shanghaiDay(s.startsAt) === day),
    labels,
    (entry, slot) => [...(entry ?? []), { id: slot.id, time: `${clock.format(slot.startsAt)}–${clock.format(slot.endsAt)}`, remaining: slot.remaining }],
  );
  return [...places].map(([place, { label, items }]) => ({ place, label, slots: [...items.values()].flat() }));
}
