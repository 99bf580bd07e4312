import "server-only";
import { and, asc, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fieldWorkCommunity, seesFieldWork, type StaffUser } from "@/lib/authz";
import { addDays, shanghaiInstant } from "@/lib/calendar-day";
import { nextCareVisitDue, startOfWeek } from "@/lib/field-work";
import { placeChoiceOf, type CareVisitForm, type VisitForm } from "@/lib/validation/field-forms";
import type { Db } from "../client";
import { careSubjects, careVisits, communities, fieldPhotos, hazards, places, requests, users, visits } from "../schema";
import { inFieldWorkScope } from "./field-scope";
import { addPlaceOnTheSpot, placeInOwnCommunity } from "./places";
import { requestVisibleTo } from "./queue";

/*
 * 走访: visits an officer or auxiliary logs from the phone, in their own community. A visit sent again after a
 * dropped connection (same browser key) is the visit already stored, not a second one.
 */

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

function visitVisible(user: StaffUser) {
  return seesFieldWork(user) ? inFieldWorkScope(user, visits.communityId) : sql`false`;
}

export type LogVisitResult = { status: "stored" | "repeated"; id: number } | { status: "not_allowed" | "bad_place" | "bad_request" };

/** The place the form chose (an existing one of the community, one added on the spot) or null; "bad" when not allowed. */
export async function placeOfForm(db: Db, user: StaffUser, form: { place: string; newPlaceName: string; newPlaceKind: string; placeNote: string }): Promise<number | null | "bad"> {
  const choice = placeChoiceOf(form);
  if (choice.kind === "none") return null;
  if (choice.kind === "new") return (await addPlaceOnTheSpot(db, user, { kind: choice.placeKind, name: choice.name })) ?? "bad";
  return (await placeInOwnCommunity(db, user, choice.id))?.id ?? "bad";
}

/** Stores a visit once per browser key: an insert that finds the key taken answers with the visit stored first. */
async function insertVisitOnce(db: Db, values: typeof visits.$inferInsert): Promise<{ status: "stored" | "repeated"; id: number }> {
  const inserted = await db.insert(visits).values(values).onConflictDoNothing({ target: [visits.officerId, visits.submissionKey] }).returning({ id: visits.id });
  if (inserted[0]) return { status: "stored", id: inserted[0].id };
  const [first] = await db
    .select({ id: visits.id })
    .from(visits)
    .where(and(eq(visits.officerId, values.officerId), eq(visits.submissionKey, values.submissionKey!)));
  return { status: "repeated", id: first!.id };
}

export async function logVisit(db: Db, user: StaffUser, form: VisitForm): Promise<LogVisitResult> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null) return { status: "not_allowed" };
  const placeId = await placeOfForm(db, user, form);
  if (placeId === "bad") return { status: "bad_place" };
  let requestId: string | null = null;
  if (form.requestCode) {
    const [request] = await db
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.referenceCode, form.requestCode), requestVisibleTo(user)));
    if (!request) return { status: "bad_request" };
    requestId = request.id;
  }
  return insertVisitOnce(db, {
    communityId,
    officerId: user.id,
    kind: form.kind,
    placeId,
    placeNote: form.placeNote,
    peopleMet: form.peopleMet,
    notes: form.notes,
    outcome: form.outcome,
    startedAt: form.startedAt,
    durationMinutes: form.durationMinutes,
    requestId,
    submissionKey: form.submissionKey || null,
  });
}

/**
 * A care visit to one of the community's care subjects, at their home: the visit, what it found, and the
 * subject's next due date moved on from it (a visit logged late for an earlier day moves it from that day,
 * never back before a later visit's).
 */
export async function recordCareVisit(db: Db, user: StaffUser, form: CareVisitForm): Promise<LogVisitResult | { status: "not_found" }> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null || !validId(form.subject)) return { status: "not_found" };
  const [subject] = await db
    .select({ id: careSubjects.id, placeId: careSubjects.placeId, cadenceDays: careSubjects.cadenceDays, lastVisitedAt: careSubjects.lastVisitedAt })
    .from(careSubjects)
    .where(and(eq(careSubjects.id, form.subject), eq(careSubjects.communityId, communityId), isNull(careSubjects.closedAt)))
    .for("update");
  if (!subject) return { status: "not_found" };
  const result = await insertVisitOnce(db, {
    communityId,
    officerId: user.id,
    kind: "care",
    placeId: subject.placeId,
    outcome: form.outcome,
    startedAt: form.startedAt,
    durationMinutes: form.durationMinutes,
    careSubjectId: subject.id,
    submissionKey: form.submissionKey || null,
  });
  if (result.status === "repeated") return result;
  await db.insert(careVisits).values({
    visitId: result.id,
    careSubjectId: subject.id,
    health: form.health,
    living: form.living,
    gas: form.gas,
    water: form.water,
    power: form.power,
    needs: form.needs,
    followUp: form.followUp,
  });
  const last = subject.lastVisitedAt && subject.lastVisitedAt > form.startedAt ? subject.lastVisitedAt : form.startedAt;
  await db
    .update(careSubjects)
    .set({ lastVisitedAt: last, nextVisitDue: nextCareVisitDue(last, subject.cadenceDays) })
    .where(eq(careSubjects.id, subject.id));
  return result;
}

const parentPlace = alias(places, "visit_parent_place");
const placeLabel = sql<string | null>`case when ${parentPlace.name} is null then ${places.name} else ${parentPlace.name} || ' ' || ${places.name} end`;

/** One visit in the user's scope with what it links to; null otherwise. */
export async function getVisit(db: Db, user: StaffUser, id: number) {
  if (!validId(id)) return null;
  const [row] = await db
    .select({
      id: visits.id,
      kind: visits.kind,
      placeId: visits.placeId,
      placeLabel,
      placeNote: visits.placeNote,
      peopleMet: visits.peopleMet,
      notes: visits.notes,
      outcome: visits.outcome,
      startedAt: visits.startedAt,
      durationMinutes: visits.durationMinutes,
      officerId: visits.officerId,
      officerName: users.name,
      communityName: communities.name,
      careSubjectId: visits.careSubjectId,
      careSubjectName: careSubjects.name,
      requestId: visits.requestId,
      requestCode: requests.referenceCode,
    })
    .from(visits)
    .innerJoin(users, eq(users.id, visits.officerId))
    .innerJoin(communities, eq(communities.id, visits.communityId))
    .leftJoin(places, eq(places.id, visits.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .leftJoin(careSubjects, eq(careSubjects.id, visits.careSubjectId))
    .leftJoin(requests, eq(requests.id, visits.requestId))
    .where(and(eq(visits.id, id), visitVisible(user)));
  if (!row) return null;
  const [care] = row.careSubjectId ? await db.select().from(careVisits).where(eq(careVisits.visitId, id)) : [];
  const photos = await db
    .select({ id: fieldPhotos.id, width: fieldPhotos.width, height: fieldPhotos.height })
    .from(fieldPhotos)
    .where(eq(fieldPhotos.visitId, id))
    .orderBy(asc(fieldPhotos.createdAt));
  const found = await db
    .select({ id: hazards.id, description: hazards.description, status: hazards.status })
    .from(hazards)
    .where(eq(hazards.foundOnVisitId, id))
    .orderBy(asc(hazards.id));
  return { ...row, care: care ?? null, photos, hazards: found, mine: row.officerId === user.id };
}

export const VISITS_PAGE_SIZE = 30;

/** An officer's own timeline (the chief: anyone's in the station), newest first. */
export async function listVisits(db: Db, user: StaffUser, options: { officerId?: number; page?: number }) {
  const page = Math.max(1, options.page ?? 1);
  const officerId = options.officerId ?? user.id;
  const rows = await db
    .select({
      id: visits.id,
      kind: visits.kind,
      placeLabel,
      placeNote: visits.placeNote,
      notes: sql<string>`left(${visits.notes}, 80)`,
      outcome: visits.outcome,
      startedAt: visits.startedAt,
      durationMinutes: visits.durationMinutes,
      careSubjectName: careSubjects.name,
    })
    .from(visits)
    .leftJoin(places, eq(places.id, visits.placeId))
    .leftJoin(parentPlace, eq(parentPlace.id, places.parentId))
    .leftJoin(careSubjects, eq(careSubjects.id, visits.careSubjectId))
    .where(and(eq(visits.officerId, officerId), visitVisible(user)))
    .orderBy(desc(visits.startedAt), desc(visits.id))
    .limit(VISITS_PAGE_SIZE + 1)
    .offset((page - 1) * VISITS_PAGE_SIZE);
  return { rows: rows.slice(0, VISITS_PAGE_SIZE), hasMore: rows.length > VISITS_PAGE_SIZE, page };
}

/**
 * The field time an officer logged per week (Monday to Sunday, Beijing), the last `weeks` weeks up to today's,
 * oldest first — what they entered, not a measurement. Weeks without visits are there with zero.
 */
export async function loggedTimeByWeek(db: Db, user: StaffUser, options: { officerId?: number; weeks: number; today: string }) {
  const officerId = options.officerId ?? user.id;
  const firstWeek = addDays(startOfWeek(options.today), -7 * (options.weeks - 1));
  const week = sql<string>`to_char(date_trunc('week', ${visits.startedAt} at time zone 'Asia/Shanghai'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({ week, minutes: sql<number>`sum(${visits.durationMinutes})::int`, visits: count() })
    .from(visits)
    .where(and(eq(visits.officerId, officerId), visitVisible(user), gte(visits.startedAt, shanghaiInstant(firstWeek, "00:00"))))
    .groupBy(week);
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  return Array.from({ length: options.weeks }, (_, i) => {
    const start = addDays(firstWeek, 7 * i);
    const row = byWeek.get(start);
    return { week: start, minutes: Number(row?.minutes ?? 0), visits: row?.visits ?? 0 };
  });
}

/** Whose timeline a user may open: their own; the chief anyone's of the station (the officers who log visits). */
export async function listVisitOfficers(db: Db, user: StaffUser) {
  return db
    .select({ id: users.id, name: users.name, communityName: communities.name })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .where(and(inFieldWorkScope(user, users.communityId), sql`${users.role} in ('officer', 'auxiliary')`, eq(users.active, true)))
    .orderBy(asc(communities.id), asc(users.id));
}
