import type { CareRiskLevel, HazardStatus } from "@/db/schema/field-work";
import { addDays, isoWeekday, shanghaiDay } from "./calendar-day";

/*
 * The clocks of field work (issue 9), pure: the pages, the reminder jobs and the tests use the same rules.
 * Days are Beijing calendar days (lib/calendar-day.ts). Working days are Monday to Friday, the station's office
 * days (lib/office-hours.ts); public holidays and the weekends worked in their place (调休) are not modelled,
 * so around a holiday the notice clock is a little short — the officer sees the date and can serve early.
 */

/** Days between care visits by risk level (high: weekly, key: monthly, general: quarterly); editable per subject. */
export const DEFAULT_CADENCE_DAYS: Record<CareRiskLevel, number> = { high: 7, key: 30, general: 90 };

/** A rectification notice is served within this many working days of finding the hazard. */
export const NOTICE_WORKING_DAYS = 3;

/** An overdue hazard is escalated (督办) once it is this many working days past its deadline. */
export const ESCALATE_AFTER_WORKING_DAYS = 3;

/** The deadline reminder goes out this many days before the deadline. */
export const DEADLINE_REMINDER_DAYS = 1;

export function isWorkingDay(day: string): boolean {
  return isoWeekday(day) <= 5;
}

/** The working day `n` working days after `day` (a day found on a weekend counts from the Monday). */
export function addWorkingDays(day: string, n: number): string {
  let current = day;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** The last day the rectification notice may be served on: three working days after the day it was found. */
export function noticeServeBy(foundAt: Date): string {
  return addWorkingDays(shanghaiDay(foundAt), NOTICE_WORKING_DAYS);
}

/** States in which the responsible party still has to rectify (the deadline runs). */
export const OPEN_HAZARD_STATUSES = ["found", "notice_served", "rectifying", "escalated"] as const satisfies readonly HazardStatus[];

export function isOpenHazard(status: HazardStatus): boolean {
  return (OPEN_HAZARD_STATUSES as readonly HazardStatus[]).includes(status);
}

/** What a hazard's clocks say on `today`: the notice (until served), the deadline, the re-inspection. */
export function hazardClock(hazard: { status: HazardStatus; foundAt: Date; deadline: string }, today: string) {
  const serveBy = noticeServeBy(hazard.foundAt);
  const open = isOpenHazard(hazard.status);
  return {
    serveBy,
    noticeLate: hazard.status === "found" && today > serveBy,
    overdue: open && today > hazard.deadline,
    daysLeft: Math.round((Date.parse(`${hazard.deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000),
    awaitsReinspection: hazard.status === "rectified",
  };
}

/** Which hazard steps come after which (besides escalation, which the reminder job makes). */
const NEXT_STEPS: Record<HazardStatus, readonly HazardStatus[]> = {
  found: ["notice_served"],
  notice_served: ["rectifying", "rectified"],
  rectifying: ["rectified"],
  escalated: ["notice_served", "rectifying", "rectified"],
  rectified: ["verified", "rectifying"],
  verified: [],
};

export function canMoveHazard(from: HazardStatus, to: HazardStatus): boolean {
  return NEXT_STEPS[from].includes(to);
}

/** When a care subject's next visit is due: the last care visit's day (or the day they were added) plus the cadence. */
export function nextCareVisitDue(lastVisitOrAdded: Date, cadenceDays: number): string {
  return addDays(shanghaiDay(lastVisitOrAdded), cadenceDays);
}

/** The Sunday that ends the week of `day` (weeks run Monday to Sunday): "due this week" is due by then. */
export function endOfWeek(day: string): string {
  return addDays(day, 7 - isoWeekday(day));
}

/** The Monday that starts the week of `day`. */
export function startOfWeek(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** Age in whole years from a birth year, as people say it in China for the elderly (by year only). */
export function ageInYear(birthYear: number, today: string): number {
  return Number(today.slice(0, 4)) - birthYear;
}

/**
 * The latest day `d` whose `n`-th working day after it has come by `today` (addWorkingDays(d, n) <= today):
 * a clock measured in working days as one date to compare in SQL ("found on or before this day").
 */
export function lastDayReaching(today: string, n: number): string {
  let day = today;
  while (addWorkingDays(day, n) > today) day = addDays(day, -1);
  return day;
}

/**
 * The steps a hazard can take next for this user: serving the notice (once), and the re-inspection's verdict
 * either way, are a sworn officer's; the others anyone's who records field work.
 */
export function hazardStepsFor(hazard: { status: HazardStatus; noticeServed: boolean }, sworn: boolean): HazardStatus[] {
  return NEXT_STEPS[hazard.status].filter((to) => {
    if (to === "notice_served") return sworn && !hazard.noticeServed;
    if (to === "verified" || (hazard.status === "rectified" && to === "rectifying")) return sworn;
    return true;
  });
}
