import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { requestOrigins, requests, type RequestKind } from "../../schema";
import { inStatsScope, within, type StatsFilter } from "./filter";

/** How a request reached the portal: through a contact board's QR code, or any other way (a link, the community page). */
export const requestChannels = ["board", "web"] as const;
export type RequestChannel = (typeof requestChannels)[number];

export interface KindChannelRow {
  kind: RequestKind;
  channel: RequestChannel;
  count: number;
}

/** Requests that came in during the period, by kind and channel. */
export async function requestsByKind(db: Db, user: StaffUser, filter: StatsFilter): Promise<KindChannelRow[]> {
  const channel = sql<RequestChannel>`case when ${requestOrigins.requestId} is null then 'web' else 'board' end`;
  return db
    .select({ kind: requests.kind, channel, count: sql<number>`count(*)`.mapWith(Number) })
    .from(requests)
    .leftJoin(requestOrigins, eq(requestOrigins.requestId, requests.id))
    .where(and(inStatsScope(user, requests.communityId, filter), within(requests.createdAt, filter.period)))
    .groupBy(requests.kind, channel)
    .orderBy(asc(requests.kind), asc(channel));
}
