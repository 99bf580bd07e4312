import { addDays, isoWeekday, shanghaiDay, shanghaiInstant } from "./calendar-day";

/**
 * 上门送证: finished certificates are taken to residents who work days, on weekday evenings in one window.
 * A resident may choose one of the next DELIVERY_EVENINGS weekday evenings; today's only until the cut-off,
 * so the officer can plan the round.
 */
export const DELIVERY_WINDOW = { start: "18:30", end: "20:30" } as const;
export const DELIVERY_EVENINGS = 5;
export const SAME_DAY_CUTOFF = "15:00";
/** What one officer's round can take in one community in one evening. */
export const DELIVERIES_PER_EVENING = 12;

/** The evenings a delivery can be asked for now (Beijing dates, weekdays). */
export function deliveryEvenings(now: Date): string[] {
  const today = shanghaiDay(now);
  const evenings: string[] = [];
  let day = now < shanghaiInstant(today, SAME_DAY_CUTOFF) ? today : addDays(today, 1);
  while (evenings.length < DELIVERY_EVENINGS) {
    if (isoWeekday(day) <= 5) evenings.push(day);
    day = addDays(day, 1);
  }
  return evenings;
}

/** How early before the window's start a delivery may be recorded as made (the officer is on the round). */
export const DELIVERED_EARLY_MINUTES = 30;

/**
 * Whether "delivered" can be recorded now for a delivery on `day` whose window starts at `windowStart`: from a
 * little before the window opens to the end of that night, Beijing time. Not at 05:31 for an evening round.
 */
export function deliveredRecordable(day: string, windowStart: string, now: Date): "ok" | "too_early" | "too_late" {
  if (now.getTime() < shanghaiInstant(day, windowStart).getTime() - DELIVERED_EARLY_MINUTES * 60_000) return "too_early";
  if (now.getTime() >= shanghaiInstant(addDays(day, 1), "00:00").getTime()) return "too_late";
  return "ok";
}

/** The Beijing time from which "delivered" can be recorded for a window starting at `windowStart` ("18:00"). */
export function deliveredFrom(windowStart: string): string {
  const [hours, minutes] = windowStart.split(":").map(Number) as [number, number];
  const from = hours * 60 + minutes - DELIVERED_EARLY_MINUTES;
  return `${String(Math.floor(from / 60)).padStart(2, "0")}:${String(from % 60).padStart(2, "0")}`;
}
