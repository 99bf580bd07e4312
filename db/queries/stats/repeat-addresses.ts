import "server-only";
import { and, desc, eq, gte, isNotNull, max, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import { REPEAT_ADDRESS } from "@/lib/stats/incident-kinds";
import { addDays } from "@/lib/calendar-day";
import type { Db } from "../../client";
import { communities, incidents, places } from "../../schema";
import { incidentsInScope, within, type StatsFilter } from "./filter";

export interface RepeatAddress {
  communityName: string;
  address: string;
  placeId: number | null;
  placeName: string | null;
  count: number;
  lastDay: string;
}

/** How many repeat addresses the panel lists (the most incidents first). */
export const REPEAT_ADDRESS_LIMIT = 20;

/**
 * Addresses with 3 or more incidents in the 90 days that end with the period (compared by their normalized
 * key, lib/stats/address.ts), most incidents first, with the place the address names when it matches one.
 */
export async function repeatAddresses(db: Db, user: StaffUser, filter: StatsFilter): Promise<RepeatAddress[]> {
  const range = { from: addDays(filter.period.until, -REPEAT_ADDRESS.days), until: filter.period.until };
  const count = sql<number>`count(*)`.mapWith(Number);
  const hot = db
    .select({
      communityId: incidents.communityId,
      addressKey: incidents.addressKey,
      count: count.as("hot_count"),
      address: sql<string>`(array_agg(${incidents.address} order by ${incidents.occurredAt} desc))[1]`.as("hot_address"),
      placeId: max(incidents.placeId).as("hot_place_id"),
      last: sql<string>`to_char(max(${incidents.occurredAt}) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`.as("hot_last"),
    })
    .from(incidents)
    .where(and(incidentsInScope(user, filter), isNotNull(incidents.addressKey), within(incidents.occurredAt, range)))
    .groupBy(incidents.communityId, incidents.addressKey)
    .having(gte(count, REPEAT_ADDRESS.incidents))
    .as("hot");
  return db
    .select({
      communityName: communities.name,
      address: hot.address,
      placeId: hot.placeId,
      placeName: places.name,
      count: hot.count,
      lastDay: hot.last,
    })
    .from(hot)
    .innerJoin(communities, eq(communities.id, hot.communityId))
    .leftJoin(places, eq(places.id, hot.placeId))
    .orderBy(desc(hot.count), desc(hot.last), hot.address)
    .limit(REPEAT_ADDRESS_LIMIT);
}
