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
