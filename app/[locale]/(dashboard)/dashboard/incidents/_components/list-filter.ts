import { incidentCategories, type IncidentCategory } from "@/db/schema/incidents";
import type { IncidentListFilter } from "@/db/queries/incidents";
import { addDays, parseDay } from "@/lib/calendar-day";
import { MAX_CUSTOM_DAYS, dayCount } from "@/lib/stats/period";

type Query = Record<string, string | string[] | undefined>;
const one = (query: Query, key: string) => (typeof query[key] === "string" ? (query[key] as string).trim() : "");

/**
 * The list's filter from its query string: days (the last 90 by default), a community among those given, a
 * category, a page. Null when the query names a community that is not one of them (not found).
 */
export function incidentListFilter(query: Query, today: string, communityIds: number[]): IncidentListFilter | null {
  let from = parseDay(one(query, "from")) ?? addDays(today, -89);
  let to = parseDay(one(query, "to")) ?? today;
  if (to < from) [from, to] = [to, from];
  const range = { from, until: addDays(to, 1) };
  if (dayCount(range) > MAX_CUSTOM_DAYS) range.from = addDays(range.until, -MAX_CUSTOM_DAYS);
  const community = one(query, "community");
  const communityId = /^\d{1,9}$/.test(community) ? Number(community) : null;
  if (community !== "" && (communityId === null || !communityIds.includes(communityId))) return null;
  const category = incidentCategories.find((c) => c === one(query, "category")) ?? null;
  const page = Math.min(10_000, Math.max(1, Number.parseInt(one(query, "page"), 10) || 1));
  return { range, communityId, category: category as IncidentCategory | null, page };
}

export function listQuery(filter: IncidentListFilter, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ from: filter.range.from, to: addDays(filter.range.until, -1) });
  if (filter.communityId !== null) query.set("community", String(filter.communityId));
  if (filter.category) query.set("category", filter.category);
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return query.toString();
}
