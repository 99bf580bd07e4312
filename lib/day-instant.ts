import { shanghaiClock, shanghaiDay } from "./calendar-day";

/** A Beijing calendar day as an instant at its noon, for the formatter (which shows it in Beijing time). */
export function dayInstant(day: string): Date {
  return new Date(`${day}T12:00:00+08:00`);
}

/** The value a datetime-local input shows for an instant: its Beijing wall-clock time. */
export function dateTimeLocal(instant: Date): string {
  return `${shanghaiDay(instant)}T${shanghaiClock(instant)}`;
}
