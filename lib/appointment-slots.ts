import { addDays, isoWeekday, shanghaiDay, shanghaiInstant } from "./calendar-day";
import { MAX_WINDOW_DAYS, minutesOfClock } from "./validation/slot-templates";

/*
 * The arithmetic of appointment slots, pure and in Beijing time: which times a slot rule makes on a day, how
 * far ahead a booking window reaches, and how long no-shows block a person. db/queries/appointments/ turns it
 * into rows and WHERE clauses.
 */

/** What a slot rule says about times: on which weekdays, from when to when, in steps of how many minutes. */
export interface SlotTimesRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** "HH:MM" or "HH:MM:SS", Beijing time. */
  startTime: string;
  endTime: string;
  slotMinutes: number;
}

/** The slots a rule makes on one date, in order: none when it does not run that weekday; a slot that would end after endTime is not made. */
export function slotTimes(rule: SlotTimesRule, day: string): { startsAt: Date; endsAt: Date }[] {
  if (!rule.weekdays.includes(isoWeekday(day))) return [];
  const midnight = shanghaiInstant(day, "00:00").getTime();
  const end = minutesOfClock(rule.endTime);
  const slots = [];
  for (let start = minutesOfClock(rule.startTime); start + rule.slotMinutes <= end; start += rule.slotMinutes) {
    const startsAt = new Date(midnight + start * 60_000);
    slots.push({ startsAt, endsAt: new Date(startsAt.getTime() + rule.slotMinutes * 60_000) });
  }
  return slots;
}

/**
 * When a booking window of 0…MAX_WINDOW_DAYS working days (Monday to Friday) that starts today ends, by its
 * length: the end of today for 0, the end of the next working day for 1, and so on (weekends stretch it).
 * One walk over the days serves every template's window at once.
 */
export function bookingWindowEnds(today: string): Record<number, Date> {
  const endOf = (day: string) => shanghaiInstant(addDays(day, 1), "00:00");
  const ends: Record<number, Date> = { 0: endOf(today) };
  let day = today;
  for (let days = 1; days <= MAX_WINDOW_DAYS; days++) {
    do day = addDays(day, 1);
    while (isoWeekday(day) > 5);
    ends[days] = endOf(day);
  }
  return ends;
}

/** Calendar days to make slots for so that a window of `windowDays` working days has its slots: two weekend days per five, plus today. */
export function slotHorizonFor(windowDays: number): number {
  return Math.ceil((windowDays * 7) / 5) + 3;
}

/** Two no-shows within this many days block online booking until this many days after the second. */
export const NO_SHOW_DAYS = 30;
export const NO_SHOWS_TO_BLOCK = 2;

/**
 * The date a person's no-shows keep them from booking online until (exclusive), or null: `noShowDays` are the
 * days of their latest no-shows, newest first (NO_SHOWS_TO_BLOCK of them are enough).
 */
export function noShowBlockUntil(noShowDays: readonly string[], now: Date): string | null {
  if (noShowDays.length < NO_SHOWS_TO_BLOCK) return null;
  const latest = noShowDays[0]!;
  const earliest = noShowDays[NO_SHOWS_TO_BLOCK - 1]!;
  if (Date.parse(latest) - Date.parse(earliest) > NO_SHOW_DAYS * 86_400_000) return null;
  const until = addDays(latest, NO_SHOW_DAYS);
  return shanghaiDay(now) < until ? until : null;
}
