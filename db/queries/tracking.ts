import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { hashTrackingSecret, isWellFormedSecret, normalizeReferenceCode } from "@/lib/codes";
import { equalHashes, keyedHash } from "@/lib/crypto";
import type { Db } from "../client";
import { appointmentBookings, communities, requestEvents, requests, users, type AnsweredKind, type AppointmentBooking, type RequestKind } from "../schema";
import { notifyResidentUpdate } from "./notifications";
import { getResponseMinutes } from "./service-levels";
import { firstLockedUntil, countAttempt, type ThrottleRule } from "./throttles";

/**
 * A phone ending is one of 10,000: guessing it is slowed per client and per reference code. The private link's
 * secret (256 random bits) and the grant cookie a look-up sets (signed by the server) cannot be guessed, so
 * they are never locked out: someone hammering a code with wrong endings or foreign secrets must not be able
 * to lock its resident out of their own request.
 */
export const TRACK_RULE_CLIENT: ThrottleRule = { maxAttempts: 20, windowMinutes: 15, lockMinutes: 15 };
export const TRACK_RULE_CODE: ThrottleRule = { maxAttempts: 10, windowMinutes: 60, lockMinutes: 60 };

/** How a resident proves the request is theirs: the secret of the private link, or a phone look-up's grant. */
export type TrackingProof = { secret: string } | { grantedCode: string };

export type TrackingAccess = { status: "ok"; requestId: string; referenceCode: string } | { status: "not_found" };

export type PhoneLookUp = TrackingAccess | { status: "locked"; until: Date };

/** Opens a resident's request with an unguessable proof. A wrong code, a wrong proof and a missing request look alike. */
export async function openTrackedRequest(db: Db, input: { code: string; proof: TrackingProof }): Promise<TrackingAccess> {
  const code = normalizeReferenceCode(input.code);
  const found = code ? await matchProof(db, code, input.proof) : null;
  return found ? { status: "ok", requestId: found, referenceCode: code! } : { status: "not_found" };
}

/**
 * Finds a request from its reference code and the last four digits of the phone given with it. A wrong code,
 * a wrong ending and a missing request all answer not_found; each failure is counted, and too many lock the
 * client and the code (for this look-up only).
 */
export async function lookUpByPhone(db: Db, input: { code: string; phoneLast4: string; clientAddress: string }): Promise<PhoneLookUp> {
  const code = normalizeReferenceCode(input.code);
  const clientKey = `track:client:${keyedHash("client", input.clientAddress)}`;
  const codeKey = code ? `track:code:${code}` : null;

  const until = await firstLockedUntil(db, codeKey ? [clientKey, codeKey] : [clientKey]);
  if (until) return { status: "locked", until };

  const found = code ? await matchPhone(db, code, input.phoneLast4) : null;
  if (found) return { status: "ok", requestId: found, referenceCode: code! };

  await countAttempt(db, clientKey, TRACK_RULE_CLIENT);
  if (codeKey) await countAttempt(db, codeKey, TRACK_RULE_CODE);
  return { status: "not_found" };
}

async function requestOfCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: requests.id, secretHash: requests.trackingSecretHash, phone: requests.residentPhone })
    .from(requests)
    .where(eq(requests.referenceCode, code));
  return row ?? null;
}

async function matchProof(db: Db, code: string, proof: TrackingProof): Promise<string | null> {
  if ("secret" in proof) {
    if (!isWellFormedSecret(proof.secret)) return null;
    const row = await requestOfCode(db, code);
    return row && equalHashes(row.secretHash, hashTrackingSecret(proof.secret)) ? row.id : null;
  }
  if (proof.grantedCode !== code) return null;
  return (await requestOfCode(db, code))?.id ?? null;
}

async function matchPhone(db: Db, code: string, phoneLast4: string): Promise<string | null> {
  if (!/^\d{4}$/.test(phoneLast4)) return null;
  const row = await requestOfCode(db, code);
  return row?.phone?.endsWith(phoneLast4) ? row.id : null;
}

/** What the resident sees: status and the public timeline. Internal notes never leave this function. */
export async function getPublicTimeline(db: Db, requestId: string) {
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
  const reopenDueAt = new Date(now.getTime() + (await getResponseMinutes(db, current.kind)) * 60_000);
  await db
    .update(requests)
    .set({ status: "in_progress", resolvedAt: null, reopenedAt: now, reopenDueAt, rating: null, ratingComment: null, ratedAt: null })
    .where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({
    requestId,
    type: "status_change",
    fromStatus: "resolved",
    toStatus: "in_progress",
    data: current.rating === null ? { reopened: "resident" } : { reopened: "resident", previousRating: String(current.rating) },
  });
}

export type ResidentChange = "ok" | "not_allowed";

/**
 * The resident adds information. On a resolved request this reopens it, within the reopen window; after it,
 * the request is closed for good (the resident starts a new one).
 */
export async function addResidentFollowUp(db: Db, requestId: string, body: string): Promise<ResidentChange> {
  const current = await lockForResident(db, requestId);
  if (!current || (current.status === "resolved" && !current.withinReopenWindow)) return "not_allowed";
  await db.insert(requestEvents).values({ requestId, type: "resident_followup", body });
  if (current.status === "resolved") await reopen(db, requestId, current);
  else await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, requestId));
  await notifyResidentUpdate(db, requestId, current.status === "resolved" ? "reopened" : "resident_update");
  return "ok";
}

/** The resident reopens a resolved request within the reopen window. */
export async function reopenByResident(db: Db, requestId: string): Promise<ResidentChange> {
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || !current.withinReopenWindow) return "not_allowed";
  await reopen(db, requestId, current);
  await notifyResidentUpdate(db, requestId, "reopened");
  return "ok";
}

/** The resident rates a resolved request, once (1–5, with an optional comment). */
export async function rateRequest(db: Db, requestId: string, rating: number, comment: string): Promise<ResidentChange> {
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || current.rating !== null || !ratable(current.kind, current.bookingStatus)) return "not_allowed";
  await db
    .update(requests)
    .set({ rating, ratingComment: comment || null, ratedAt: new Date() })
    .where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({ requestId, type: "rating", body: comment || null });
  return "ok";
}
