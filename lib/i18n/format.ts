import { TIME_ZONE } from "./locales";

/** "14:05" in Beijing time, for messages such as "try again after …" written outside a page. */
export function clockTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(date);
}

/** A Beijing date as the reader says it: 12月1日 星期二 (a booking's day, a delivery evening). */
export function dayLabel(day: string, locale: string): string {
  const noon = new Date(`${day}T12:00:00+08:00`);
  if (Number.isNaN(noon.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, month: "long", day: "numeric", weekday: "long" }).format(noon);
}

/** A delivery evening (a Beijing date) as the reader says it: 12月1日 星期二. */
export function eveningLabel(day: string, locale: string): string {
  return dayLabel(day, locale);
}
