import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { PHONE_REVEAL_MINUTES, canHandOver, canRevealPhone, hidesReporter, standsDuty, type StaffUser } from "@/lib/authz";
import type { QueueSearch } from "@/lib/queue-search";
import { kindModule, kindsHidingReporterFrom, unansweredNeverKinds, urgentKinds } from "@/lib/request-kinds";
import { allowedMoves, followsOwnSteps } from "@/lib/request-status";
import { maskMobile } from "@/lib/validation/phone";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { applications, appointmentBookings, auditLog, communities, requestEvents, requests, users, type RequestStatus } from "../schema";
import { reachedOnDuty } from "./duty-roster";
import { audit, requestTarget } from "./audit";
import { writeRequestStatus } from "./request-status";
import { inCommunityScope } from "./scope";

/** The requests a staff member may see: their communities', and the calls for help that reached them on duty. */
export function requestVisibleTo(user: StaffUser): SQL {
  const own = inCommunityScope(user, requests.communityId);
  return standsDuty(user) ? sql`(${own} or ${reachedOnDuty(user.id)})` : own;
}

export const queueViews = ["open", "resolved", "all"] as const;
export type QueueView = (typeof queueViews)[number];

const PAGE_SIZE = 50;

/**
 * Open and waiting for staff to answer: never answered, or reopened by the resident and not answered since.
 * The answer is due at dueAt (the first one) or reopenDueAt (after a reopening).
 */
const open = sql`(${requests.status} <> 'resolved')`;
// A booking awaits no answer (its dueAt is its time): never unanswered, never overdue.
export const unanswered = sql`(${open} and (${requests.firstResponseAt} is null or ${requests.reopenDueAt} is not null) and ${notInArray(requests.kind, unansweredNeverKinds)})`;
export const answerDueAt = sql`coalesce(${requests.reopenDueAt}, ${requests.dueAt})`;

/**
 * The queue: open requests first — help before anything else, then those waiting for an answer (a first
 * one, or one since the resident reopened it), each group by when its answer is due — and after them the
 * resolved ones, newest first. Overdue: open, unanswered and past its due time.
 */
export async function listQueue(
  db: Db,
  user: StaffUser,
  options: { view: QueueView; communityId?: number; page?: number; search?: QueueSearch },
) {
  const overdue = sql`(${unanswered} and ${answerDueAt} < now())`;
  const assignee = alias(users, "assignee");
  const conditions: SQL[] = [requestVisibleTo(user)];
  if (options.view === "open") conditions.push(ne(requests.status, "resolved"));
  if (options.view === "resolved") conditions.push(eq(requests.status, "resolved"));
  if (options.communityId) conditions.push(eq(requests.communityId, options.communityId));
  if (options.search) conditions.push(matchesSearch(user, options.search));
  const page = Math.max(1, options.page ?? 1);

  const rows = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      status: requests.status,
      body: sql<string>`left(${requests.body}, 80)`,
      createdAt: requests.createdAt,
      // When the answer it waits for is due (after a reopening, the new one).
      dueAt: sql`${answerDueAt}`.mapWith(requests.dueAt),
      firstResponseAt: requests.firstResponseAt,
      resolvedAt: requests.resolvedAt,
      reopened: sql<boolean>`(${open} and ${requests.reopenedAt} is not null)`,
      communityName: communities.name,
      assigneeName: assignee.name,
      communityOfficerName: communityOfficerName(),
      // An application's step says more than the request's status (e.g. the resident answered a question).
      applicationStatus: applications.status,
      // An appointment's booking says what it is (booked, cancelled, attended, no-show) and when.
      bookingStatus: appointmentBookings.status,
      unanswered: sql<boolean>`${unanswered}`,
      overdue: sql<boolean>`${overdue}`,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .leftJoin(assignee, eq(assignee.id, requests.assigneeId))
    .leftJoin(applications, eq(applications.requestId, requests.id))
    .leftJoin(appointmentBookings, eq(appointmentBookings.requestId, requests.id))
    .where(and(...conditions))
    .orderBy(
      desc(open),
      sql`case when ${open} and ${inArray(requests.kind, urgentKinds)} then 0 else 1 end`,
      // A request still waiting for its first answer comes before one already answered, whatever their clocks.
      desc(unanswered),
      sql`case when ${open} then ${answerDueAt} end asc`,
      sql`${requests.resolvedAt} desc nulls last`,
      desc(requests.createdAt),
      asc(requests.referenceCode),
    )
    .limit(PAGE_SIZE + 1)
    .offset((page - 1) * PAGE_SIZE);
  return { rows: rows.slice(0, PAGE_SIZE), hasMore: rows.length > PAGE_SIZE, page };
}

/**
 * A search of the queue: the reference code contains what was typed, or the resident's phone ends with it.
 * Never by phone on a request whose reporter is hidden from the user (an auxiliary and a tip).
 */
function matchesSearch(user: StaffUser, search: QueueSearch): SQL {
  const byCode = sql`replace(${requests.referenceCode}, '-', '') like ${`%${search.code}%`}`;
  if (!search.phoneEnding) return byCode;
  const byPhone = and(
    sql`${requests.residentPhone} like ${`%${search.phoneEnding}`}`,
    notInArray(requests.kind, kindsHidingReporterFrom(user.role)),
  )!;
  return or(byCode, byPhone)!;
}

/**
 * Who answers for a request nobody was assigned (an application, a booking at the station hall): the
 * community's officer, so that the queue and the request page can say whose it is.
 */
function communityOfficerName() {
  const officer = alias(users, "community_officer");
  return sql<string | null>`(select ${officer.name} from ${users} ${officer} where ${officer.communityId} = ${requests.communityId} and ${officer.role} = 'officer' and ${officer.active} order by ${officer.id} limit 1)`;
}

/** Communities a staff member may filter the queue by. */
export async function listVisibleCommunities(db: Db, user: StaffUser) {
  return db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(inCommunityScope(user, communities.id))
    .orderBy(asc(communities.id));
}

/**
 * One request with its whole timeline, internal notes included; null when missing or not the user's.
 * The resident's phone comes masked; in full only with `revealPhone` and when this user revealed it (an audit
 * row) within the last PHONE_REVEAL_MINUTES. An auxiliary gets no contact at all for a tip — not even masked.
 * Opening a tip is audited.
 */
export async function getRequestForStaff(db: Db, user: StaffUser, id: string, options: { revealPhone?: boolean } = {}) {
  if (!isUuid(id)) return null;
  const assignee = alias(users, "assignee");
  // Decided in SQL so the hidden contact never leaves the database for an auxiliary.
  const hideContact = inArray(requests.kind, kindsHidingReporterFrom(user.role));
  const [row] = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      status: requests.status,
      body: requests.body,
      anonymous: requests.anonymous,
      details: requests.details,
      residentName: sql<string | null>`case when ${hideContact} then null else ${requests.residentName} end`,
      residentPhone: sql<string | null>`case when ${hideContact} then null else ${requests.residentPhone} end`,
      createdAt: requests.createdAt,
      dueAt: requests.dueAt,
      firstResponseAt: requests.firstResponseAt,
      resolvedAt: requests.resolvedAt,
      reopenedAt: requests.reopenedAt,
      reopenDueAt: requests.reopenDueAt,
      rating: requests.rating,
      ratingComment: requests.ratingComment,
      communityId: requests.communityId,
      communityName: communities.name,
      communitySlug: communities.slug,
      assigneeId: requests.assigneeId,
      assigneeName: assignee.name,
      bookingStatus: appointmentBookings.status,
      communityOfficerName: communityOfficerName(),
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .leftJoin(assignee, eq(assignee.id, requests.assigneeId))
    .leftJoin(appointmentBookings, eq(appointmentBookings.requestId, requests.id))
    .where(and(eq(requests.id, id), requestVisibleTo(user)));
  if (!row) return null;

  const { residentPhone, ...request } = row;
  const phoneRevealed =
    Boolean(residentPhone) && options.revealPhone === true && canRevealPhone(user, request.kind) && (await revealedRecently(db, user, id, "request.reveal_phone", PHONE_REVEAL_MINUTES));
  if (kindModule(request.kind).auditsOpening) await audit(db, user, "request.open_tip", requestTarget(id));

  const handedTo = alias(users, "handed_to");
  const events = await db
    .select({
      id: requestEvents.id,
      type: requestEvents.type,
      body: requestEvents.body,
      fromStatus: requestEvents.fromStatus,
      toStatus: requestEvents.toStatus,
      data: requestEvents.data,
      createdAt: requestEvents.createdAt,
      actorName: users.name,
      assigneeName: handedTo.name,
    })
    .from(requestEvents)
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .leftJoin(handedTo, eq(handedTo.id, requestEvents.assigneeId))
    .where(eq(requestEvents.requestId, id))
    .orderBy(asc(requestEvents.id));
  return {
    ...request,
    hidesReporter: hidesReporter(user, request.kind),
    hasPhone: Boolean(residentPhone),
    phoneMasked: residentPhone ? maskMobile(residentPhone) : null,
    // Only set when revealed: the page cannot show (or leak into its payload) what it was never given.
    phoneFull: phoneRevealed ? residentPhone : null,
    events,
  };
}

/**
 * Whether this user made an audited reveal (`action`: a phone, an ID number) of this request in the last
 * `minutes`: what keeps the revealed value shown for a while, and no longer.
 */
export async function revealedRecently(db: Db, user: StaffUser, id: string, action: string, minutes: number): Promise<boolean> {
  return (await revealedAmong(db, user, [id], action, minutes)).has(id);
}

/** Of these requests, the ones this user made an audited reveal (`action`) of in the last `minutes`. */
export async function revealedAmong(db: Db, user: StaffUser, ids: string[], action: string, minutes: number): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: auditLog.targetId })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, user.id),
        eq(auditLog.action, action),
        eq(auditLog.targetType, "request"),
        inArray(auditLog.targetId, ids),
        gt(auditLog.createdAt, sql`now() - make_interval(mins => ${minutes})`),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/**
 * A staff member asks to see a resident's full phone number: written to the audit log, which is what lets
 * getRequestForStaff (and the delivery round) show it. False when the request is not theirs, has no phone to
 * show, or is a tip and they are an auxiliary.
 */
export async function revealResidentPhone(db: Db, user: StaffUser, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await db
    .select({ id: requests.id, kind: requests.kind })
    .from(requests)
    .where(and(eq(requests.id, id), requestVisibleTo(user), isNotNull(requests.residentPhone)));
  if (!row || !canRevealPhone(user, row.kind)) return false;
  await audit(db, user, "request.reveal_phone", requestTarget(id));
  return true;
}

/** Active officers and auxiliaries of the request's community: whom the user may hand it to. */
export async function listHandoverCandidates(db: Db, user: StaffUser, id: string) {
  if (!canHandOver(user) || !isUuid(id)) return [];
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .innerJoin(requests, eq(requests.communityId, users.communityId))
    .where(and(eq(requests.id, id), requestVisibleTo(user), eq(users.active, true), inArray(users.role, ["officer", "auxiliary"])))
    .orderBy(asc(users.role), asc(users.id));
}

export type Handover = "ok" | "not_found" | "invalid_assignee";

/** Hands the request to an active officer or auxiliary of its community: the assignee, an event, an audit row. */
export async function handOverRequest(db: Db, user: StaffUser, id: string, assigneeId: number): Promise<Handover> {
  if (!canHandOver(user)) return "not_found";
  const request = await lockVisibleRequest(db, user, id);
  if (!request) return "not_found";
  const [assignee] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, assigneeId),
        eq(users.active, true),
        eq(users.communityId, request.communityId),
        inArray(users.role, ["officer", "auxiliary"]),
      ),
    );
  if (!assignee) return "invalid_assignee";
  await db.insert(requestEvents).values({ requestId: id, type: "handover", actorId: user.id, assigneeId });
  await db.update(requests).set({ assigneeId }).where(eq(requests.id, id));
  await audit(db, user, "request.handover", requestTarget(id), { from: request.assigneeId, to: assigneeId });
  return "ok";
}

export type StaffRequest = NonNullable<Awaited<ReturnType<typeof getRequestForStaff>>>;

/** Locks the request row for the change (concurrent replies and status changes queue up). */
async function lockVisibleRequest(db: Db, user: StaffUser, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: requests.id,
      kind: requests.kind,
      status: requests.status,
      firstResponseAt: requests.firstResponseAt,
      communityId: requests.communityId,
      assigneeId: requests.assigneeId,
    })
    .from(requests)
    .where(and(eq(requests.id, id), requestVisibleTo(user)))
    .for("update");
  return row ?? null;
}

/** A reply the resident sees. The first one sets the first-response time and starts the work. */
export async function replyToRequest(db: Db, user: StaffUser, id: string, body: string): Promise<boolean> {
  const request = await lockVisibleRequest(db, user, id);
  if (!request) return false;
  await db.insert(requestEvents).values({ requestId: id, type: "public_reply", actorId: user.id, body });
  // An application's or appointment's status follows its own steps; a reply alone does not move it.
  if (request.status === "submitted" && !followsOwnSteps(request.kind)) await recordStatusChange(db, user, id, "submitted", "in_progress");
  // The first reply sets the first-response time; any reply answers a reopening.
  await db
    .update(requests)
    .set({ reopenDueAt: null, ...(request.firstResponseAt ? { updatedAt: new Date() } : { firstResponseAt: new Date() }) })
    .where(eq(requests.id, id));
  await audit(db, user, "request.reply", requestTarget(id));
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
  // An application's status follows its steps (moveApplication), an appointment's its booking: never set by hand.
  if (followsOwnSteps(request.kind) || !allowedMoves[request.status].includes(to)) return "not_allowed";
  await recordStatusChange(db, user, id, request.status, to);
  await audit(db, user, "request.status", requestTarget(id), { from: request.status, to });
  return "ok";
}

/** Staff set the status by hand (the status form, or a first reply): the change is on the timeline as such. */
function recordStatusChange(db: Db, user: StaffUser, id: string, from: RequestStatus, to: RequestStatus) {
  return writeRequestStatus(db, id, { from, to, actorId: user.id, event: { type: "status_change" }, now: new Date() });
}

