import "server-only";
import { and, asc, desc, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { communities, requests } from "../../schema";
import { countWhere, inStatsScope, numberOrNull, within, type StatsFilter } from "./filter";

/** Ratings at or under this are listed with their requests, for the chief to look at. */
export const LOW_RATING = 2;
/** How many low ratings the panel lists (the latest first). */
export const LOW_RATING_LIMIT = 30;

export interface Satisfaction {
  rated: number;
  mean: number | null;
  /** how many ratings of 1, 2, 3, 4 and 5 */
  distribution: [number, number, number, number, number];
  low: { requestId: string; referenceCode: string; kind: string; rating: number; communityName: string; ratedDay: string }[];
}

/** Residents' ratings of the requests that came in during the period: mean, distribution, and the low ones. */
export async function satisfaction(db: Db, user: StaffUser, filter: StatsFilter): Promise<Satisfaction> {
  const scope = and(inStatsScope(user, requests.communityId, filter), within(requests.createdAt, filter.period), isNotNull(requests.rating));
  const [summary] = await db
    .select({
      rated: sql<number>`count(*)`.mapWith(Number),
      mean: numberOrNull(sql`round(avg(${requests.rating}), 2)`),
      r1: countWhere(eq(requests.rating, 1)),
      r2: countWhere(eq(requests.rating, 2)),
      r3: countWhere(eq(requests.rating, 3)),
      r4: countWhere(eq(requests.rating, 4)),
      r5: countWhere(eq(requests.rating, 5)),
    })
    .from(requests)
    .where(scope);
  const low = await db
    .select({
      requestId: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      rating: sql<number>`${requests.rating}`.mapWith(Number),
      communityName: communities.name,
      ratedDay: sql<string>`to_char(${requests.ratedAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .where(and(scope, lte(requests.rating, LOW_RATING)))
    .orderBy(desc(requests.ratedAt), asc(requests.referenceCode))
    .limit(LOW_RATING_LIMIT);
  const s = summary!;
  return { rated: s.rated, mean: s.mean, distribution: [s.r1, s.r2, s.r3, s.r4, s.r5], low };
}
