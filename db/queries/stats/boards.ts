import "server-only";
import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { boardScans, communities, contactBoards, requestOrigins, requests, users } from "../../schema";
import { inStatsScope, within, type StatsFilter } from "./filter";

export interface BoardFigures {
  boardId: string;
  location: string;
  officerName: string;
  communityName: string;
  scans: number;
  /** requests sent within the hour after a scan of this board (request_origins) */
  requests: number;
}

/** Per contact board of the communities in scope: its scans in the period and the requests that came through it. */
export async function boardFigures(db: Db, user: StaffUser, filter: StatsFilter): Promise<BoardFigures[]> {
  const boards = await db
    .select({ boardId: contactBoards.id, location: contactBoards.location, officerName: users.name, communityName: communities.name })
    .from(contactBoards)
    .innerJoin(users, eq(users.id, contactBoards.officerId))
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(inStatsScope(user, users.communityId, filter))
    .orderBy(asc(communities.id), asc(contactBoards.id));
  if (boards.length === 0) return [];
  const ids = boards.map((b) => b.boardId);
  const scans = await db
    .select({ boardId: boardScans.boardId, scans: sql<number>`sum(${boardScans.count})`.mapWith(Number) })
    .from(boardScans)
    .where(and(inArray(boardScans.boardId, ids), gte(boardScans.day, filter.period.from), lt(boardScans.day, filter.period.until)))
    .groupBy(boardScans.boardId);
  const sent = await db
    .select({ boardId: requestOrigins.boardId, requests: sql<number>`count(*)`.mapWith(Number) })
    .from(requestOrigins)
    .innerJoin(requests, eq(requests.id, requestOrigins.requestId))
    .where(and(inArray(requestOrigins.boardId, ids), within(requests.createdAt, filter.period)))
    .groupBy(requestOrigins.boardId);
  const scansBy = new Map(scans.map((s) => [s.boardId, s.scans]));
  const sentBy = new Map(sent.map((s) => [s.boardId, s.requests]));
  return boards.map((b) => ({ ...b, scans: scansBy.get(b.boardId) ?? 0, requests: sentBy.get(b.boardId) ?? 0 }));
}
