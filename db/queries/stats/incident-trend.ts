import "server-only";
import { and, inArray, ne, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import { CASE_CATEGORIES, INVALID_CATEGORY } from "@/lib/stats/incident-kinds";
import { monthStart, trendMonths } from "@/lib/stats/period";
import type { Db } from "../../client";
import { incidents, requests } from "../../schema";
import { countWhere, incidentsInScope, inStatsScope, within, type StatsFilter } from "./filter";

export interface TrendMonth {
  month: string;
  calls: number;
  cases: number;
  online: number;
}

const monthOf = (column: typeof incidents.occurredAt | typeof requests.createdAt) =>
  sql<string>`to_char(${column} at time zone 'Asia/Shanghai', 'YYYY-MM')`;

/** Calls, cases and online requests per month over the 36 months that end with the period (every month listed, zeros too). */
export async function incidentTrend(db: Db, user: StaffUser, filter: StatsFilter): Promise<TrendMonth[]> {
  const months = trendMonths(filter.period);
  // Whole months, the last one included even when a custom period ends within it.
  const range = { from: `${months[0]}-01`, until: nextMonth(months.at(-1)!) };
  const incidentMonth = monthOf(incidents.occurredAt);
  const incidentRows = await db
    .select({
      month: incidentMonth,
      calls: countWhere(ne(incidents.category, INVALID_CATEGORY)),
      cases: countWhere(inArray(incidents.category, [...CASE_CATEGORIES])),
    })
    .from(incidents)
    .where(and(incidentsInScope(user, filter), within(incidents.occurredAt, range)))
    .groupBy(incidentMonth);
  const requestMonth = monthOf(requests.createdAt);
  const requestRows = await db
    .select({ month: requestMonth, online: sql<number>`count(*)`.mapWith(Number) })
    .from(requests)
    .where(and(inStatsScope(user, requests.communityId, filter), within(requests.createdAt, range)))
    .groupBy(requestMonth);
  const byIncidents = new Map(incidentRows.map((r) => [r.month, r]));
  const byRequests = new Map(requestRows.map((r) => [r.month, r.online]));
  return months.map((month) => ({
    month,
    calls: byIncidents.get(month)?.calls ?? 0,
    cases: byIncidents.get(month)?.cases ?? 0,
    online: byRequests.get(month) ?? 0,
  }));
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return monthStart(y, m + 1);
}
