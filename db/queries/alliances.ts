import "server-only";
import { and, asc, count, desc, eq, gt, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canEditAlliances, seesAlliances, type StaffUser } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { maskContactPhone } from "@/lib/validation/contact-phone";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import {
  allianceActivities,
  allianceOrganisations,
  allianceReferrals,
  alliances,
  auditLog,
  requestEvents,
  requests,
  users,
  type AllianceActivityKind,
  type ReferralResult,
} from "../schema";
import { audit } from "./audit";
import { handOnRequest } from "./hand-on";
import { requestVisibleTo } from "./queue";

/** How long partners' contact phones stay shown after the audited reveal. */
export const CONTACT_REVEAL_MINUTES = 10;

const allianceTarget = (id: number) => ({ type: "alliance", id });

/** The station's alliances with their counts, and the referrals still being followed; null for anyone else. */
export async function listAlliances(db: Db, user: StaffUser) {
  if (!seesAlliances(user)) return null;
  const [rows, organisations, activities] = await Promise.all([
    db
      .select({ id: alliances.id, name: alliances.name, purpose: alliances.purpose, signedOn: alliances.signedOn })
      .from(alliances)
      .where(and(eq(alliances.stationId, user.stationId), eq(alliances.active, true)))
      .orderBy(asc(alliances.id)),
    db.select({ allianceId: allianceOrganisations.allianceId, n: count() }).from(allianceOrganisations).groupBy(allianceOrganisations.allianceId),
    db.select({ allianceId: allianceActivities.allianceId, n: count() }).from(allianceActivities).groupBy(allianceActivities.allianceId),
  ]);
  const countOf = (counts: { allianceId: number; n: number }[], id: number) => counts.find((c) => c.allianceId === id)?.n ?? 0;
  const listed = rows.map((a) => ({ ...a, organisations: countOf(organisations, a.id), activities: countOf(activities, a.id) }));
  return { alliances: listed, openReferrals: await listReferrals(db, user, { openOnly: true }) };
}

/** Referrals of the user's station (of one alliance, or still open), newest first. */
async function listReferrals(db: Db, user: StaffUser, filter: { openOnly?: boolean; allianceId?: number }) {
  const referredBy = alias(users, "referred_by");
  return db
    .select({
      id: allianceReferrals.id,
      allianceId: allianceOrganisations.allianceId,
      organisationName: allianceOrganisations.name,
      subject: allianceReferrals.subject,
      status: allianceReferrals.status,
      referredAt: allianceReferrals.referredAt,
      referredByName: referredBy.name,
      answer: allianceReferrals.answer,
      answeredBy: allianceReferrals.answeredBy,
      answeredAt: allianceReferrals.answeredAt,
      result: allianceReferrals.result,
      closingNote: allianceReferrals.closingNote,
      closedAt: allianceReferrals.closedAt,
      requestId: allianceReferrals.requestId,
      requestCode: requests.referenceCode,
    })
    .from(allianceReferrals)
    .innerJoin(allianceOrganisations, eq(allianceOrganisations.id, allianceReferrals.organisationId))
    .innerJoin(referredBy, eq(referredBy.id, allianceReferrals.referredById))
    .leftJoin(requests, eq(requests.id, allianceReferrals.requestId))
    .where(
      and(
        eq(allianceReferrals.stationId, user.stationId),
        filter.openOnly ? ne(allianceReferrals.status, "closed") : undefined,
        filter.allianceId !== undefined ? eq(allianceOrganisations.allianceId, filter.allianceId) : undefined,
      ),
    )
    .orderBy(desc(allianceReferrals.referredAt), desc(allianceReferrals.id))
    .limit(200);
}

/**
 * One alliance with its organisations, activities and referrals; null when missing, another station's, or
 * the user may not see alliances. Contact phones come masked; in full only with `revealContacts` after this
 * user's audited reveal of this alliance in the last CONTACT_REVEAL_MINUTES.
 */
export async function getAlliance(db: Db, user: StaffUser, id: string, options: { revealContacts?: boolean } = {}) {
  if (!seesAlliances(user) || !/^\d{1,9}$/.test(id)) return null;
  const allianceId = Number(id);
  const [alliance] = await db
    .select({ id: alliances.id, name: alliances.name, purpose: alliances.purpose, signedOn: alliances.signedOn })
    .from(alliances)
    .where(and(eq(alliances.id, allianceId), eq(alliances.stationId, user.stationId)));
  if (!alliance) return null;
  const [organisations, activities, referrals, revealed] = await Promise.all([
    db
      .select({
        id: allianceOrganisations.id,
        name: allianceOrganisations.name,
        contactName: allianceOrganisations.contactName,
        contactTitle: allianceOrganisations.contactTitle,
        contactPhone: allianceOrganisations.contactPhone,
      })
      .from(allianceOrganisations)
      .where(and(eq(allianceOrganisations.allianceId, allianceId), eq(allianceOrganisations.active, true)))
      .orderBy(asc(allianceOrganisations.id)),
    db
      .select({
        id: allianceActivities.id,
        kind: allianceActivities.kind,
        heldOn: allianceActivities.heldOn,
        title: allianceActivities.title,
        participants: allianceActivities.participants,
        outcome: allianceActivities.outcome,
      })
      .from(allianceActivities)
      .where(eq(allianceActivities.allianceId, allianceId))
      .orderBy(desc(allianceActivities.heldOn), desc(allianceActivities.id))
      .limit(100),
    listReferrals(db, user, { allianceId }),
    options.revealContacts ? revealedRecently(db, user, allianceId) : false,
  ]);
  return {
    ...alliance,
    organisations: organisations.map(({ contactPhone, ...o }) => ({
      ...o,
      phoneMasked: maskContactPhone(contactPhone),
      // Only set when revealed: the page cannot leak into its payload what it was never given.
      phoneFull: revealed ? contactPhone : null,
    })),
    activities,
    referrals,
  };
}

async function revealedRecently(db: Db, user: StaffUser, allianceId: number): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, user.id),
        eq(auditLog.action, "alliance.reveal_contacts"),
        eq(auditLog.targetType, "alliance"),
        eq(auditLog.targetId, String(allianceId)),
        gt(auditLog.createdAt, sql`now() - make_interval(mins => ${CONTACT_REVEAL_MINUTES})`),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/** The audited look at an alliance's contact phones (what lets getAlliance show them for a few minutes). */
export async function revealAllianceContacts(db: Db, user: StaffUser, allianceId: number): Promise<boolean> {
  if (!seesAlliances(user)) return false;
  const [found] = await db.select({ id: alliances.id }).from(alliances).where(and(eq(alliances.id, allianceId), eq(alliances.stationId, user.stationId)));
  if (!found) return false;
  await audit(db, user, "alliance.reveal_contacts", allianceTarget(allianceId));
  return true;
}

export type AllianceChange = "ok" | "not_found" | "not_allowed" | "unknown_request" | "unknown_organisation" | "not_awaiting" | "not_answered" | "in_future";

export async function addAlliance(db: Db, user: StaffUser, input: { name: string; purpose: string; signedOn: string }, now = new Date()): Promise<AllianceChange> {
  if (!canEditAlliances(user)) return "not_allowed";
  if (input.signedOn > shanghaiDay(now)) return "in_future";
  const [added] = await db.insert(alliances).values({ ...input, stationId: user.stationId }).returning({ id: alliances.id });
  await audit(db, user, "alliance.add", allianceTarget(added!.id));
  return "ok";
}

async function ownAlliance(db: Db, user: StaffUser, allianceId: number) {
  const [found] = await db.select({ id: alliances.id }).from(alliances).where(and(eq(alliances.id, allianceId), eq(alliances.stationId, user.stationId)));
  return found ?? null;
}

export async function addOrganisation(
  db: Db,
  user: StaffUser,
  input: { alliance: number; name: string; contactName: string; contactTitle: string | null; contactPhone: string },
): Promise<AllianceChange> {
  if (!seesAlliances(user) || !(await ownAlliance(db, user, input.alliance))) return "not_found";
  if (!canEditAlliances(user)) return "not_allowed";
  const { alliance, ...organisation } = input;
  const [added] = await db.insert(allianceOrganisations).values({ ...organisation, allianceId: alliance }).returning({ id: allianceOrganisations.id });
  await audit(db, user, "alliance.organisation_add", allianceTarget(alliance), { organisationId: added!.id });
  return "ok";
}

export async function addActivity(
  db: Db,
  user: StaffUser,
  input: { alliance: number; kind: AllianceActivityKind; heldOn: string; title: string; participants: string; outcome: string },
  now = new Date(),
): Promise<AllianceChange> {
  if (!seesAlliances(user) || !(await ownAlliance(db, user, input.alliance))) return "not_found";
  if (!canEditAlliances(user)) return "not_allowed";
  if (input.heldOn > shanghaiDay(now)) return "in_future";
  const { alliance, ...activity } = input;
  const [added] = await db.insert(allianceActivities).values({ ...activity, allianceId: alliance, createdById: user.id }).returning({ id: allianceActivities.id });
  await audit(db, user, "alliance.activity_add", allianceTarget(alliance), { activityId: added!.id });
  return "ok";
}

/** The station's active partner organisations a problem can be handed to, by alliance. */
export async function listReferrableOrganisations(db: Db, user: StaffUser) {
  if (!seesAlliances(user)) return [];
  return db
    .select({ id: allianceOrganisations.id, name: allianceOrganisations.name, allianceId: alliances.id, allianceName: alliances.name })
    .from(allianceOrganisations)
    .innerJoin(alliances, eq(alliances.id, allianceOrganisations.allianceId))
    .where(and(eq(alliances.stationId, user.stationId), eq(alliances.active, true), eq(allianceOrganisations.active, true)))
    .orderBy(asc(alliances.id), asc(allianceOrganisations.id));
}

/** The request a referral starts from, as the form shows it. Tips are never handed outside the police. */
export async function requestForReferral(db: Db, user: StaffUser, requestId: string) {
  if (!seesAlliances(user) || !isUuid(requestId)) return null;
  const [row] = await db
    .select({ id: requests.id, referenceCode: requests.referenceCode, body: requests.body })
    .from(requests)
    .where(and(eq(requests.id, requestId), requestVisibleTo(user), ne(requests.kind, "tip")));
  return row ?? null;
}

/**
 * Hands a resident's problem to a partner: the referral, an event on the request's timeline (the resident sees
 * to whom it went) which also counts as its answer, and an audit row.
 */
export async function referRequest(
  db: Db,
  user: StaffUser,
  input: { request: string; organisation: number; subject: string },
  now = new Date(),
): Promise<{ status: "ok"; allianceId: number } | { status: Exclude<AllianceChange, "ok"> }> {
  if (!seesAlliances(user)) return { status: "not_found" };
  const [request] = await db
    .select({ id: requests.id, status: requests.status })
    .from(requests)
    .where(and(eq(requests.id, input.request), requestVisibleTo(user), ne(requests.kind, "tip")))
    .for("update");
  if (!request) return { status: "unknown_request" };
  const organisation = (await listReferrableOrganisations(db, user)).find((o) => o.id === input.organisation);
  if (!organisation) return { status: "unknown_organisation" };
  const [added] = await db
    .insert(allianceReferrals)
    .values({ stationId: user.stationId, organisationId: organisation.id, requestId: request.id, subject: input.subject, referredById: user.id, referredAt: now })
    .returning({ id: allianceReferrals.id });
  await handOnRequest(db, user, request, { type: "referral", data: { referral: "sent", organisation: organisation.name } }, now);
  await audit(db, user, "alliance.refer", { type: "alliance_referral", id: added!.id }, { requestId: request.id, organisationId: organisation.id });
  return { status: "ok", allianceId: organisation.allianceId };
}

async function lockReferral(db: Db, user: StaffUser, referralId: number) {
  if (!seesAlliances(user)) return null;
  const [row] = await db
    .select({
      id: allianceReferrals.id,
      status: allianceReferrals.status,
      requestId: allianceReferrals.requestId,
      allianceId: allianceOrganisations.allianceId,
      organisationName: allianceOrganisations.name,
    })
    .from(allianceReferrals)
    .innerJoin(allianceOrganisations, eq(allianceOrganisations.id, allianceReferrals.organisationId))
    .where(and(eq(allianceReferrals.id, referralId), eq(allianceReferrals.stationId, user.stationId)))
    .for("update", { of: allianceReferrals });
  return row ?? null;
}

/** The partner's answer, recorded as they gave it; the resident's timeline says the partner answered. */
export async function answerReferral(
  db: Db,
  user: StaffUser,
  input: { referral: number; answer: string; answeredBy: string },
  now = new Date(),
): Promise<{ status: "ok"; allianceId: number } | { status: Exclude<AllianceChange, "ok"> }> {
  const referral = await lockReferral(db, user, input.referral);
  if (!referral) return { status: "not_found" };
  if (referral.status !== "awaiting_answer") return { status: "not_awaiting" };
  await db
    .update(allianceReferrals)
    .set({ status: "answered", answer: input.answer, answeredBy: input.answeredBy, answeredAt: now })
    .where(eq(allianceReferrals.id, referral.id));
  if (referral.requestId) {
    await db.insert(requestEvents).values({ requestId: referral.requestId, type: "referral", actorId: user.id, data: { referral: "answered", organisation: referral.organisationName } });
  }
  await audit(db, user, "alliance.referral_answer", { type: "alliance_referral", id: referral.id });
  return { status: "ok", allianceId: referral.allianceId };
}

/** The station checked the partner's answer (usually with the resident) and closes it with its result. */
export async function closeReferral(
  db: Db,
  user: StaffUser,
  input: { referral: number; result: ReferralResult; closingNote: string },
  now = new Date(),
): Promise<{ status: "ok"; allianceId: number } | { status: Exclude<AllianceChange, "ok"> }> {
  const referral = await lockReferral(db, user, input.referral);
  if (!referral) return { status: "not_found" };
  if (referral.status !== "answered") return { status: "not_answered" };
  await db
    .update(allianceReferrals)
    .set({ status: "closed", result: input.result, closingNote: input.closingNote, closedAt: now, closedById: user.id })
    .where(eq(allianceReferrals.id, referral.id));
  await audit(db, user, "alliance.referral_close", { type: "alliance_referral", id: referral.id }, { result: input.result });
  return { status: "ok", allianceId: referral.allianceId };
}

/** The referrals of one request (for its page). */
export async function listReferralsOfRequest(db: Db, user: StaffUser, requestId: string) {
  if (!seesAlliances(user) || !isUuid(requestId)) return [];
  return db
    .select({ id: allianceReferrals.id, status: allianceReferrals.status, allianceId: allianceOrganisations.allianceId, organisationName: allianceOrganisations.name })
    .from(allianceReferrals)
    .innerJoin(allianceOrganisations, eq(allianceOrganisations.id, allianceReferrals.organisationId))
    .where(and(eq(allianceReferrals.requestId, requestId), eq(allianceReferrals.stationId, user.stationId)))
    .orderBy(asc(allianceReferrals.id));
}

/** Every joint activity of the station's alliances, for the CSV export (newest first); null for anyone else. */
export async function exportActivities(db: Db, user: StaffUser) {
  if (!seesAlliances(user)) return null;
  return db
    .select({
      heldOn: allianceActivities.heldOn,
      alliance: alliances.name,
      kind: allianceActivities.kind,
      title: allianceActivities.title,
      participants: allianceActivities.participants,
      outcome: allianceActivities.outcome,
    })
    .from(allianceActivities)
    .innerJoin(alliances, eq(alliances.id, allianceActivities.allianceId))
    .where(eq(alliances.stationId, user.stationId))
    .orderBy(desc(allianceActivities.heldOn), desc(allianceActivities.id));
}
