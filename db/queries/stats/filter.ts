import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { StaffUser } from "@/lib/authz";
import { instantsOf, type DayRange, type Period } from "@/lib/stats/period";
import { incidents } from "../../schema";
import { inCommunityScope, inStationScope } from "../scope";

/** What every stats panel is asked for: a period, the baseline year, one community or all the user may see. */
export interface StatsFilter {
  period: Period;
  baselineYear: number;
  /** null: every community in the user's scope */
  communityId: number | null;
  /** "now" for figures that depend on it (what is overdue): injected, so tests fix it */
  now: Date;
}

/** The communities a panel counts: those in the user's scope, narrowed to the chosen one. */
export function inStatsScope(user: StaffUser, communityId: AnyPgColumn, filter: Pick<StatsFilter, "communityId">): SQL {
  const scope = inCommunityScope(user, communityId);
  return filter.communityId === null ? scope : and(scope, eq(communityId, filter.communityId))!;
}

/**
 * Incidents in scope. They carry their station too: saying so lets PostgreSQL read the station's incidents of a
 * period from one index range instead of one per community.
 */
export function incidentsInScope(user: StaffUser, filter: Pick<StatsFilter, "communityId">): SQL {
  return and(inStationScope(user, incidents.stationId), inStatsScope(user, incidents.communityId, filter))!;
}

/** A timestamp column within a range of Beijing days. */
export function within(column: AnyPgColumn | SQL, range: DayRange): SQL {
  const { from, until } = instantsOf(range);
  return sql`(${column} >= ${from.toISOString()}::timestamptz and ${column} < ${until.toISOString()}::timestamptz)`;
}

/** An integer count in a select (PostgreSQL's count is a bigint, which drivers hand over as text). */
export const countWhere = (condition: SQL) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/** A number or null from a numeric expression (percentiles, means). */
export const numberOrNull = (expression: SQL) =>
  sql<number | null>`${expression}`.mapWith((v: unknown) => (v === null || v === undefined ? null : Number(v)));
