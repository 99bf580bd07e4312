/*
 * Calendar days (YYYY-MM-DD) in Beijing time, which the whole station lives by. Pure: the pages, the data
 * layer and the seed use them alike.
 */

// Asia/Shanghai has no daylight saving: a fixed +08:00 offset is exact.
const OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar date (YYYY-MM-DD) of an instant. */
export function shanghaiDay(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Beijing wall-clock time (HH:MM) of an instant. */
export function shanghaiClock(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(11, 16);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The instant of a Beijing wall-clock time ("09:30" or "09:30:00") on a date. */
export function shanghaiInstant(day: string, time: string): Date {
  return new Date(`${day}T${time.length === 5 ? `${time}:00` : time}+08:00`);
}

/** A calendar date (YYYY-MM-DD) from a query string, or null when it is not a real date. */
export function parseDay(value: unknown): string | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}
