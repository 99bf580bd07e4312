import "server-only";
import { and, asc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import { CASE_CATEGORIES, INVALID_CATEGORY } from "@/lib/stats/incident-kinds";
import { shiftYears, type DayRange } from "@/lib/stats/period";
import type { Db } from "../../client";
import { communities, incidents, requests } from "../../schema";
import { countWhere, incidentsInScope, inStatsScope, within, type StatsFilter } from "./filter";
import { populationsFor, type PopulationFigure } from "./populations";

export interface WindowCounts {
  calls: number;
  cases: number;
  invalid: number;
  /** requests residents sent online in the same window: a shift from calls to the portal is not a fall in need */
  online: number;
}

export interface CommunityIncidents {
  communityId: number;
  name: string;
  population: PopulationFigure | null;
  current: WindowCounts;
  lastYear: WindowCounts;
  baseline: WindowCounts;
}

const windowsOf = (filter: StatsFilter) => {
  const current: DayRange = filter.period;
  return {
    current,
    lastYear: shiftYears(current, -1),
    baseline: shiftYears(current, filter.baselineYear - filter.period.year),
  };
};

/**
 * 警情: calls, cases and invalid calls per community in the period, the same period last year and in the
 * baseline year, with the online requests of each window beside them and each community's population.
 */
export async function incidentsByCommunity(db: Db, user: StaffUser, filter: StatsFilter): Promise<CommunityIncidents[]> {
  const windows = windowsOf(filter);
  const names = Object.keys(windows) as (keyof typeof windows)[];
  const isCase = inArray(incidents.category, [...CASE_CATEGORIES]);
  const incidentFields: Record<string, SQL.Aliased<number> | ReturnType<typeof countWhere>> = {};
  for (const w of names) {
    const inWindow = within(incidents.occurredAt, windows[w]);
    incidentFields[`${w}Calls`] = countWhere(and(inWindow, ne(incidents.category, INVALID_CATEGORY))!);
    incidentFields[`${w}Cases`] = countWhere(and(inWindow, isCase)!);
    incidentFields[`${w}Invalid`] = countWhere(and(inWindow, eq(incidents.category, INVALID_CATEGORY))!);
  }
  const incidentRows = await db
    .select({ communityId: incidents.communityId, ...(incidentFields as Record<string, ReturnType<typeof countWhere>>) })
    .from(incidents)
    .where(and(incidentsInScope(user, filter), or(...names.map((w) => within(incidents.occurredAt, windows[w])))))
    .groupBy(incidents.communityId);

  const requestFields: Record<string, ReturnType<typeof countWhere>> = {};
  for (const w of names) requestFields[w] = countWhere(within(requests.createdAt, windows[w]));
  const requestRows = await db
    .select({ communityId: requests.communityId, ...requestFields })
    .from(requests)
    .where(and(inStatsScope(user, requests.communityId, filter), or(...names.map((w) => within(requests.createdAt, windows[w])))))
    .groupBy(requests.communityId);

  const list = await db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(inStatsScope(user, communities.id, filter))
    .orderBy(asc(communities.id));
  const populations = await populationsFor(db, user, filter, filter.period.year);
  const byIncidents = new Map(incidentRows.map((r) => [r.communityId, r as Record<string, number>]));
  const byRequests = new Map(requestRows.map((r) => [r.communityId, r as Record<string, number>]));
  return list.map((c) => {
    const i = byIncidents.get(c.id);
    const r = byRequests.get(c.id);
    const counts = (w: keyof typeof windows): WindowCounts => ({
      calls: i?.[`${w}Calls`] ?? 0,
      cases: i?.[`${w}Cases`] ?? 0,
      invalid: i?.[`${w}Invalid`] ?? 0,
      online: r?.[w] ?? 0,
    });
    return {
      communityId: c.id,
      name: c.name,
      population: populations.get(c.id) ?? null,
      current: counts("current"),
      lastYear: counts("lastYear"),
      baseline: counts("baseline"),
    };
  });
}
