import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { hashTrackingSecret, isWellFormedSecret, normalizeReferenceCode } from "@/lib/codes";
import { equalHashes, keyedHash } from "@/lib/crypto";
import type { Db } from "../client";
import { communities, requestEvents, requests, users, type RequestKind } from "../schema";
import { notifyResidentUpdate } from "./notifications";
import { firstLockedUntil, countAttempt, type ThrottleRule } from "./throttles";

/** Guessing is slowed per client and per reference code (10,000 phone endings must not be tried in a day). */
export const TRACK_RULE_CLIENT: ThrottleRule = { maxAttempts: 20, windowMinutes: 15, lockMinutes: 15 };
export const TRACK_RULE_CODE: ThrottleRule = { maxAttempts: 10, windowMinutes: 60, lockMinutes: 60 };

/** How a resident proves the request is theirs: the secret of the private link, or a phone ending already checked. */
export type TrackingProof = { secret: string } | { phoneLast4: string } | { grantedCode: string };

export type TrackingAccess =
  | { status: "ok"; requestId: string; referenceCode: string }
  | { status: "not_found" }
  | { status: "locked"; until: Date };

/**
 * Finds a resident's request from a reference code and a proof. A wrong code, a wrong proof and a missing
 * request all answer not_found; each failure is counted and too many lock the client and the code.
 */
export async function openTrackedRequest(
  db: Db,
  input: { code: string; proof: TrackingProof; clientAddress: string },
): Promise<TrackingAccess> {
  const code = normalizeReferenceCode(input.code);
  const clientKey = `track:client:${keyedHash("client", input.clientAddress)}`;
  const codeKey = code ? `track:code:${code}` : null;

  const until = await firstLockedUntil(db, codeKey ? [clientKey, codeKey] : [clientKey]);
  if (until) return { status: "locked", until };

  const found = code ? await matchProof(db, code, input.proof) : null;
  if (found) return { status: "ok", requestId: found, referenceCode: code! };

  await countAttempt(db, clientKey, TRACK_RULE_CLIENT);
  if (codeKey) await countAttempt(db, codeKey, TRACK_RULE_CODE);
  return { status: "not_found" };
}

async function matchProof(db: Db, code: string, proof: TrackingProof): Promise<string | null> {
  const [row] = await db
    .select({ id: requests.id, secretHash: requests.trackingSecretHash, phone: requests.residentPhone })
    .from(requests)
    .where(eq(requests.referenceCode, code));
  if ("secret" in proof) {
    if (!isWellFormedSecret(proof.secret)) return null;
    const given = hashTrackingSecret(proof.secret);
    return row && equalHashes(row.secretHash, given) ? row.id : null;
  }
  if ("phoneLast4" in proof) {
    return row?.phone && /^\d{4}$/.test(proof.phoneLast4) && row.phone.endsWith(proof.phoneLast4) ? row.id : null;
  }
  return row && proof.grantedCode === code ? row.id : null;
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
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .leftJoin(users, eq(users.id, requests.officerId))
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
        inArray(requestEvents.type, ["public_reply", "status_change", "resident_followup", "rating", "application_step", "delivery"]),
      ),
    )
    .orderBy(asc(requestEvents.id));
  const reopenableUntil = request.resolvedAt && reopenable(request.kind) ? new Date(request.resolvedAt.getTime() + REOPEN_DAYS * 86_400_000) : null;
  return { ...request, events, reopenableUntil: reopenableUntil && reopenableUntil > new Date() ? reopenableUntil : null };
}

export type PublicTimeline = NonNullable<Awaited<ReturnType<typeof getPublicTimeline>>>;

/** A resolved request can be reopened by its resident (or by adding information) for this many days. */
export const REOPEN_DAYS = 7;

/** A completed or refused application is decided: the resident applies again rather than reopening it. */
function reopenable(kind: RequestKind): boolean {
  return kind !== "application";
}

async function lockForResident(db: Db, requestId: string) {
  const [row] = await db
    .select({ kind: requests.kind, status: requests.status, resolvedAt: requests.resolvedAt, rating: requests.rating })
    .from(requests)
    .where(eq(requests.id, requestId))
    .for("update");
  if (!row) return null;
  const withinReopenWindow = reopenable(row.kind) && row.resolvedAt !== null && Date.now() - row.resolvedAt.getTime() < REOPEN_DAYS * 86_400_000;
  return { ...row, withinReopenWindow };
}

async function reopen(db: Db, requestId: string) {
  await db.update(requests).set({ status: "in_progress", resolvedAt: null }).where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({ requestId, type: "status_change", fromStatus: "resolved", toStatus: "in_progress" });
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
  if (current.status === "resolved") await reopen(db, requestId);
  else await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, requestId));
  await notifyResidentUpdate(db, requestId);
  return "ok";
}

/** The resident reopens a resolved request within the reopen window. */
export async function reopenByResident(db: Db, requestId: string): Promise<ResidentChange> {
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || !current.withinReopenWindow) return "not_allowed";
  await reopen(db, requestId);
  return "ok";
}

/** The resident rates a resolved request, once (1–5, with an optional comment). */
export async function rateRequest(db: Db, requestId: string, rating: number, comment: string): Promise<ResidentChange> {
  const current = await lockForResident(db, requestId);
  if (!current || current.status !== "resolved" || current.rating !== null) return "not_allowed";
  await db
    .update(requests)
    .set({ rating, ratingComment: comment || null, ratedAt: new Date() })
    .where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({ requestId, type: "rating", body: comment || null });
  return "ok";
}
