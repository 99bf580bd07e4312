import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffUser } from "@/lib/authz";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { EXTENSION_MAX_DAYS, caseNumber, endOfDay, stationShortName } from "@/lib/mediation";
import type { Db } from "../client";
import {
  committeeMembers,
  mediationAgreements,
  mediationCases,
  mediationExtensions,
  mediationFollowUps,
  mediationSessions,
  requestEvents,
  stations,
  users,
  type AgreementForm,
  type ReferralRoute,
} from "../schema";
import { audit } from "./audit";
import { caseTarget } from "./mediation";
import { caseVisibleTo, mediationAccess } from "./mediation-scope";

/*
 * The work on a case once it is taken in: the rights-and-duties notice, sessions, an extension of the time
 * limit, the outcome, and the follow-ups. Everyone who may see a case may work on it (lib/authz/mediation.ts);
 * each change locks the case row, checks the case's state, and writes an audit row in the same transaction.
 */

export type CaseWork =
  | "ok"
  | "not_found"
  | "closed"
  | "notice_missing"
  | "no_session_held"
  | "session_not_found"
  | "already_held"
  | "in_future"
  | "before_acceptance"
  | "due_not_later"
  | "due_too_far"
  | "follow_up_not_found"
  | "not_agreed";

async function lockCase(db: Db, user: StaffUser, caseId: number) {
  const scope = await mediationAccess(db, user);
  const [row] = await db
    .select({
      id: mediationCases.id,
      status: mediationCases.status,
      acceptedAt: mediationCases.acceptedAt,
      dueAt: mediationCases.dueAt,
      noticeGivenOn: mediationCases.noticeGivenOn,
      requestId: mediationCases.requestId,
    })
    .from(mediationCases)
    .where(and(eq(mediationCases.id, caseId), caseVisibleTo(user, scope)))
    .for("update");
  return row ?? null;
}

/** The rights-and-duties notice (arts. 23, 24) given to the parties, who acknowledged it. */
export async function recordNotice(db: Db, user: StaffUser, caseId: number, givenOn: string, now = new Date()): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  if (givenOn > shanghaiDay(now)) return "in_future";
  if (givenOn < shanghaiDay(found.acceptedAt)) return "before_acceptance";
  await db.update(mediationCases).set({ noticeGivenOn: givenOn, noticeGivenById: user.id }).where(eq(mediationCases.id, caseId));
  await audit(db, user, "mediation.notice", caseTarget(caseId), { givenOn });
  return "ok";
}

export async function scheduleSession(db: Db, user: StaffUser, caseId: number, input: { scheduledAt: Date; placeText: string }): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  if (shanghaiDay(input.scheduledAt) < shanghaiDay(found.acceptedAt)) return "before_acceptance";
  const [session] = await db
    .insert(mediationSessions)
    .values({ caseId, scheduledAt: input.scheduledAt, placeText: input.placeText, createdById: user.id })
    .returning({ id: mediationSessions.id });
  await audit(db, user, "mediation.session_schedule", caseTarget(caseId), { sessionId: session!.id });
  return "ok";
}

/** A session held: who attended and its record (笔录). Only after the parties were given the notice. */
export async function recordSession(
  db: Db,
  user: StaffUser,
  caseId: number,
  input: { session: number; heldAt: Date; attendees: string; record: string },
  now = new Date(),
): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  if (!found.noticeGivenOn) return "notice_missing";
  if (input.heldAt > now) return "in_future";
  if (shanghaiDay(input.heldAt) < shanghaiDay(found.acceptedAt)) return "before_acceptance";
  const [session] = await db
    .select({ id: mediationSessions.id, heldAt: mediationSessions.heldAt })
    .from(mediationSessions)
    .where(and(eq(mediationSessions.id, input.session), eq(mediationSessions.caseId, caseId)));
  if (!session) return "session_not_found";
  if (session.heldAt) return "already_held";
  await db
    .update(mediationSessions)
    .set({ heldAt: input.heldAt, attendees: input.attendees, record: input.record, recordedById: user.id })
    .where(eq(mediationSessions.id, session.id));
  await audit(db, user, "mediation.session_record", caseTarget(caseId), { sessionId: session.id });
  return "ok";
}

/** A longer time limit, recorded with how both parties consented to it. */
export async function extendCase(
  db: Db,
  user: StaffUser,
  caseId: number,
  input: { newDueOn: string; reason: string; consent: string },
): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  const currentDay = shanghaiDay(found.dueAt);
  if (input.newDueOn <= currentDay) return "due_not_later";
  if (input.newDueOn > addDays(currentDay, EXTENSION_MAX_DAYS)) return "due_too_far";
  const newDueAt = endOfDay(input.newDueOn);
  await db.insert(mediationExtensions).values({
    caseId,
    previousDueAt: found.dueAt,
    newDueAt,
    reason: input.reason,
    consent: input.consent,
    recordedById: user.id,
  });
  await db.update(mediationCases).set({ dueAt: newDueAt }).where(eq(mediationCases.id, caseId));
  await audit(db, user, "mediation.extend", caseTarget(caseId), { from: found.dueAt.toISOString(), to: newDueAt.toISOString() });
  return "ok";
}

export interface AgreementInput {
  form: AgreementForm;
  agreedOn: string;
  facts: string;
  matters: string;
  responsibility: string;
  terms: string;
  performanceMethod: string;
  performanceDeadline: string;
  followUpOn: string;
}

/**
 * The agreement (written, art. 29, or oral, recorded by the mediator, art. 28): the case is agreed, its clock
 * stops, and its follow-up visit is scheduled. Only after the notice and at least one session held.
 */
export async function recordAgreement(db: Db, user: StaffUser, caseId: number, input: AgreementInput, now = new Date()): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  if (!found.noticeGivenOn) return "notice_missing";
  if (input.agreedOn > shanghaiDay(now)) return "in_future";
  if (input.agreedOn < shanghaiDay(found.acceptedAt)) return "before_acceptance";
  const [held] = await db
    .select({ id: mediationSessions.id })
    .from(mediationSessions)
    .where(and(eq(mediationSessions.caseId, caseId), sql`${mediationSessions.heldAt} is not null`))
    .limit(1);
  if (!held) return "no_session_held";
  const { followUpOn, ...agreement } = input;
  await db.insert(mediationAgreements).values({ ...agreement, caseId, recordedById: user.id });
  await db.insert(mediationFollowUps).values({ caseId, dueOn: followUpOn, createdById: user.id });
  await db.update(mediationCases).set({ status: "agreed", closedAt: now }).where(eq(mediationCases.id, caseId));
  if (found.requestId) await db.insert(requestEvents).values({ requestId: found.requestId, type: "mediation", actorId: user.id, data: { mediation: "agreed" } });
  await audit(db, user, "mediation.agreement", caseTarget(caseId), { form: input.form, agreedOn: input.agreedOn });
  return "ok";
}

/** No agreement: mediation ends (art. 26) and the parties are told where to turn, with the reason recorded. */
export async function recordNoAgreement(
  db: Db,
  user: StaffUser,
  caseId: number,
  input: { referredTo: ReferralRoute; reason: string },
  now = new Date(),
): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "in_mediation") return "closed";
  await db
    .update(mediationCases)
    .set({ status: "not_agreed", referredTo: input.referredTo, endReason: input.reason, closedAt: now })
    .where(eq(mediationCases.id, caseId));
  if (found.requestId) await db.insert(requestEvents).values({ requestId: found.requestId, type: "mediation", actorId: user.id, data: { mediation: "not_agreed" } });
  await audit(db, user, "mediation.no_agreement", caseTarget(caseId), { referredTo: input.referredTo });
  return "ok";
}

/** Another follow-up visit on an agreed case (a second look, or a first one moved). */
export async function scheduleFollowUp(db: Db, user: StaffUser, caseId: number, dueOn: string): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  if (found.status !== "agreed") return "not_agreed";
  if (dueOn < shanghaiDay(found.acceptedAt)) return "before_acceptance";
  const [added] = await db.insert(mediationFollowUps).values({ caseId, dueOn, createdById: user.id }).returning({ id: mediationFollowUps.id });
  await audit(db, user, "mediation.follow_up_schedule", caseTarget(caseId), { followUpId: added!.id, dueOn });
  return "ok";
}

export interface FollowUpInput {
  followUp: number;
  method: "visit" | "phone";
  performance: "performed" | "partly" | "not_performed";
  satisfaction: "satisfied" | "fairly_satisfied" | "dissatisfied";
  newConflict: boolean;
  escalationRisk: "none" | "low" | "high";
  actionTaken: string;
}

/** 回访 done: was the agreement performed, are the parties satisfied, is there a new conflict, what was done. */
export async function recordFollowUp(db: Db, user: StaffUser, caseId: number, input: FollowUpInput, now = new Date()): Promise<CaseWork> {
  const found = await lockCase(db, user, caseId);
  if (!found) return "not_found";
  const { followUp, ...result } = input;
  const [done] = await db
    .update(mediationFollowUps)
    .set({ ...result, doneAt: now, doneById: user.id })
    .where(and(eq(mediationFollowUps.id, followUp), eq(mediationFollowUps.caseId, caseId), isNull(mediationFollowUps.doneAt)))
    .returning({ id: mediationFollowUps.id });
  if (!done) return "follow_up_not_found";
  await audit(db, user, "mediation.follow_up", caseTarget(caseId), { followUpId: done.id, performance: input.performance, escalationRisk: input.escalationRisk });
  return "ok";
}

/**
 * Follow-ups not done whose day has passed, on the cases the user may see, oldest first: for the officer's
 * day page.
 */
export async function listOverdueFollowUps(db: Db, user: StaffUser, now: Date) {
  const scope = await mediationAccess(db, user);
  if (scope.kind === "none") return [];
  const lead = alias(committeeMembers, "lead");
  const rows = await db
    .select({
      followUpId: mediationFollowUps.id,
      caseId: mediationCases.id,
      dueOn: mediationFollowUps.dueOn,
      year: mediationCases.year,
      numberInYear: mediationCases.number,
      stationName: stations.name,
      stationShortName: stations.shortName,
      leadName: lead.name,
    })
    .from(mediationFollowUps)
    .innerJoin(mediationCases, eq(mediationCases.id, mediationFollowUps.caseId))
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .innerJoin(lead, eq(lead.id, mediationCases.leadMediatorId))
    .where(and(isNull(mediationFollowUps.doneAt), lt(mediationFollowUps.dueOn, shanghaiDay(now)), caseVisibleTo(user, scope)))
    .orderBy(asc(mediationFollowUps.dueOn), asc(mediationFollowUps.id));
  return rows.map(({ year, numberInYear, stationName, stationShortName: short, ...row }) => ({
    ...row,
    number: caseNumber(stationShortName({ name: stationName, shortName: short }), year, numberInYear),
  }));
}

export interface FollowUpReminder {
  followUpId: number;
  caseId: number;
  dueOn: string;
  /** The lead mediator's account, or (a lead without a login) the station chief's. */
  userId: number;
}

/**
 * The daily reminder job's work: every follow-up overdue at `now` and not yet reminded is marked reminded and
 * returned with whom to remind (the lead mediator, or the chief when the lead has no login). Each follow-up is
 * reminded once; the day page keeps listing it until it is done.
 */
export async function remindOverdueFollowUps(db: Db, now: Date): Promise<FollowUpReminder[]> {
  const lead = alias(committeeMembers, "lead");
  const chief = alias(users, "chief");
  const due = await db
    .select({
      followUpId: mediationFollowUps.id,
      caseId: mediationCases.id,
      dueOn: mediationFollowUps.dueOn,
      userId: sql<number | null>`coalesce(${users.id}, (select ${chief.id} from ${users} ${chief} where ${chief.stationId} = ${mediationCases.stationId} and ${chief.role} = 'chief' and ${chief.active} order by ${chief.id} limit 1))`,
    })
    .from(mediationFollowUps)
    .innerJoin(mediationCases, eq(mediationCases.id, mediationFollowUps.caseId))
    .innerJoin(lead, eq(lead.id, mediationCases.leadMediatorId))
    .leftJoin(users, and(eq(users.id, lead.userId), eq(users.active, true)))
    .where(and(isNull(mediationFollowUps.doneAt), isNull(mediationFollowUps.remindedAt), lt(mediationFollowUps.dueOn, shanghaiDay(now))))
    .orderBy(asc(mediationFollowUps.id))
    .for("update", { of: mediationFollowUps, skipLocked: true });
  if (due.length === 0) return [];
  await db
    .update(mediationFollowUps)
    .set({ remindedAt: now })
    .where(inArray(mediationFollowUps.id, due.map((d) => d.followUpId)));
  return due.filter((d): d is FollowUpReminder => d.userId !== null);
}
