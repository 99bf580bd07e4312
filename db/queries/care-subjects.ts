import "server-only";
import { and, asc, count, desc, eq, isNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canRevealFieldPhone, fieldWorkCommunity, seesCareSubjects, type StaffUser } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { DEFAULT_CADENCE_DAYS, endOfWeek, nextCareVisitDue } from "@/lib/field-work";
import type { CareSubjectForm } from "@/lib/validation/field-forms";
import { maskMobile } from "@/lib/validation/phone";
import type { Db } from "../client";
import { careSubjects, careVisits, communities, places, users, visits } from "../schema";
import { audit } from "./audit";
import { inFieldWorkScope } from "./field-scope";
import { FIELD_PHONE_REVEAL, revealedFieldPhone } from "./field-reveals";
import { placeInOwnCommunity } from "./places";

/*
 * 关爱对象: only their community's officers and auxiliaries and the chief see them (lib/authz/field-work.ts);
 * for anyone else every one of them is not found. Phones come masked; in full only after an audited reveal.
 */

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

function careVisible(user: StaffUser) {
  return seesCareSubjects(user) ? inFieldWorkScope(user, careSubjects.communityId) : sql`false`;
}

/** A phone as staff see it before a reveal. Landlines are masked too: they can be a home's. */
export function maskPhone(phone: string): string {
  return /^1\d{10}$/.test(phone) ? maskMobile(phone) : `${phone.slice(0, 4)}****${phone.slice(-2)}`;
}

const parentPlace = alias(places, "care_parent_place");
const placeLabel = sql<string | null>`case when ${parentPlace.name} is null then ${places.name} else ${parentPlace.name} || ' ' || ${places.name} end`;
/** The compound a subject lives in (their building's compound, or the compound itself): the day page's route. */
const compoundOf = sql<number | null>`coalesce(${parentPlace.id}, ${places.id})`;
const compoundName = sql<string | null>`coalesce(${parentPlace.name}, ${places.name})`;

async function ownHomePlace(db: Db, user: StaffUser, place: string): Promise<number | null | "bad"> {
  if (place === "") return null;
  const found = await placeInOwnCommunity(db, user, Number(place));
  return found && (found.kind === "compound" || found.kind === "building") ? found.id : "bad";
}

export async function addCareSubject(
  db: Db,
  user: StaffUser,
  input: CareSubjectForm,
  now: Date,
): Promise<{ status: "ok"; id: number } | { status: "not_allowed" | "bad_place" }> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null) return { status: "not_allowed" };
  const placeId = await ownHomePlace(db, user, input.place);
  if (placeId === "bad") return { status: "bad_place" };
  const cadenceDays = input.cadenceDays ?? DEFAULT_CADENCE_DAYS[input.riskLevel];
  const [row] = await db
    .insert(careSubjects)
    .values({
      communityId,
      name: input.name,
      birthYear: input.birthYear,
      placeId,
      address: input.address,
      phone: input.phone,
      category: input.category,
      riskLevel: input.riskLevel,
      cadenceDays,
      emergencyContactName: input.emergencyContactName,
      emergencyContactPhone: input.emergencyContactPhone,
      notes: input.notes,
      // Someone put on the care list is due a first visit at once (or it is recorded right after, on the spot).
      nextVisitDue: shanghaiDay(now),
      createdById: user.id,
      createdAt: now,
    })
    .returning({ id: careSubjects.id });
  await audit(db, user, "care_subject.add", { type: "care_subject", id: row!.id });
  return { status: "ok", id: row!.id };
}

/**
 * Edits a care subject; a new cadence moves the next due date on from the last care visit. A phone left empty keeps the one stored: the form never holds the unrevealed number.
 */
export async function updateCareSubject(db: Db, user: StaffUser, id: number, input: CareSubjectForm): Promise<"ok" | "not_found" | "bad_place"> {
  if (!validId(id) || fieldWorkCommunity(user) === null) return "not_found";
  const [current] = await db
    .select({
      lastVisitedAt: careSubjects.lastVisitedAt,
      createdAt: careSubjects.createdAt,
      phone: careSubjects.phone,
      emergencyContactPhone: careSubjects.emergencyContactPhone,
    })
    .from(careSubjects)
    .where(and(eq(careSubjects.id, id), careVisible(user), isNull(careSubjects.closedAt)))
    .for("update");
  if (!current) return "not_found";
  const placeId = await ownHomePlace(db, user, input.place);
  if (placeId === "bad") return "bad_place";
  const cadenceDays = input.cadenceDays ?? DEFAULT_CADENCE_DAYS[input.riskLevel];
  await db
    .update(careSubjects)
    .set({
      name: input.name,
      birthYear: input.birthYear,
      placeId,
      address: input.address,
      phone: input.phone ?? current.phone,
      category: input.category,
      riskLevel: input.riskLevel,
      cadenceDays,
      emergencyContactName: input.emergencyContactName,
      emergencyContactPhone: input.emergencyContactPhone ?? current.emergencyContactPhone,
      notes: input.notes,
      // Not visited yet: the first visit stays due from the day they were added.
      nextVisitDue: current.lastVisitedAt ? nextCareVisitDue(current.lastVisitedAt, cadenceDays) : shanghaiDay(current.createdAt),
    })
    .where(eq(careSubjects.id, id));
  await audit(db, user, "care_subject.edit", { type: "care_subject", id });
  return "ok";
}

/** No longer cared for (moved away, passed away…): off the lists; the retention purge removes the details later. */
export async function closeCareSubject(db: Db, user: StaffUser, id: number, reason: string, now: Date): Promise<"ok" | "not_found"> {
  if (!validId(id) || fieldWorkCommunity(user) === null) return "not_found";
  const closed = await db
    .update(careSubjects)
    .set({ closedAt: now })
    .where(and(eq(careSubjects.id, id), careVisible(user), isNull(careSubjects.closedAt)))
    .returning({ id: careSubjects.id });
  if (closed.length === 0) return "not_found";
  await audit(db, user, "care_subject.close", { type: "care_subject", id }, { reason });
  return "ok";
}

/**
 * One care subject with their last care visits; null when missing or not the user's. Phones are masked; in
 * full only with `revealPhones` and after this user's audited reveal in the last few minutes.
 */
export async function getCareSubject(db: Db, user: StaffUser, id: number, options: { revealPhones?: boolean } = {}) {
  if (!validId(id)) return null;
  const [row] = await db
    .select({
      id: careSubjects.id,
      communityId: careSubjects.communityId,
      communityName: communities.name,
      name: careSubjects.name,
      birthYear: careSubjects.birthYear,
      placeId: careSubjects.placeId,
      placeLabel,
      address: careSubjects.address,
      phone: careSubjects.phone,
      category: careSubjects.category,
      riskLevel: careSubjects.riskLevel,
      cadenceDays: careSubjects.cadenceDays,
      emergencyContactName: careSubjects.emergencyContactName,
      emergencyContactPhone: careSubjects.emergencyContactPhone,
      notes: careSubjects.notes,
      lastVisitedAt: careSubjects.lastVisitedAt,
      nextVisitDue: careSubjects.nextVisitDue,
      closedAt: careSubjects.closedAt,
      createdAt: careSubjects.createdAt,
    })
    .from(careSubjects)
    .innerJoin(communities, eq(communities.id, careSubjects.communityId))
    .leftJoin(places, eq(places.id, careSubjects.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(and(eq(careSubjects.id, id), careVisible(user)));
  if (!row) return null;
  const revealed =
    options.revealPhones === true && canRevealFieldPhone(user) && (await revealedFieldPhone(db, user, { type: "care_subject", id }));
  const { phone, emergencyContactPhone, ...subject } = row;
  const visitor = alias(users, "care_visitor");
  const history = await db
    .select({
      visitId: visits.id,
      startedAt: visits.startedAt,
      durationMinutes: visits.durationMinutes,
      outcome: visits.outcome,
      officerName: visitor.name,
      health: careVisits.health,
      living: careVisits.living,
      gas: careVisits.gas,
      water: careVisits.water,
      power: careVisits.power,
      needs: careVisits.needs,
      followUp: careVisits.followUp,
    })
    .from(careVisits)
    .innerJoin(visits, eq(visits.id, careVisits.visitId))
    .innerJoin(visitor, eq(visitor.id, visits.officerId))
    .where(eq(careVisits.careSubjectId, id))
    .orderBy(desc(visits.startedAt), desc(visits.id))
    .limit(20);
  return {
    ...subject,
    // Only set when revealed: the page cannot show (or leak into its payload) what it was never given.
    phoneMasked: phone ? maskPhone(phone) : null,
    phoneFull: revealed ? phone : null,
    emergencyPhoneMasked: emergencyContactPhone ? maskPhone(emergencyContactPhone) : null,
    emergencyPhoneFull: revealed ? emergencyContactPhone : null,
    hasPhone: Boolean(phone || emergencyContactPhone),
    canReveal: canRevealFieldPhone(user),
    history,
  };
}

/** The audited reveal of a care subject's phones (theirs and their emergency contact's). False when not the user's. */
export async function revealCareSubjectPhones(db: Db, user: StaffUser, id: number): Promise<boolean> {
  if (!validId(id) || !canRevealFieldPhone(user)) return false;
  const [row] = await db
    .select({ id: careSubjects.id })
    .from(careSubjects)
    .where(and(eq(careSubjects.id, id), careVisible(user), sql`(${careSubjects.phone} is not null or ${careSubjects.emergencyContactPhone} is not null)`));
  if (!row) return false;
  await audit(db, user, FIELD_PHONE_REVEAL, { type: "care_subject", id });
  return true;
}

export const careViews = ["due", "overdue", "all"] as const;
export type CareView = (typeof careViews)[number];
export const CARE_PAGE_SIZE = 50;

/**
 * The care subjects in the user's scope, never their phones: due this week (and overdue), overdue only, or all
 * open ones; by due date. With the number in each view for the tabs.
 */
export async function listCareSubjects(db: Db, user: StaffUser, options: { view: CareView; page?: number; today: string }) {
  const page = Math.max(1, options.page ?? 1);
  const open = and(careVisible(user), isNull(careSubjects.closedAt));
  const byView = {
    due: lte(careSubjects.nextVisitDue, endOfWeek(options.today)),
    overdue: sql`${careSubjects.nextVisitDue} < ${options.today}`,
    all: undefined,
  };
  const rows = await db
    .select({
      id: careSubjects.id,
      name: careSubjects.name,
      birthYear: careSubjects.birthYear,
      category: careSubjects.category,
      riskLevel: careSubjects.riskLevel,
      cadenceDays: careSubjects.cadenceDays,
      placeLabel,
      address: careSubjects.address,
      lastVisitedAt: careSubjects.lastVisitedAt,
      nextVisitDue: careSubjects.nextVisitDue,
      communityName: communities.name,
    })
    .from(careSubjects)
    .innerJoin(communities, eq(communities.id, careSubjects.communityId))
    .leftJoin(places, eq(places.id, careSubjects.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(and(open, byView[options.view]))
    .orderBy(asc(careSubjects.nextVisitDue), asc(careSubjects.id))
    .limit(CARE_PAGE_SIZE + 1)
    .offset((page - 1) * CARE_PAGE_SIZE);
  const [counts] = await db
    .select({
      due: count(sql`case when ${byView.due} then 1 end`),
      overdue: count(sql`case when ${byView.overdue} then 1 end`),
      all: count(),
    })
    .from(careSubjects)
    .where(open);
  return { rows: rows.slice(0, CARE_PAGE_SIZE), hasMore: rows.length > CARE_PAGE_SIZE, page, counts: counts ?? { due: 0, overdue: 0, all: 0 } };
}

/**
 * The day page's care visits: open subjects due by the end of this week (overdue ones included), soonest
 * first, at most `limit`, with their compound for the route; and how many there are in all.
 */
export async function careVisitsDue(db: Db, user: StaffUser, today: string, limit: number) {
  const due = and(careVisible(user), isNull(careSubjects.closedAt), lte(careSubjects.nextVisitDue, endOfWeek(today)));
  const rows = await db
    .select({
      id: careSubjects.id,
      name: careSubjects.name,
      riskLevel: careSubjects.riskLevel,
      nextVisitDue: careSubjects.nextVisitDue,
      address: careSubjects.address,
      placeLabel,
      compoundId: compoundOf,
      compoundName,
      communityId: careSubjects.communityId,
      communityName: communities.name,
    })
    .from(careSubjects)
    .innerJoin(communities, eq(communities.id, careSubjects.communityId))
    .leftJoin(places, eq(places.id, careSubjects.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .where(due)
    .orderBy(asc(careSubjects.nextVisitDue), asc(careSubjects.id))
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(careSubjects).where(due);
  return { rows, total: total?.n ?? 0 };
}
