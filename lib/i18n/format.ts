import { TIME_ZONE } from "./locales";

/** "14:05" in Beijing time, for messages such as "try again after …" written outside a page. */
export function clockTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit" }).format(date);
}
