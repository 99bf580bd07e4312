import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import { urgentKinds } from "@/lib/request-kinds";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { careSubjects, communities, hazards, notifications, requests, users } from "../schema";
import { reachedOnDuty } from "./duty-roster";
import { inFieldWorkScope } from "./field-scope";
import { requestVisibleTo } from "./queue";
import type { ResidentGrant } from "./resident-grant";

/**
 * Writes the outbox rows for a request just stored: one for each active officer and auxiliary of its
 * community, and for a call for help also for the station's chief(s) and, outside office hours, for the
 * duty officers of its duty day. Call in the submission's transaction, so a request is never stored without
 * them (nor they without it).
 */
export async function notifyNewRequest(db: Db, requestId: string): Promise<void> {
  const recipients = await db
    .select({ userId: users.id })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .innerJoin(
      users,
      or(
        and(eq(users.communityId, requests.communityId), inArray(users.role, ["officer", "auxiliary"])),
        and(inArray(requests.kind, urgentKinds), eq(users.role, "chief"), eq(users.stationId, communities.stationId)),
        reachedOnDuty(users.id),
      ),
    )
    .where(and(eq(requests.id, requestId), eq(users.active, true)));
  if (recipients.length === 0) return;
  await db.insert(notifications).values(recipients.map(({ userId }) => ({ userId, requestId, kind: "new_request" })));
}

/**
 * What a notification is about: a new request, something the resident added, or a reopening; a hazard's
 * notice or deadline due, passed or escalated, a care visit overdue (the reminder jobs, server/jobs/).
 */
export const notificationKinds = [
  "new_request",
  "resident_update",
  "reopened",
  "hazard_notice_due",
  "hazard_deadline_soon",
  "hazard_overdue",
  "hazard_escalated",
  "care_visit_overdue",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/**
 * The resident added something to a request (information, an answer to a question, a delivery evening) or
 * reopened it: its assignee hears of it, or if it has none, its community's active officers and auxiliaries.
 * Call in the change's transaction.
 */
export async function notifyResidentUpdate(
  db: Db,
  { requestId }: ResidentGrant,
  kind: "resident_update" | "reopened" = "resident_update",
): Promise<void> {
  const recipients = await db
    .select({ userId: users.id })
    .from(requests)
    .innerJoin(
      users,
      sql`case when ${requests.assigneeId} is not null then ${users.id} = ${requests.assigneeId}
          else ${users.communityId} = ${requests.communityId} and ${users.role} in ('officer', 'auxiliary') end`,
    )
    .where(and(eq(requests.id, requestId), eq(users.active, true)));
  if (recipients.length === 0) return;
  await db.insert(notifications).values(recipients.map(({ userId }) => ({ userId, requestId, kind })));
}

/**
 * Notifications about what the user may still see: a request in their scope, or a hazard or care subject of
 * field work in their scope (on the left joins of requests, hazards and care subjects; one of them is there).
 */
function aboutVisibleTo(user: StaffUser): SQL {
  return or(requestVisibleTo(user), inFieldWorkScope(user, hazards.communityId), inFieldWorkScope(user, careSubjects.communityId))!;
}

/** How many of the user's notifications they have not read yet. */
export async function countUnread(db: Db, user: StaffUser): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .leftJoin(requests, eq(requests.id, notifications.requestId))
    .leftJoin(hazards, eq(hazards.id, notifications.hazardId))
    .leftJoin(careSubjects, eq(careSubjects.id, notifications.careSubjectId))
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt), aboutVisibleTo(user)));
  return row?.n ?? 0;
}

export const NOTIFICATIONS_PAGE_SIZE = 50;

/**
 * The user's notifications, newest first, about what they may still see (a request handed to another
 * community's staff drops out): what each is about, and whether it was read (opening the request, the hazard
 * or the care subject reads it).
 */
export async function listNotifications(db: Db, user: StaffUser, options: { page?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      requestId: requests.id,
      referenceCode: requests.referenceCode,
      requestKind: requests.kind,
      hazardId: hazards.id,
      careSubjectId: careSubjects.id,
      careSubjectName: careSubjects.name,
      communityName: communities.name,
    })
    .from(notifications)
    .leftJoin(requests, eq(requests.id, notifications.requestId))
    .leftJoin(hazards, eq(hazards.id, notifications.hazardId))
    .leftJoin(careSubjects, eq(careSubjects.id, notifications.careSubjectId))
    .innerJoin(communities, eq(communities.id, sql`coalesce(${requests.communityId}, ${hazards.communityId}, ${careSubjects.communityId})`))
    .where(and(eq(notifications.userId, user.id), aboutVisibleTo(user)))
    .orderBy(desc(notifications.createdAt), asc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE + 1)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE);
  return {
    rows: rows.slice(0, NOTIFICATIONS_PAGE_SIZE).map((row) => ({
      ...row,
      kind: (notificationKinds as readonly string[]).includes(row.kind) ? (row.kind as NotificationKind) : "resident_update",
    })),
    hasMore: rows.length > NOTIFICATIONS_PAGE_SIZE,
    page,
  };
}

/** The user opened the request: their notifications about it are read. Others' stay as they are. */
export async function markRequestRead(db: Db, user: StaffUser, requestId: string): Promise<void> {
  if (!isUuid(requestId)) return;
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), eq(notifications.requestId, requestId), isNull(notifications.readAt)));
}

export interface PendingNotification {
  id: string;
  userId: number;
  /** The request it is about; null for a hazard's or a care subject's reminder. */
  requestId: string | null;
  /** What a person can look it up by: the request's reference code, or hazard-<id> / care-<id>. */
  referenceCode: string;
  kind: string;
}

/**
 * The oldest undelivered notifications, locked until the transaction ends. Rows another instance holds
 * are skipped, not waited for, so two instances never deliver the same row. Call inside a transaction.
 */
export async function takeUndelivered(db: Db, limit: number): Promise<PendingNotification[]> {
  return db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      requestId: notifications.requestId,
      referenceCode: sql<string>`coalesce(${requests.referenceCode}, 'hazard-' || ${notifications.hazardId}, 'care-' || ${notifications.careSubjectId})`,
      kind: notifications.kind,
    })
    .from(notifications)
    .leftJoin(requests, eq(requests.id, notifications.requestId))
    .where(isNull(notifications.deliveredAt))
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(limit)
    .for("update", { of: notifications, skipLocked: true });
}

export async function markDelivered(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.update(notifications).set({ deliveredAt: new Date() }).where(inArray(notifications.id, ids));
}

/** The user opened a hazard or a care subject: their notifications (reminders) about it are read. */
export async function markFieldRead(db: Db, user: StaffUser, about: { hazardId: number } | { careSubjectId: number }): Promise<void> {
  const subject = "hazardId" in about ? eq(notifications.hazardId, about.hazardId) : eq(notifications.careSubjectId, about.careSubjectId);
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, user.id), subject, isNull(notifications.readAt)));
}
