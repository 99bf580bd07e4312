import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { communities, requests, users } from "../../schema";
import { countWhere, inStatsScope, numberOrNull, within, type StatsFilter } from "./filter";

export interface OfficerWorkload {
  officerId: number;
  name: string;
  communityName: string;
  assigned: number;
  answered: number;
  onTime: number;
  resolved: number;
  /** of the period's requests, those still unresolved now */
  open: number;
  firstResponseP50Minutes: number | null;
}

/** Per officer and auxiliary of the communities in scope: the period's requests they hold and how they went. */
export async function workload(db: Db, user: StaffUser, filter: StatsFilter): Promise<OfficerWorkload[]> {
  const firstResponse = sql`extract(epoch from (${requests.firstResponseAt} - ${requests.createdAt})) / 60`;
  return db
    .select({
      officerId: users.id,
      name: users.name,
      communityName: communities.name,
      assigned: sql<number>`count(${requests.id})`.mapWith(Number),
      answered: countWhere(isNotNull(requests.firstResponseAt)),
      onTime: countWhere(lte(requests.firstResponseAt, requests.dueAt)),
      resolved: countWhere(isNotNull(requests.resolvedAt)),
      open: countWhere(and(isNotNull(requests.id), isNull(requests.resolvedAt))!),
      firstResponseP50Minutes: numberOrNull(sql`percentile_cont(0.5) within group (order by ${firstResponse})`),
    })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .leftJoin(requests, and(eq(requests.assigneeId, users.id), within(requests.createdAt, filter.period)))
    .where(and(inStatsScope(user, users.communityId, filter), inArray(users.role, ["officer", "auxiliary"]), eq(users.active, true)))
    .groupBy(users.id, users.name, communities.id, communities.name)
    .orderBy(asc(communities.id), asc(users.id));
}
