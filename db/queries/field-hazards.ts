import "server-only";
import { and, asc, count, desc, eq, inArray, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canRevealFieldPhone, canServeHazardNotice, canVerifyHazard, fieldWorkCommunity, seesFieldWork, type StaffUser } from "@/lib/authz";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { OPEN_HAZARD_STATUSES, canMoveHazard, hazardClock } from "@/lib/field-work";
import type { HazardForm } from "@/lib/validation/field-forms";
import type { Db } from "../client";
import { communities, fieldPhotos, hazardEvents, hazards, places, stations, users, visits, type HandoverAuthority, type HazardStatus } from "../schema";
import { audit } from "./audit";
import { maskPhone } from "./care-subjects";
import { FIELD_PHONE_REVEAL, revealedFieldPhone } from "./field-reveals";
import { inFieldWorkScope } from "./field-scope";
import { placeOfForm } from "./field-visits";

/*
 * 隐患排查: hazards from finding to a verified rectification, in the user's scope (not found outside it).
 * Serving the notice, handing over and verifying are a sworn officer's (lib/authz/field-work.ts).
 */

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

function hazardVisible(user: StaffUser) {
  return seesFieldWork(user) ? inFieldWorkScope(user, hazards.communityId) : sql`false`;
}

const target = (id: number) => ({ type: "hazard" as const, id });

const parentPlace = alias(places, "hazard_parent_place");
const placeLabel = sql<string | null>`case when ${parentPlace.name} is null then ${places.name} else ${parentPlace.name} || ' ' || ${places.name} end`;
const compoundOf = sql<number | null>`coalesce(${parentPlace.id}, ${places.id})`;
const compoundName = sql<string | null>`coalesce(${parentPlace.name}, ${places.name})`;

export type ReportHazardResult = { status: "ok"; id: number } | { status: "not_allowed" | "bad_place" | "bad_visit" };

/**
 * A hazard found (on a visit, or on its own): in the finder's community, followed up by them if they are an
 * officer, else by the community's officers (who get its reminders).
 */
export async function reportHazard(db: Db, user: StaffUser, form: HazardForm, now: Date): Promise<ReportHazardResult> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null) return { status: "not_allowed" };
  const placeId = await placeOfForm(db, user, form);
  if (placeId === "bad") return { status: "bad_place" };
  let visitId: number | null = null;
  if (form.visit) {
    const [visit] = await db
      .select({ id: visits.id })
      .from(visits)
      .where(and(eq(visits.id, Number(form.visit)), eq(visits.communityId, communityId)));
    if (!visit) return { status: "bad_visit" };
    visitId = visit.id;
  }
  const [row] = await db
    .insert(hazards)
    .values({
      communityId,
      placeId,
      placeNote: form.placeNote,
      category: form.category,
      severity: form.severity,
      description: form.description,
      measures: form.measures,
      responsibleKind: form.responsibleKind,
      responsibleName: form.responsibleName,
      responsiblePhone: form.responsiblePhone,
      deadline: form.deadline,
      foundAt: now,
      foundById: user.id,
      foundOnVisitId: visitId,
      assigneeId: user.role === "officer" ? user.id : null,
    })
    .returning({ id: hazards.id });
  await db.insert(hazardEvents).values({ hazardId: row!.id, type: "found", actorId: user.id, createdAt: now });
  await audit(db, user, "hazard.report", target(row!.id));
  return { status: "ok", id: row!.id };
}

/** One hazard with its history, photos and clocks; null when missing or not the user's. */
export async function getHazard(db: Db, user: StaffUser, id: number, options: { revealPhone?: boolean; now: Date }) {
  if (!validId(id)) return null;
  const finder = alias(users, "hazard_finder");
  const assignee = alias(users, "hazard_assignee");
  const [row] = await db
    .select({
      id: hazards.id,
      communityId: hazards.communityId,
      communityName: communities.name,
      placeId: hazards.placeId,
      placeLabel,
      placeAddress: sql<string | null>`coalesce(${parentPlace.address}, ${places.address})`,
      placeNote: hazards.placeNote,
      category: hazards.category,
      severity: hazards.severity,
      description: hazards.description,
      measures: hazards.measures,
      responsibleKind: hazards.responsibleKind,
      responsibleName: hazards.responsibleName,
      responsiblePhone: hazards.responsiblePhone,
      deadline: hazards.deadline,
      status: hazards.status,
      foundAt: hazards.foundAt,
      foundByName: finder.name,
      foundOnVisitId: hazards.foundOnVisitId,
      assigneeName: assignee.name,
      noticeServedAt: hazards.noticeServedAt,
      rectifiedAt: hazards.rectifiedAt,
      verifiedAt: hazards.verifiedAt,
      escalatedAt: hazards.escalatedAt,
      stationName: stations.name,
      stationAddress: stations.address,
      stationPhone: stations.phone,
    })
    .from(hazards)
    .innerJoin(communities, eq(communities.id, hazards.communityId))
    .innerJoin(stations, eq(stations.id, communities.stationId))
    .innerJoin(finder, eq(finder.id, hazards.foundById))
    .leftJoin(assignee, eq(assignee.id, hazards.assigneeId))
    .leftJoin(places, eq(places.id, hazards.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(and(eq(hazards.id, id), hazardVisible(user)));
  if (!row) return null;
  const revealed = options.revealPhone === true && canRevealFieldPhone(user) && (await revealedFieldPhone(db, user, target(id)));
  const actor = alias(users, "hazard_actor");
  const events = await db
    .select({ id: hazardEvents.id, type: hazardEvents.type, body: hazardEvents.body, data: hazardEvents.data, createdAt: hazardEvents.createdAt, actorName: actor.name })
    .from(hazardEvents)
    .leftJoin(actor, eq(actor.id, hazardEvents.actorId))
    .where(eq(hazardEvents.hazardId, id))
    .orderBy(asc(hazardEvents.id));
  const photos = await db
    .select({ id: fieldPhotos.id, purpose: fieldPhotos.purpose, width: fieldPhotos.width, height: fieldPhotos.height })
    .from(fieldPhotos)
    .where(eq(fieldPhotos.hazardId, id))
    .orderBy(asc(fieldPhotos.createdAt));
  const { responsiblePhone, ...hazard } = row;
  return {
    ...hazard,
    phoneMasked: responsiblePhone ? maskPhone(responsiblePhone) : null,
    // Only set when revealed: the page cannot show (or leak into its payload) what it was never given.
    phoneFull: revealed ? responsiblePhone : null,
    canReveal: canRevealFieldPhone(user),
    clock: hazardClock(row, shanghaiDay(options.now)),
    events,
    photos,
    noticeNumber: noticeNumber(row.id, row.noticeServedAt ?? row.foundAt),
  };
}

/** The notice's number as the station files it: 青石公（隐）责改字〔2026〕第 12 号 is year and hazard number. */
function noticeNumber(id: number, on: Date): { year: string; number: number } {
  return { year: shanghaiDay(on).slice(0, 4), number: id };
}

export type HazardStep = Exclude<HazardStatus, "found" | "escalated">;
export type MoveHazardResult = "ok" | "not_found" | "not_allowed" | "bad_step" | "proof_missing";

/**
 * A hazard moves a step: the notice served, rectification under way, rectified (only with a proof photo),
 * verified by re-inspection (or sent back to rectifying). Serving and verifying are a sworn officer's.
 */
export async function moveHazard(db: Db, user: StaffUser, id: number, to: HazardStep, note: string, now: Date): Promise<MoveHazardResult> {
  if (!validId(id) || fieldWorkCommunity(user) === null) return "not_found";
  const [current] = await db
    .select({ status: hazards.status, noticeServedAt: hazards.noticeServedAt })
    .from(hazards)
    .where(and(eq(hazards.id, id), hazardVisible(user)))
    .for("update");
  if (!current) return "not_found";
  // Serving the notice, and the re-inspection's verdict either way, are a sworn officer's.
  const officersOnly = to === "notice_served" || to === "verified" || (current.status === "rectified" && to === "rectifying");
  if (officersOnly && !(to === "notice_served" ? canServeHazardNotice(user) : canVerifyHazard(user))) return "not_allowed";
  if (!canMoveHazard(current.status, to) || (to === "notice_served" && current.noticeServedAt !== null)) return "bad_step";
  if (to === "rectified") {
    const [proof] = await db
      .select({ n: count() })
      .from(fieldPhotos)
      .where(and(eq(fieldPhotos.hazardId, id), eq(fieldPhotos.purpose, "proof")));
    if (!proof?.n) return "proof_missing";
  }
  const stamps: Partial<typeof hazards.$inferInsert> =
    to === "notice_served" ? { noticeServedAt: now } : to === "rectified" ? { rectifiedAt: now } : to === "verified" ? { verifiedAt: now } : {};
  await db
    .update(hazards)
    .set({ status: to, ...stamps })
    .where(eq(hazards.id, id));
  await db.insert(hazardEvents).values({ hazardId: id, type: to, actorId: user.id, body: note || null, createdAt: now });
  await audit(db, user, `hazard.${to}`, target(id));
  return "ok";
}

/** Handed over to another authority (fire brigade, city management, a utility…), with the day and who received it. */
export async function handOverHazard(
  db: Db,
  user: StaffUser,
  id: number,
  handover: { authority: HandoverAuthority; receiver: string; day: string; note: string },
  now: Date,
): Promise<"ok" | "not_found" | "not_allowed"> {
  if (!validId(id)) return "not_found";
  const [current] = await db.select({ id: hazards.id }).from(hazards).where(and(eq(hazards.id, id), hazardVisible(user)));
  if (!current || fieldWorkCommunity(user) === null) return "not_found";
  if (!canServeHazardNotice(user)) return "not_allowed";
  await db.insert(hazardEvents).values({
    hazardId: id,
    type: "handed_over",
    actorId: user.id,
    body: handover.note || null,
    data: { authority: handover.authority, receiver: handover.receiver, day: handover.day },
    createdAt: now,
  });
  await audit(db, user, "hazard.handed_over", target(id), { authority: handover.authority });
  return "ok";
}

/** The audited reveal of the responsible party's phone. False when not the user's or there is none. */
export async function revealHazardPhone(db: Db, user: StaffUser, id: number): Promise<boolean> {
  if (!validId(id) || !canRevealFieldPhone(user)) return false;
  const [row] = await db
    .select({ id: hazards.id })
    .from(hazards)
    .where(and(eq(hazards.id, id), hazardVisible(user), sql`${hazards.responsiblePhone} is not null`));
  if (!row) return false;
  await audit(db, user, FIELD_PHONE_REVEAL, target(id));
  return true;
}

export const hazardViews = ["open", "overdue", "reinspect", "closed", "all"] as const;
export type HazardView = (typeof hazardViews)[number];
export const HAZARDS_PAGE_SIZE = 50;

function viewCondition(view: HazardView, today: string) {
  const open = inArray(hazards.status, [...OPEN_HAZARD_STATUSES]);
  switch (view) {
    case "open":
      return open;
    case "overdue":
      return and(open, sql`${hazards.deadline} < ${today}`);
    case "reinspect":
      return eq(hazards.status, "rectified");
    case "closed":
      return eq(hazards.status, "verified");
    case "all":
      return undefined;
  }
}

/** The hazards in the user's scope in one view (open ones by deadline, closed ones newest first), with each view's count. */
export async function listHazards(db: Db, user: StaffUser, options: { view: HazardView; page?: number; today: string }) {
  const page = Math.max(1, options.page ?? 1);
  const rows = await db
    .select({
      id: hazards.id,
      category: hazards.category,
      severity: hazards.severity,
      description: sql<string>`left(${hazards.description}, 80)`,
      status: hazards.status,
      deadline: hazards.deadline,
      foundAt: hazards.foundAt,
      placeLabel,
      placeNote: hazards.placeNote,
      responsibleName: hazards.responsibleName,
      communityName: communities.name,
    })
    .from(hazards)
    .innerJoin(communities, eq(communities.id, hazards.communityId))
    .leftJoin(places, eq(places.id, hazards.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(and(hazardVisible(user), viewCondition(options.view, options.today)))
    .orderBy(options.view === "closed" || options.view === "all" ? desc(hazards.foundAt) : asc(hazards.deadline), desc(hazards.id))
    .limit(HAZARDS_PAGE_SIZE + 1)
    .offset((page - 1) * HAZARDS_PAGE_SIZE);
  const tally = (view: HazardView) => count(sql`case when ${viewCondition(view, options.today) ?? sql`true`} then 1 end`);
  const [counts] = await db
    .select({ open: tally("open"), overdue: tally("overdue"), reinspect: tally("reinspect"), closed: tally("closed"), all: count() })
    .from(hazards)
    .where(hazardVisible(user));
  return {
    rows: rows.map((r) => ({ ...r, clock: hazardClock(r, options.today) })).slice(0, HAZARDS_PAGE_SIZE),
    hasMore: rows.length > HAZARDS_PAGE_SIZE,
    page,
    counts: counts ?? { open: 0, overdue: 0, reinspect: 0, closed: 0, all: 0 },
  };
}

/**
 * The day page's hazards: open ones whose deadline is within `aheadDays` or passed, those whose notice is still
 * to be served, and rectified ones awaiting re-inspection; soonest first, at most `limit`, with their compound.
 */
export async function hazardsDue(db: Db, user: StaffUser, today: string, options: { aheadDays: number; limit: number }) {
  const due = and(
    hazardVisible(user),
    or(
      and(inArray(hazards.status, [...OPEN_HAZARD_STATUSES]), lte(hazards.deadline, addDays(today, options.aheadDays))),
      eq(hazards.status, "found"),
      eq(hazards.status, "rectified"),
    ),
  );
  const rows = await db
    .select({
      id: hazards.id,
      category: hazards.category,
      severity: hazards.severity,
      description: sql<string>`left(${hazards.description}, 60)`,
      status: hazards.status,
      deadline: hazards.deadline,
      foundAt: hazards.foundAt,
      placeLabel,
      placeNote: hazards.placeNote,
      compoundId: compoundOf,
      compoundName,
      communityId: hazards.communityId,
      communityName: communities.name,
    })
    .from(hazards)
    .innerJoin(communities, eq(communities.id, hazards.communityId))
    .leftJoin(places, eq(places.id, hazards.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(due)
    .orderBy(asc(hazards.deadline), asc(hazards.id))
    .limit(options.limit);
  const [total] = await db.select({ n: count() }).from(hazards).where(due);
  return { rows: rows.map((r) => ({ ...r, clock: hazardClock(r, today) })), total: total?.n ?? 0 };
}
