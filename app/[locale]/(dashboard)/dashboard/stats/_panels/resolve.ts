import "server-only";
import type { Db } from "@/db";
import { incidentCommunities } from "@/db/queries/incidents";
import type { StatsFilter } from "@/db/queries/stats/filter";
import { canSeeStats, ownStatsCommunity, type StaffUser } from "@/lib/authz";
import { parseBaselineYear, parsePeriod, todayIn } from "@/lib/stats/period";
import { PANELS } from "./index";
import type { StatsPanel } from "./types";

export type StatsQuery = Record<string, string | string[] | undefined>;

/**
 * The filter a query string asks for, and the communities the user may choose from; null when the user may not
 * see the numbers, or asks for a community outside their scope (both are not found).
 */
export async function resolveStatsFilter(db: Db, user: StaffUser, query: StatsQuery, now: Date) {
  if (!canSeeStats(user)) return null;
  const communities = await incidentCommunities(db, user);
  const asked = typeof query.community === "string" && /^\d{1,9}$/.test(query.community) ? Number(query.community) : null;
  if (typeof query.community === "string" && query.community !== "" && asked === null) return null;
  if (asked !== null && !communities.some((c) => c.id === asked)) return null;
  const own = ownStatsCommunity(user);
  const period = parsePeriod(query, todayIn(now));
  const filter: StatsFilter = {
    period,
    baselineYear: parseBaselineYear(query.baseline, period),
    communityId: own ?? asked,
    now,
  };
  return { filter, communities };
}

/** The query string that asks for a filter again (for links: the report, the CSV files). */
export function filterQuery(filter: StatsFilter, extra: Record<string, string> = {}): string {
  const p = filter.period;
  const query = new URLSearchParams({ period: p.kind });
  if (p.kind === "month") query.set("month", p.month);
  if (p.kind === "quarter") query.set("quarter", p.quarter);
  if (p.kind === "year") query.set("year", String(p.year));
  if (p.kind === "custom") {
    query.set("from", p.from);
    query.set("to", p.last);
  }
  query.set("baseline", String(filter.baselineYear));
  if (filter.communityId !== null) query.set("community", String(filter.communityId));
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return query.toString();
}

/** Every panel's data, loaded at once (PostgreSQL runs them on separate connections). */
export async function loadPanels(db: Db, user: StaffUser, filter: StatsFilter, panels: readonly StatsPanel[] = PANELS) {
  return Promise.all(panels.map(async (panel) => ({ panel, data: await panel.load(db, user, filter) })));
}
