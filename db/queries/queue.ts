import "server-only";
import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { requestScope, type StaffUser } from "@/lib/authz";
import { allowedMoves } from "@/lib/request-status";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { auditLog, communities, requestEvents, requests, users, type RequestStatus } from "../schema";

/** The WHERE clause that limits a staff member to the requests they may see (lib/authz.ts decides). */
function visibleTo(user: StaffUser): SQL {
  const scope = requestScope(user);
  if (scope.kind === "all") return sql`true`;
  if (scope.kind === "community") return eq(requests.communityId, scope.communityId);
  return sql`false`;
}

export const queueViews = ["open", "resolved", "all"] as const;
export type QueueView = (typeof queueViews)[number];

const PAGE_SIZE = 50;

/**
 * The queue: open requests nobody has answered yet come first, oldest first (they wait longest);
 * then the rest, newest first.
 */
export async function listQueue(
  db: Db,
  user: StaffUser,
  options: { view: QueueView; communityId?: number; page?: number },
) {
  const unanswered = sql`(${requests.status} <> 'resolved' and ${requests.firstResponseAt} is null)`;
  const conditions: SQL[] = [visibleTo(user)];
  if (options.view === "open") conditions.push(ne(requests.status, "resolved"));
  if (options.view === "resolved") conditions.push(eq(requests.status, "resolved"));
  if (options.communityId) conditions.push(eq(requests.communityId, options.communityId));
  const page = Math.max(1, options.page ?? 1);

  const rows = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      status: requests.status,
      body: sql<string>`left(${requests.body}, 80)`,
      createdAt: requests.createdAt,
      firstResponseAt: requests.firstResponseAt,
      communityName: communities.name,
      unanswered: sql<boolean>`${unanswered}`,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .where(and(...conditions))
    .orderBy(
      desc(unanswered),
      sql`case when ${unanswered} then ${requests.createdAt} end asc`,
      desc(requests.createdAt),
    )
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  return { rows: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE, page };
}

/** Communities a staff member may filter the queue by. */
export async function listVisibleCommunities(db: Db, user: StaffUser) {
  const scope = requestScope(user);
  if (scope.kind === "none") return [];
  return db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(scope.kind === "community" ? eq(communities.id, scope.communityId) : undefined)
    .orderBy(asc(communities.id));
}

/** One request with its whole timeline, internal notes included; null when missing or not the user's. */
export async function getRequestForStaff(db: Db, user: StaffUser, id: string) {
  if (!isUuid(id)) return null;
  const assignee = alias(users, "assignee");
  const [request] = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      status: requests.status,
      body: requests.body,
      residentName: requests.residentName,
      residentPhone: requests.residentPhone,
      createdAt: requests.createdAt,
      firstResponseAt: requests.firstResponseAt,
      resolvedAt: requests.resolvedAt,
      communityName: communities.name,
      assigneeName: assignee.name,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .leftJoin(assignee, eq(assignee.id, requests.assigneeId))
    .where(and(eq(requests.id, id), visibleTo(user)));
  if (!request) return null;
  const events = await db
    .select({
      id: requestEvents.id,
      type: requestEvents.type,
      body: requestEvents.body,
      fromStatus: requestEvents.fromStatus,
      toStatus: requestEvents.toStatus,
      createdAt: requestEvents.createdAt,
      actorName: users.name,
    })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.id));
  return { ...request, events };
}

export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

/** Locks the request row for the change (concurrent replies and status changes queue up). */
async function lockVisibleRequest(db: Db, user: StaffUser, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ id: requests.id, status: requests.status, firstResponseAt: requests.firstResponseAt })
    .from(requests)
    .where(and(eq(requests.id, id), visibleTo(user)))
    .for("update");
  return row ?? null;
}

/** A reply the resident sees. The first one sets the first-response time and starts the work. */
export async function replyToRequest(db: Db, user: StaffUser, id: string, body: string): Promise<boolean> {
  const request = await lockVisibleRequest(db, user, id);
  if (!request) return false;
  await db.insert(requestEvents).values({ requestId: id, type: "public_reply", actorId: user.id, body });
  if (request.status === "submitted") await recordStatusChange(db, user, id, "submitted", "in_progress");
  await db
    .update(requests)
    .set(request.firstResponseAt ? { updatedAt: new Date() } : { firstResponseAt: new Date() })
    .where(eq(requests.id, id));
  await audit(db, user, "request.reply", id);
  return true;
}

/** A note for colleagues only; never shown to the resident. */
export async function addInternalNote(db: Db, user: StaffUser, id: string, body: string): Promise<boolean> {
  const request = await lockVisibleRequest(db, user, id);
  if (!request) return false;
  await db.insert(requestEvents).values({ requestId: id, type: "internal_note", actorId: user.id, body });
  await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, id));
  return true;
}


export type StatusChange = "ok" | "not_found" | "not_allowed";

export async function changeRequestStatus(
  db: Db,
  user: StaffUser,
  id: string,
  to: RequestStatus,
): Promise<StatusChange> {
  const request = await lockVisibleRequest(db, user, id);
  if (!request) return "not_found";
  if (!allowedMoves[request.status].includes(to)) return "not_allowed";
  await recordStatusChange(db, user, id, request.status, to);
  await audit(db, user, "request.status", id, { from: request.status, to });
  return "ok";
}

async function recordStatusChange(db: Db, user: StaffUser, id: string, from: RequestStatus, to: RequestStatus) {
  await db.insert(requestEvents).values({ requestId: id, type: "status_change", actorId: user.id, fromStatus: from, toStatus: to });
  await db
    .update(requests)
    .set({ status: to, resolvedAt: to === "resolved" ? new Date() : null })
    .where(eq(requests.id, id));
}

async function audit(db: Db, user: StaffUser, action: string, requestId: string, details?: Record<string, unknown>) {
  await db.insert(auditLog).values({ actorId: user.id, action, targetType: "request", targetId: requestId, details });
}

