import { addDays, shanghaiDay, shanghaiInstant } from "./calendar-day";

/*
 * The mediation committee's rules of time and numbering. Pure: the pages, the data layer and the seed use
 * them alike.
 */

/**
 * A case's number as the committee writes it on every document: （2026）青石人调字第 12 号 — the year of
 * acceptance, the station's short name, and the case's place in that year's count. An identifier, shown in
 * this one form in both languages (like a reference code).
 */
export function caseNumber(stationShortName: string, year: number, number: number): string {
  return `（${year}）${stationShortName}人调字第 ${number} 号`;
}

/** A station's short name for its documents: its own, or its name without "派出所". */
export function stationShortName(station: { name: string; shortName: string | null }): string {
  return station.shortName ?? station.name.replace(/派出所$/, "");
}

/** The calendar year (Beijing time) a case accepted at this instant is numbered in. */
export function caseYear(acceptedAt: Date): number {
  return Number(shanghaiDay(acceptedAt).slice(0, 4));
}

/** The same day a month later, or the month's last day when it has none (31 Jan → 28 Feb). */
export function addMonth(day: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const nextMonth = m === 12 ? 1 : m + 1;
  const year = m === 12 ? y + 1 : y;
  const lastDay = new Date(Date.UTC(year, nextMonth, 0)).getUTCDate();
  return `${year}-${String(nextMonth).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
}

/** The end of a Beijing calendar day: a case's time limit runs to the end of its last day. */
export function endOfDay(day: string): Date {
  return shanghaiInstant(day, "23:59:59");
}

/** The time limit of a case: one month from acceptance, to the end of that day. */
export function mediationDueAt(acceptedAt: Date): Date {
  return endOfDay(addMonth(shanghaiDay(acceptedAt)));
}

/** An extension may move the limit at most this many days past the current one (both parties consenting). */
export const EXTENSION_MAX_DAYS = 90;

/**
 * Art. 33: the parties may jointly apply to a court for judicial confirmation within 30 days of the
 * agreement taking effect. The last day they may still apply.
 */
export const JUDICIAL_CONFIRMATION_DAYS = 30;

export function judicialConfirmationLastDay(agreedOn: string): string {
  return addDays(agreedOn, JUDICIAL_CONFIRMATION_DAYS);
}

/** The follow-up visit (回访) is scheduled this many days after the agreement unless the mediator chooses. */
export const FOLLOW_UP_DEFAULT_DAYS = 30;

export function defaultFollowUpDay(agreedOn: string): string {
  return addDays(agreedOn, FOLLOW_UP_DEFAULT_DAYS);
}

/** A case's clock as the case page shows it: whole days left, or overdue; stopped once it has an outcome. */
export type CaseClock = { state: "running"; daysLeft: number } | { state: "overdue"; daysOver: number } | { state: "stopped" };

export function caseClock(input: { status: string; dueAt: Date }, now: Date): CaseClock {
  if (input.status !== "in_mediation") return { state: "stopped" };
  const days = (Date.parse(`${shanghaiDay(input.dueAt)}T00:00:00Z`) - Date.parse(`${shanghaiDay(now)}T00:00:00Z`)) / 86_400_000;
  if (now > input.dueAt) return { state: "overdue", daysOver: Math.max(1, -days) };
  return { state: "running", daysLeft: days };
}

/** A follow-up not yet done whose day has passed (Beijing calendar). */
export function followUpOverdue(dueOn: string, now: Date): boolean {
  return dueOn < shanghaiDay(now);
}
