import { addDays, parseDay, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";

/*
 * The period the stats page and the monthly report show: a month, a quarter, a year or a custom range of
 * Beijing calendar days. Pure: the page reads it from the query string, the queries get its instants.
 */

export const periodKinds = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** A range of Beijing calendar days: `from` included, `until` excluded. */
export interface DayRange {
  from: string;
  until: string;
}

export interface Period extends DayRange {
  kind: PeriodKind;
  /** What the query string said, normalized (2025-03, 2025-Q1, 2025, or the custom days). */
  month: string;
  quarter: string;
  year: number;
  /** The last day shown (until − 1 day). */
  last: string;
}

/** The longest custom range: the trend covers 36 months, a range is compared with one year earlier. */
export const MAX_CUSTOM_DAYS = 3 * 366;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

export function monthStart(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${y}-${pad(m)}-01`;
}

function inYears(year: number): boolean {
  return year >= 2000 && year <= 2100;
}

/**
 * The period a query string asks for, or the previous full month (the monthly review) when it asks for nothing
 * or for something that is not a period. `today` is a Beijing day.
 */
export function parsePeriod(query: Record<string, string | string[] | undefined>, today: string): Period {
  const one = (key: string) => {
    const v = query[key];
    return typeof v === "string" ? v.trim() : undefined;
  };
  const [ty, tm] = today.split("-").map(Number) as [number, number];
  const fallbackFrom = monthStart(ty, tm - 1);
  const build = (kind: PeriodKind, from: string, until: string): Period => {
    const [y, m] = from.split("-").map(Number) as [number, number];
    return { kind, from, until, last: addDays(until, -1), month: from.slice(0, 7), quarter: `${y}-Q${Math.ceil(m / 3)}`, year: y };
  };
  const kind = periodKinds.find((k) => k === one("period")) ?? "month";
  if (kind === "month") {
    const match = MONTH.exec(one("month") ?? "");
    if (match && inYears(Number(match[1]))) return build("month", `${match[0]}-01`, monthStart(Number(match[1]), Number(match[2]) + 1));
  }
  if (kind === "quarter") {
    const match = QUARTER.exec(one("quarter") ?? "");
    if (match && inYears(Number(match[1]))) {
      const first = (Number(match[2]) - 1) * 3 + 1;
      return build("quarter", monthStart(Number(match[1]), first), monthStart(Number(match[1]), first + 3));
    }
  }
  if (kind === "year") {
    const match = YEAR.exec(one("year") ?? "");
    if (match && inYears(Number(match[1]))) return build("year", `${match[1]}-01-01`, `${Number(match[1]) + 1}-01-01`);
  }
  if (kind === "custom") {
    const from = parseDay(one("from"));
    const to = parseDay(one("to"));
    if (from && to && from <= to && inYears(Number(from.slice(0, 4))) && inYears(Number(to.slice(0, 4)))) {
      const until = addDays(to, 1);
      if (dayCount({ from, until }) <= MAX_CUSTOM_DAYS) return build("custom", from, until);
    }
  }
  return build("month", fallbackFrom, monthStart(ty, tm));
}

export function dayCount(range: DayRange): number {
  return Math.round((Date.parse(`${range.until}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / 86_400_000);
}

/** The same day `years` years earlier or later; 29 February becomes 1 March in a common year. */
function shiftDay(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  return date.toISOString().slice(0, 10);
}

/** The same calendar range in another year (last year, the baseline year). */
export function shiftYears(range: DayRange, years: number): DayRange {
  return { from: shiftDay(range.from, years), until: shiftDay(range.until, years) };
}

/** The instants a range covers in Beijing time: [from 00:00, until 00:00). */
export function instantsOf(range: DayRange): { from: Date; until: Date } {
  return { from: shanghaiInstant(range.from, "00:00"), until: shanghaiInstant(range.until, "00:00") };
}

/** The 36 months that end with the period's last month, oldest first, each as YYYY-MM. */
export function trendMonths(period: DayRange, count = 36): string[] {
  const last = addDays(period.until, -1);
  const [y, m] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => monthStart(y, m - count + 1 + i).slice(0, 7));
}

/** The year figures are compared against by default: three years before the period's. */
export function defaultBaselineYear(period: Period): number {
  return period.year - 3;
}

/** The baseline year a query string asks for, if it is an earlier year than the period's; else the default. */
export function parseBaselineYear(value: string | string[] | undefined, period: Period): number {
  const year = typeof value === "string" && YEAR.test(value) ? Number(value) : NaN;
  return Number.isInteger(year) && inYears(year) && year < period.year ? year : defaultBaselineYear(period);
}

/** Today's Beijing day, for callers that hold an instant. */
export const todayIn = (now: Date) => shanghaiDay(now);
