import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canTakeInCases, seatedRoles, type MediationScope, type StaffUser } from "@/lib/authz";
import { caseNumber, caseYear, mediationDueAt, stationShortName } from "@/lib/mediation";
import { maskContactPhone } from "@/lib/validation/contact-phone";
import type { IntakeInput } from "@/lib/validation/mediation-forms";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import {
  auditLog,
  committeeMembers,
  communities,
  mediationAgreements,
  mediationCaseCounters,
  mediationCases,
  mediationExtensions,
  mediationFollowUps,
  mediationParties,
  mediationSessions,
  places,
  requests,
  stations,
  users,
  type MediationStatus,
  type PerformanceState,
  type RequestStatus,
} from "../schema";
import { audit } from "./audit";
import { caseVisibleTo, mediationAccess } from "./mediation-scope";
import { handOnRequest } from "./hand-on";
import { requestVisibleTo } from "./queue";
import type { ResidentGrant } from "./resident-grant";

/** How long a party's phone stays shown after the audited reveal (as a request's phone does). */
export const PARTY_PHONE_REVEAL_MINUTES = 10;

export const caseTarget = (id: number) => ({ type: "mediation_case", id });

/** What a case number is made of (lib/mediation.ts writes it): select these, then numbered(). */
const numberColumns = {
  year: mediationCases.year,
  numberInYear: mediationCases.number,
  stationName: stations.name,
  stationShortName: stations.shortName,
};

function numbered<R extends { year: number; numberInYear: number; stationName: string; stationShortName: string | null }>(row: R) {
  const { numberInYear, stationName, stationShortName: short, ...rest } = row;
  return { ...rest, number: caseNumber(stationShortName({ name: stationName, shortName: short }), row.year, numberInYear) };
}

/**
 * The next case number of the station's year, taken in the intake's own transaction: the counter row's lock
 * makes concurrent intakes take turns, and a rolled-back intake gives its number back. No gaps, no repeats.
 */
export async function takeCaseNumber(db: Db, stationId: number, year: number): Promise<number> {
  const [row] = await db
    .insert(mediationCaseCounters)
    .values({ stationId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [mediationCaseCounters.stationId, mediationCaseCounters.year],
      set: { lastNumber: sql`${mediationCaseCounters.lastNumber} + 1` },
    })
    .returning({ number: mediationCaseCounters.lastNumber });
  return row!.number;
}

/** What the intake form offers: the station's communities, places and active members. Empty when not allowed. */
export async function intakeChoices(db: Db, user: StaffUser) {
  if (!canTakeInCases(await mediationAccess(db, user))) return null;
  const [communityRows, placeRows, members] = await Promise.all([
    db.select({ id: communities.id, name: communities.name }).from(communities).where(eq(communities.stationId, user.stationId)).orderBy(asc(communities.id)),
    db
      .select({ id: places.id, name: places.name, communityId: places.communityId })
      .from(places)
      .innerJoin(communities, eq(communities.id, places.communityId))
      .where(and(eq(communities.stationId, user.stationId), eq(places.active, true), inArray(places.kind, ["compound", "work_unit", "public_place"])))
      .orderBy(asc(places.communityId), asc(places.name)),
    listActiveMembers(db, user.stationId),
  ]);
  return { communities: communityRows, places: placeRows, members };
}

function listActiveMembers(db: Db, stationId: number) {
  return db
    .select({ id: committeeMembers.id, name: committeeMembers.name, kind: committeeMembers.kind })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.stationId, stationId), eq(committeeMembers.active, true)))
    .orderBy(asc(committeeMembers.kind), asc(committeeMembers.id));
}

/** The request an intake starts from, as the form shows it (its phone only masked). Null when not the user's. */
export async function requestForIntake(db: Db, user: StaffUser, requestId: string) {
  if (!isUuid(requestId)) return null;
  const [row] = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      body: requests.body,
      communityId: requests.communityId,
      residentName: requests.residentName,
      residentPhone: requests.residentPhone,
      caseId: mediationCases.id,
    })
    .from(requests)
    .leftJoin(mediationCases, eq(mediationCases.requestId, requests.id))
    .where(and(eq(requests.id, requestId), requestVisibleTo(user), sql`${requests.kind} <> 'tip'`));
  if (!row) return null;
  const { residentPhone, ...request } = row;
  return { ...request, phoneMasked: residentPhone ? maskContactPhone(residentPhone) : null };
}

export type Intake =
  | { status: "ok"; caseId: number }
  | { status: "not_allowed" | "unknown_request" | "already_taken" | "unknown_community" | "unknown_place" | "unknown_mediator" };

/**
 * Takes a dispute into mediation: the case with its number, its parties, its mediators and its one-month
 * limit, in one transaction with an audit row. From a resident's request, the request's timeline says so (the
 * resident sees it) and counts as its answer; the first party's phone, left empty, is the request's.
 */
export async function takeInCase(db: Db, user: StaffUser, input: IntakeInput, now = new Date()): Promise<Intake> {
  if (!canTakeInCases(await mediationAccess(db, user))) return { status: "not_allowed" };

  let request: { id: string; status: RequestStatus; communityId: number; residentPhone: string | null } | undefined;
  if (input.request) {
    [request] = await db
      .select({
        id: requests.id,
        status: requests.status,
        communityId: requests.communityId,
        residentPhone: requests.residentPhone,
      })
      .from(requests)
      .where(and(eq(requests.id, input.request), requestVisibleTo(user), sql`${requests.kind} <> 'tip'`))
      .for("update");
    if (!request) return { status: "unknown_request" };
    const [taken] = await db.select({ id: mediationCases.id }).from(mediationCases).where(eq(mediationCases.requestId, request.id));
    if (taken) return { status: "already_taken" };
  }
  const communityId = request?.communityId ?? input.community;
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.id, communityId), eq(communities.stationId, user.stationId)));
  if (!community) return { status: "unknown_community" };
  if (input.place !== null) {
    const [place] = await db.select({ id: places.id }).from(places).where(and(eq(places.id, input.place), eq(places.communityId, communityId)));
    if (!place) return { status: "unknown_place" };
  }
  const chosen = [input.mediators.lead, input.mediators.second, input.mediators.third].filter((m): m is number => m !== null);
  const found = await db
    .select({ id: committeeMembers.id })
    .from(committeeMembers)
    .where(and(inArray(committeeMembers.id, chosen), eq(committeeMembers.stationId, user.stationId), eq(committeeMembers.active, true)));
  if (found.length !== chosen.length) return { status: "unknown_mediator" };

  const year = caseYear(now);
  const number = await takeCaseNumber(db, user.stationId, year);
  const [created] = await db
    .insert(mediationCases)
    .values({
      stationId: user.stationId,
      communityId,
      year,
      number,
      source: request ? "resident_request" : input.source,
      requestId: request?.id ?? null,
      disputeType: input.disputeType,
      summary: input.summary,
      placeId: input.place,
      placeText: input.placeText,
      leadMediatorId: input.mediators.lead,
      secondMediatorId: input.mediators.second,
      thirdMediatorId: input.mediators.third,
      acceptedAt: now,
      dueAt: mediationDueAt(now),
      createdById: user.id,
    })
    .returning({ id: mediationCases.id });
  const caseId = created!.id;
  await db.insert(mediationParties).values(
    input.parties.map((party, index) => ({
      ...party,
      caseId,
      position: index + 1,
      phone: party.phone ?? (index === 0 && request ? request.residentPhone : null),
    })),
  );

  if (request) {
    const [station] = await db.select({ name: stations.name, shortName: stations.shortName }).from(stations).where(eq(stations.id, user.stationId));
    const numberText = caseNumber(stationShortName(station!), year, number);
    await handOnRequest(db, user, request, { type: "mediation", data: { mediation: "accepted", caseNumber: numberText } }, now);
  }
  await audit(db, user, "mediation.take_in", caseTarget(caseId), { year, number, source: request ? "resident_request" : input.source, requestId: request?.id });
  return { status: "ok", caseId };
}

const PAGE_SIZE = 30;

/**
 * The cases the user may see, newest first, with their parties' names and lead mediator; null when the user
 * may see none (the page is then not found).
 */
export async function listCases(db: Db, user: StaffUser, filters: { status?: MediationStatus; year?: number; page: number }) {
  const scope = await mediationAccess(db, user);
  if (scope.kind === "none") return null;
  const conditions: SQL[] = [caseVisibleTo(user, scope)];
  if (filters.status) conditions.push(eq(mediationCases.status, filters.status));
  if (filters.year) conditions.push(eq(mediationCases.year, filters.year));
  const [lead, second, third] = [alias(committeeMembers, "lead"), alias(committeeMembers, "second"), alias(committeeMembers, "third")];
  const rows = await db
    .select({
      id: mediationCases.id,
      ...numberColumns,
      disputeType: mediationCases.disputeType,
      status: mediationCases.status,
      acceptedAt: mediationCases.acceptedAt,
      dueAt: mediationCases.dueAt,
      communityName: communities.name,
      leadName: lead.name,
      secondName: second.name,
      thirdName: third.name,
      parties: sql<string>`(select string_agg(${mediationParties.name}, '、' order by ${mediationParties.position}) from ${mediationParties} where ${mediationParties.caseId} = ${mediationCases.id})`,
    })
    .from(mediationCases)
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .innerJoin(communities, eq(communities.id, mediationCases.communityId))
    .innerJoin(lead, eq(lead.id, mediationCases.leadMediatorId))
    .leftJoin(second, eq(second.id, mediationCases.secondMediatorId))
    .leftJoin(third, eq(third.id, mediationCases.thirdMediatorId))
    .where(and(...conditions))
    .orderBy(desc(mediationCases.year), desc(mediationCases.number))
    .limit(PAGE_SIZE + 1)
    .offset((filters.page - 1) * PAGE_SIZE);
  const years = await db
    .selectDistinct({ year: mediationCases.year })
    .from(mediationCases)
    .where(caseVisibleTo(user, scope))
    .orderBy(desc(mediationCases.year));
  return { rows: rows.slice(0, PAGE_SIZE).map(numbered), hasMore: rows.length > PAGE_SIZE, scope, years: years.map((y) => y.year) };
}

/** Every case the user may see, for the CSV export (oldest first); null when they may see none. */
export async function exportCases(db: Db, user: StaffUser) {
  const scope = await mediationAccess(db, user);
  if (scope.kind === "none") return null;
  const lead = alias(committeeMembers, "lead");
  const rows = await db
    .select({
      ...numberColumns,
      source: mediationCases.source,
      disputeType: mediationCases.disputeType,
      status: mediationCases.status,
      communityName: communities.name,
      leadName: lead.name,
      acceptedAt: mediationCases.acceptedAt,
      closedAt: mediationCases.closedAt,
      agreementForm: mediationAgreements.form,
      agreedOn: mediationAgreements.agreedOn,
      referredTo: mediationCases.referredTo,
      parties: sql<string>`(select string_agg(${mediationParties.name}, '、' order by ${mediationParties.position}) from ${mediationParties} where ${mediationParties.caseId} = ${mediationCases.id})`,
      followUpPerformance: sql<PerformanceState | null>`(select ${mediationFollowUps.performance} from ${mediationFollowUps} where ${mediationFollowUps.caseId} = ${mediationCases.id} and ${mediationFollowUps.doneAt} is not null order by ${mediationFollowUps.doneAt} desc limit 1)`,
    })
    .from(mediationCases)
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .innerJoin(communities, eq(communities.id, mediationCases.communityId))
    .innerJoin(lead, eq(lead.id, mediationCases.leadMediatorId))
    .leftJoin(mediationAgreements, eq(mediationAgreements.caseId, mediationCases.id))
    .where(caseVisibleTo(user, scope))
    .orderBy(asc(mediationCases.year), asc(mediationCases.number));
  return rows.map(numbered);
}

/**
 * One case with everything its page, its agreement and its case file show; null when missing or not the
 * user's. Parties' phones come masked; in full only with `revealPhones` and for the parties this user
 * revealed (an audit row) in the last PARTY_PHONE_REVEAL_MINUTES.
 */
export async function getCase(db: Db, user: StaffUser, id: number | string, options: { revealPhones?: boolean; now?: Date } = {}) {
  const caseId = typeof id === "number" ? id : /^\d{1,9}$/.test(id) ? Number(id) : null;
  if (caseId === null) return null;
  const scope = await mediationAccess(db, user);
  const [lead, second, third] = [alias(committeeMembers, "lead"), alias(committeeMembers, "second"), alias(committeeMembers, "third")];
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      id: mediationCases.id,
      ...numberColumns,
      source: mediationCases.source,
      disputeType: mediationCases.disputeType,
      summary: mediationCases.summary,
      status: mediationCases.status,
      communityName: communities.name,
      placeName: places.name,
      placeText: mediationCases.placeText,
      acceptedAt: mediationCases.acceptedAt,
      dueAt: mediationCases.dueAt,
      noticeGivenOn: mediationCases.noticeGivenOn,
      closedAt: mediationCases.closedAt,
      referredTo: mediationCases.referredTo,
      endReason: mediationCases.endReason,
      createdByName: creator.name,
      lead: { id: lead.id, name: lead.name, kind: lead.kind, affiliation: lead.affiliation },
      secondName: second.name,
      thirdName: third.name,
      requestId: requests.id,
      requestCode: requests.referenceCode,
      requestBody: requests.body,
      requestCreatedAt: requests.createdAt,
    })
    .from(mediationCases)
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .innerJoin(communities, eq(communities.id, mediationCases.communityId))
    .innerJoin(lead, eq(lead.id, mediationCases.leadMediatorId))
    .innerJoin(creator, eq(creator.id, mediationCases.createdById))
    .leftJoin(second, eq(second.id, mediationCases.secondMediatorId))
    .leftJoin(third, eq(third.id, mediationCases.thirdMediatorId))
    .leftJoin(places, eq(places.id, mediationCases.placeId))
    .leftJoin(requests, eq(requests.id, mediationCases.requestId))
    .where(and(eq(mediationCases.id, caseId), caseVisibleTo(user, scope)));
  if (!row) return null;

  const [partyRows, sessions, extensions, agreementRows, followUps] = await Promise.all([
    db.select().from(mediationParties).where(eq(mediationParties.caseId, caseId)).orderBy(asc(mediationParties.position)),
    db
      .select({
        id: mediationSessions.id,
        scheduledAt: mediationSessions.scheduledAt,
        placeText: mediationSessions.placeText,
        heldAt: mediationSessions.heldAt,
        attendees: mediationSessions.attendees,
        record: mediationSessions.record,
        recordedByName: users.name,
      })
      .from(mediationSessions)
      .leftJoin(users, eq(users.id, mediationSessions.recordedById))
      .where(eq(mediationSessions.caseId, caseId))
      .orderBy(asc(mediationSessions.scheduledAt), asc(mediationSessions.id)),
    db
      .select({
        id: mediationExtensions.id,
        previousDueAt: mediationExtensions.previousDueAt,
        newDueAt: mediationExtensions.newDueAt,
        reason: mediationExtensions.reason,
        consent: mediationExtensions.consent,
        recordedByName: users.name,
        createdAt: mediationExtensions.createdAt,
      })
      .from(mediationExtensions)
      .innerJoin(users, eq(users.id, mediationExtensions.recordedById))
      .where(eq(mediationExtensions.caseId, caseId))
      .orderBy(asc(mediationExtensions.id)),
    db
      .select({
        form: mediationAgreements.form,
        facts: mediationAgreements.facts,
        matters: mediationAgreements.matters,
        responsibility: mediationAgreements.responsibility,
        terms: mediationAgreements.terms,
        performanceMethod: mediationAgreements.performanceMethod,
        performanceDeadline: mediationAgreements.performanceDeadline,
        agreedOn: mediationAgreements.agreedOn,
        recordedByName: users.name,
      })
      .from(mediationAgreements)
      .innerJoin(users, eq(users.id, mediationAgreements.recordedById))
      .where(eq(mediationAgreements.caseId, caseId)),
    db
      .select({
        id: mediationFollowUps.id,
        dueOn: mediationFollowUps.dueOn,
        doneAt: mediationFollowUps.doneAt,
        method: mediationFollowUps.method,
        performance: mediationFollowUps.performance,
        satisfaction: mediationFollowUps.satisfaction,
        newConflict: mediationFollowUps.newConflict,
        escalationRisk: mediationFollowUps.escalationRisk,
        actionTaken: mediationFollowUps.actionTaken,
        doneByName: users.name,
      })
      .from(mediationFollowUps)
      .leftJoin(users, eq(users.id, mediationFollowUps.doneById))
      .where(eq(mediationFollowUps.caseId, caseId))
      .orderBy(asc(mediationFollowUps.dueOn), asc(mediationFollowUps.id)),
  ]);
  const revealed = options.revealPhones
    ? await revealedParties(db, user, partyRows.filter((p) => p.phone).map((p) => p.id), options.now ?? new Date())
    : new Set<number>();
  const parties = partyRows.map(({ phone, ...party }) => ({
    id: party.id,
    position: party.position,
    side: party.side,
    kind: party.kind,
    name: party.name,
    sex: party.sex,
    age: party.age,
    representative: party.representative,
    address: party.address,
    hasPhone: phone !== null,
    phoneMasked: phone ? maskContactPhone(phone) : null,
    // Only set when revealed: the page cannot show (or leak into its payload) what it was never given.
    phoneFull: phone && revealed.has(party.id) ? phone : null,
  }));
  return {
    ...numbered(row),
    stationName: row.stationName,
    mediators: [row.lead.name, row.secondName, row.thirdName].filter((n): n is string => n !== null),
    parties,
    sessions,
    extensions,
    agreement: agreementRows[0] ?? null,
    followUps,
  };
}

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof getCase>>>;

/** Of these parties, the ones whose phone this user revealed (audited) in the last few minutes. */
async function revealedParties(db: Db, user: StaffUser, partyIds: number[], now: Date): Promise<Set<number>> {
  if (partyIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: auditLog.targetId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, user.id),
        eq(auditLog.action, "mediation.reveal_party_phone"),
        eq(auditLog.targetType, "mediation_party"),
        inArray(auditLog.targetId, partyIds.map(String)),
        gt(auditLog.createdAt, new Date(now.getTime() - PARTY_PHONE_REVEAL_MINUTES * 60_000)),
      ),
    );
  return new Set(rows.map((r) => Number(r.id)));
}

/**
 * A staff member who may see the case asks for a party's full phone: written to the audit log, which is what
 * lets getCase show it for a few minutes. False when the case is not theirs or the party has no phone.
 */
export async function revealPartyPhone(db: Db, user: StaffUser, caseId: number, partyId: number): Promise<boolean> {
  const scope = await mediationAccess(db, user);
  const [party] = await db
    .select({ id: mediationParties.id })
    .from(mediationParties)
    .innerJoin(mediationCases, eq(mediationCases.id, mediationParties.caseId))
    .where(and(eq(mediationParties.id, partyId), eq(mediationCases.id, caseId), caseVisibleTo(user, scope), isNotNull(mediationParties.phone)));
  if (!party) return false;
  await audit(db, user, "mediation.reveal_party_phone", { type: "mediation_party", id: partyId }, { caseId });
  return true;
}

/** The case a resident's request went to, as its tracking page says it: the number and how it stands. */
export async function mediationOfRequest(db: Db, grant: ResidentGrant) {
  const [row] = await db
    .select({ ...numberColumns, status: mediationCases.status })
    .from(mediationCases)
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .where(eq(mediationCases.requestId, grant.requestId));
  if (!row) return null;
  const { number, status } = numbered(row);
  return { number, status };
}

/**
 * For the request page: the case the request went to, when the user may see it, and whether the user may
 * take the request into mediation.
 */
export async function caseOfRequestFor(db: Db, user: StaffUser, requestId: string) {
  const scope = await mediationAccess(db, user);
  if (scope.kind === "none" || !isUuid(requestId)) return { caseId: null, number: null, canTakeIn: false };
  const [row] = await db
    .select({ id: mediationCases.id, ...numberColumns })
    .from(mediationCases)
    .innerJoin(stations, eq(stations.id, mediationCases.stationId))
    .where(and(eq(mediationCases.requestId, requestId), caseVisibleTo(user, scope)));
  const [taken] = row ? [row] : await db.select({ id: mediationCases.id }).from(mediationCases).where(eq(mediationCases.requestId, requestId));
  return { caseId: row?.id ?? null, number: row ? numbered(row).number : null, canTakeIn: !taken && canTakeInCases(scope) };
}

/** The committee's members (all of them, for the committee page), with their login and case counts. */
export async function listCommittee(db: Db, user: StaffUser, scope: MediationScope) {
  if (scope.kind !== "station") return null;
  const open = sql<number>`(select count(*) from ${mediationCases} where ${mediationCases.status} = 'in_mediation' and ${committeeMembers.id} in (${mediationCases.leadMediatorId}, ${mediationCases.secondMediatorId}, ${mediationCases.thirdMediatorId}))`;
  return db
    .select({
      id: committeeMembers.id,
      kind: committeeMembers.kind,
      name: committeeMembers.name,
      affiliation: committeeMembers.affiliation,
      active: committeeMembers.active,
      login: users.login,
      openCases: open.mapWith(Number),
    })
    .from(committeeMembers)
    .leftJoin(users, eq(users.id, committeeMembers.userId))
    .where(eq(committeeMembers.stationId, user.stationId))
    .orderBy(desc(committeeMembers.active), asc(committeeMembers.kind), asc(committeeMembers.id));
}

/** Accounts of the station that could be given a seat with their login and have none yet. */
export async function listSeatableAccounts(db: Db, user: StaffUser) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .leftJoin(committeeMembers, eq(committeeMembers.userId, users.id))
    .where(and(eq(users.stationId, user.stationId), eq(users.active, true), inArray(users.role, [...seatedRoles]), sql`${committeeMembers.id} is null`))
    .orderBy(asc(users.role), asc(users.id));
}

export type MemberChange = "ok" | "not_allowed" | "unknown_account" | "not_found";

/** Adds a member (with a login, or a record without one). The chief and the committee's officers; audited. */
export async function addCommitteeMember(
  db: Db,
  user: StaffUser,
  input: { kind: (typeof committeeMembers.$inferInsert)["kind"]; name: string; affiliation: string | null; account: number | null },
): Promise<MemberChange> {
  if ((await mediationAccess(db, user)).kind !== "station") return "not_allowed";
  if (input.account !== null) {
    const seatable = await listSeatableAccounts(db, user);
    if (!seatable.some((a) => a.id === input.account)) return "unknown_account";
  }
  const [added] = await db
    .insert(committeeMembers)
    .values({ stationId: user.stationId, kind: input.kind, name: input.name, affiliation: input.affiliation, userId: input.account })
    .returning({ id: committeeMembers.id });
  await audit(db, user, "mediation.member_add", { type: "committee_member", id: added!.id }, { kind: input.kind, account: input.account });
  return "ok";
}

/** Marks a member active or not (an inactive member keeps their cases, and is offered for no new one). */
export async function setMemberActive(db: Db, user: StaffUser, memberId: number, active: boolean): Promise<MemberChange> {
  if ((await mediationAccess(db, user)).kind !== "station") return "not_allowed";
  const [changed] = await db
    .update(committeeMembers)
    .set({ active })
    .where(and(eq(committeeMembers.id, memberId), eq(committeeMembers.stationId, user.stationId)))
    .returning({ id: committeeMembers.id });
  if (!changed) return "not_found";
  await audit(db, user, active ? "mediation.member_activate" : "mediation.member_deactivate", { type: "committee_member", id: memberId });
  return "ok";
}

/** How many cases of each status the user sees (the list page's tabs). */
export async function countCasesByStatus(db: Db, user: StaffUser, scope: MediationScope) {
  const rows = await db
    .select({ status: mediationCases.status, n: count() })
    .from(mediationCases)
    .where(caseVisibleTo(user, scope))
    .groupBy(mediationCases.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<MediationStatus, number>>;
}
