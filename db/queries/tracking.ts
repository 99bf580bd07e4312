import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { appointmentBookings, communities, requestEvents, requests, users, type AnsweredKind, type AppointmentBooking, type RequestKind } from "../schema";
import { notifyResidentUpdate } from "./notifications";
import { writeRequestStatus } from "./request-status";
import type { ResidentGrant } from "./resident-grant";
import { getResponseMinutes } from "./service-levels";

/** What the resident sees: status and the public timeline. Internal notes never leave this function. */
export async function getPublicTimeline(db: Db, grant: ResidentGrant) {
  const { requestId } = grant;
  const [request] = await db
    .select({
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      status: requests.status,
      createdAt: requests.createdAt,
      dueAt: requests.dueAt,
      firstResponseAt: requests.firstResponseAt,
      resolvedAt: requests.resolvedAt,
      rating: requests.rating,
      anonymous: requests.anonymous,
      // Whether the phone look-up can find it again (and an officer can call back): never the number itself.
      hasPhone: sql<boolean>`${requests.residentPhone} is not null`,
      // Set for a call for help that came outside office hours (it reached the duty officer too).
      dutyDay: requests.dutyDay,
      details: requests.details,
      body: requests.body,
      communityName: communities.name,
      officerName: users.name,
      officerTitle: users.title,
      bookingStatus: appointmentBookings.status,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .leftJoin(users, eq(users.id, requests.officerId))
    .leftJoin(appointmentBookings, eq(appointmentBookings.requestId, requests.id))
    .where(eq(requests.id, requestId));
  if (!request) return null;
  const events = await db
    .select({
      id: requestEvents.id,
      type: requestEvents.type,
      body: requestEvents.body,
      toStatus: requestEvents.toStatus,
      data: requestEvents.data,
      createdAt: requestEvents.createdAt,
      actorName: users.name,
    })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(
      and(
        eq(requestEvents.requestId, requestId),
        inArray(requestEvents.type, ["public_reply", "status_change", "resident_followup", "rating", "application_step", "delivery", "appointment"]),
      ),
    )
    .orderBy(asc(requestEvents.id));
  const reopenableUntil = request.resolvedAt && reopenable(request.kind) ? new Date(request.resolvedAt.getTime() + REOPEN_DAYS * 86_400_000) : null;
  return {
    ...request,
    events,
    reopenableUntil: reopenableUntil && reopenableUntil > new Date() ? reopenableUntil : null,
    ratable: request.status === "resolved" && request.rating === null && ratable(request.kind, request.bookingStatus),
  };
}

export type PublicTimeline = NonNullable<Awaited<ReturnType<typeof getPublicTimeline>>>;

/** A resolved request can be reopened by its resident (or by adding information) for this many days. */
export const REOPEN_DAYS = 7;

/**
 * A completed or refused application is decided, and a past or cancelled appointment is over: the resident
 * applies or books again rather than reopening it.
 */
function reopenable(kind: RequestKind): kind is Exclude<AnsweredKind, "application"> {
  return kind !== "application" && kind !== "appointment";
}

/** What there is to rate: the outcome, and for an appointment only the visit that took place (not a cancellation). */
function ratable(kind: RequestKind, booking: AppointmentBooking["status"] | null): boolean {
  return kind !== "appointment" || booking === "attended";
}

async function lockForResident(db: Db, requestId: string) {
  const [row] = await db
    .select({ kind: requests.kind, status: requests.status, resolvedAt: requests.resolvedAt, rating: requests.rating, bookingStatus: appointmentBookings.status })
    .from(requests)
    .leftJoin(appointmentBookings, eq(appointmentBookings.requestId, requests.id))
    .where(eq(requests.id, requestId))
    .for("update", { of: requests });
  if (!row) return null;
  const withinReopenWindow = reopenable(row.kind) && row.resolvedAt !== null && Date.now() - row.resolvedAt.getTime() < REOPEN_DAYS * 86_400_000;
  return { ...row, withinReopenWindow };
}

/**
 * The resident reopens a resolved request: it waits for an answer again, due within the kind's target from
 * now, and its rating is cleared so the resident rates the next outcome (the old one stays in the history:
 * the rating event, and the reopening's own event carries the score).
 */
async function reopen(db: Db, requestId: string, current: { kind: RequestKind; rating: number | null }) {
  if (!reopenable(current.kind)) throw new Error(`a ${current.kind} is never reopened`);
  const now = new Date();
  await writeRequestStatus(db, requestId, {
    from: "resolved",
    to: "in_progress",
    actorId: null,
    event: {
      type: "status_change",
      data: current.rating === null ? { reopened: "resident" } : { reopened: "resident", previousRating: String(current.rating) },
    },
    now,
    reopen: { dueAt: new Date(now.getTime() + (await getResponseMinutes(db, current.kind)) * 60_000) },
  });
}

export type ResidentChange = "ok" | "not_allowed";

/**
 * The resident adds information. On a resolved request this reopens it, within the reopen window; after it,
 * the request is closed for good (the resident starts a new one).
 */
export async function addResidentFollowUp(db: Db, grant: ResidentGrant, body: string): Promise<ResidentChange> {
  const { requestId } = grant;
  const current = await lockForResident(db, requestId);
  if (!current || (current.status === "resolved" && !current.withinReopenWindow)) return "not_allowed";
  await db.insert(requestEvents).values({ requestId, type: "resident_followup", body });
  if (current.status === "resolved") await reopen(db, requestId, current);
  else await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, requestId));
  await notifyResidentUpdate(db, grant, current.status === "resolved" ? "reopened" : "resident_update");
  return "ok";
}

/** The resident reopens a resolved request within the reopen window. */
export async function reopenByResident(db: Db, grant: ResidentGrant): Promise<ResidentChange> {
  const { requestId } = grant;
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || !current.withinReopenWindow) return "not_allowed";
  await reopen(db, requestId, current);
  await notifyResidentUpdate(db, grant, "reopened");
  return "ok";
}

/** The resident rates a resolved request, once (1–5, with an optional comment). */
export async function rateRequest(db: Db, grant: ResidentGrant, rating: number, comment: string): Promise<ResidentChange> {
  const { requestId } = grant;
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || current.rating !== null || !ratable(current.kind, current.bookingStatus)) return "not_allowed";
  await db
    .update(requests)
    .set({ rating, ratingComment: comment || null, ratedAt: new Date() })
    .where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({ requestId, type: "rating", body: comment || null });
  return "ok";
}
