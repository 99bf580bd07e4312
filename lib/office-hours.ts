import { addDays, isoWeekday, shanghaiClock, shanghaiDay } from "./calendar-day";

/**
 * The station's office hours, the one place they are defined: Monday to Friday, 8:30–17:30 Beijing time.
 * Outside them a call for help goes to the station's duty officer as well (the duty roster the chief sets).
 */
export const OFFICE_HOURS = { weekdays: [1, 2, 3, 4, 5], opens: "08:30", closes: "17:30" } as const;

export function isOfficeHours(instant: Date): boolean {
  const clock = shanghaiClock(instant);
  const weekday = isoWeekday(shanghaiDay(instant));
  return (OFFICE_HOURS.weekdays as readonly number[]).includes(weekday) && clock >= OFFICE_HOURS.opens && clock < OFFICE_HOURS.closes;
}

/**
 * The duty day an instant falls in (YYYY-MM-DD). A duty shift runs from opening time one day to opening
 * time the next, so 05:35 on a Tuesday is still Monday's duty officer's.
 */
export function dutyDayOf(instant: Date): string {
  const day = shanghaiDay(instant);
  return shanghaiClock(instant) < OFFICE_HOURS.opens ? addDays(day, -1) : day;
}
