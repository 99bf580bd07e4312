import "server-only";
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canWorkAppointments, type StaffUser } from "@/lib/authz";
import { hashTrackingSecret } from "@/lib/codes";
import { keyedHash } from "@/lib/crypto";
import type { Locale } from "@/lib/i18n/locales";
import { addDays, isoWeekday, shanghaiClock, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { isUuid } from "@/lib/validation/uuid";
import { MAX_WINDOW_DAYS } from "@/lib/validation/slot-templates";
import type { Db } from "../client";
import {
  appointmentBookings,
  appointmentSlots,
  appointmentTemplates,
  communities,
  requestEvents,
  requests,
  services,
  stations,
  users,
  type AppointmentTemplate,
} from "../schema";
import { serviceBookable } from "./bookable";
import { notifyNewRequest } from "./notifications";
import { claimSubmission, countSubmission, insertWithFreshCode, submissionLimitKeys } from "./resident-requests";
import { firstLockedUntil } from "./throttles";
import { inCommunityScope, inStation } from "./scope";
import { writeRequestStatus } from "./request-status";
import type { ResidentGrant } from "./resident-grant";

/** Two no-shows within this many days block online booking until this many days after the second. */
export const NO_SHOW_DAYS = 30;
export const NO_SHOWS_TO_BLOCK = 2;

function minutesOf(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

/** The last date bookable under a window of `windowDays` working days (Mon–Fri) after `today`. */
export function lastWindowDay(today: string, windowDays: number): string {
  let day = today;
  for (let counted = 0; counted < windowDays; ) {
    day = addDays(day, 1);
    if (isoWeekday(day) <= 5) counted++;
  }
  return day;
}

/** The slots one template makes on one date (none when the template does not run that weekday). */
export function slotsOfDay(template: AppointmentTemplate, day: string) {
  if (!template.weekdays.includes(isoWeekday(day))) return [];
  const slots = [];
  const end = minutesOf(template.endTime);
  for (let start = minutesOf(template.startTime); start + template.slotMinutes <= end; start += template.slotMinutes) {
    const startsAt = new Date(shanghaiInstant(day, "00:00").getTime() + start * 60_000);
    slots.push({
      templateId: template.id,
      serviceId: template.serviceId,
      officerId: template.officerId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + template.slotMinutes * 60_000),
      capacity: template.capacity,
    });
  }
  return slots;
}

/**
 * Makes the slots of every active template (or of one, or of one service's) for `days` Beijing dates from
 * `from`. Idempotent: a slot that exists already (same template and start) is left as it is, bookings and all.
 * Returns how many were new. The picker calls this for its service on every remake, so by default a template
 * whose latest slot already reaches the end of the range is skipped without writing (the daily case is the
 * window moving on by a day); `refill` inserts the whole range, for a template whose rule has just changed.
 */
export async function ensureSlots(
  db: Db,
  options: { from: Date; days: number; templateId?: number; serviceId?: number; refill?: boolean },
): Promise<number> {
  const templates = await db
    .select()
    .from(appointmentTemplates)
    .where(
      and(
        eq(appointmentTemplates.active, true),
        options.templateId === undefined ? undefined : eq(appointmentTemplates.id, options.templateId),
        options.serviceId === undefined ? undefined : eq(appointmentTemplates.serviceId, options.serviceId),
      ),
    );
  if (templates.length === 0) return 0;
  const latest = new Map<number, number>();
  if (!options.refill) {
    const rows = await db
      .select({ templateId: appointmentSlots.templateId, latest: sql<string>`max(${appointmentSlots.startsAt})` })
      .from(appointmentSlots)
      .where(inArray(appointmentSlots.templateId, templates.map((t) => t.id)))
      .groupBy(appointmentSlots.templateId);
    for (const row of rows) latest.set(row.templateId, new Date(row.latest).getTime());
  }
  const first = shanghaiDay(options.from);
  const rows = templates.flatMap((template) => {
    const made = Array.from({ length: options.days }, (_, i) => slotsOfDay(template, addDays(first, i))).flat();
    const have = latest.get(template.id);
    return have !== undefined && made.length > 0 && have >= made.at(-1)!.startsAt.getTime() ? [] : made;
  });
  if (rows.length === 0) return 0;
  const inserted = await db.insert(appointmentSlots).values(rows).onConflictDoNothing().returning({ id: appointmentSlots.id });
  return inserted.length;
}

/** Calendar days ensureSlots should cover so that every template's booking window has its slots. */
export async function slotHorizonDays(db: Db): Promise<number> {
  const [row] = await db
    .select({ window: sql<number>`coalesce(max(${appointmentTemplates.windowDays}), 0)`.mapWith(Number) })
    .from(appointmentTemplates)
    .where(eq(appointmentTemplates.active, true));
  // windowDays counts working days: two weekend days per five, plus today.
  return Math.ceil(((row?.window ?? 0) * 7) / 5) + 3;
}

/** Whether a slot may be booked now under its template's notice and window. */
function openCondition(now: Date): SQL {
  const today = shanghaiDay(now);
  const ends = windowEnds(today);
  return and(
    eq(appointmentTemplates.active, true),
    // A slot a changed template no longer offers, and that held no booking, is closed at zero seats.
    gt(appointmentSlots.capacity, 0),
    // Implied by the two conditions below, but these the (service, starts_at) index can range over: the
    // past slots that pile up day after day are never read.
    gte(appointmentSlots.startsAt, now),
    lt(appointmentSlots.startsAt, new Date(ends[MAX_WINDOW_DAYS]!)),
    sql`${appointmentSlots.startsAt} >= ${now.toISOString()}::timestamptz + make_interval(hours => ${appointmentTemplates.minNoticeHours})`,
    // Where the window ends depends on the template's windowDays in working days (weekends stretch it):
    // looked up in the ends computed here for every window length up to MAX_WINDOW_DAYS (longer ones are capped).
    sql`${appointmentSlots.startsAt} < (${JSON.stringify(ends)}::jsonb->>(least(${appointmentTemplates.windowDays}, ${MAX_WINDOW_DAYS}))::text)::timestamptz`,
  )!;
}

/**
 * When the window ends, by window length (0–MAX_WINDOW_DAYS working days), for openCondition: one walk over
 * the days (asking lastWindowDay for each length took 8 ms of CPU per picker view).
 */
function windowEnds(today: string): Record<number, string> {
  const endOf = (day: string) => shanghaiInstant(addDays(day, 1), "00:00").toISOString();
  const ends: Record<number, string> = { 0: endOf(today) };
  let day = today;
  for (let days = 1; days <= MAX_WINDOW_DAYS; days++) {
    do day = addDays(day, 1);
    while (isoWeekday(day) > 5);
    ends[days] = endOf(day);
  }
  return ends;
}

export interface OpenSlot {
  id: number;
  startsAt: Date;
  endsAt: Date;
  remaining: number;
  /** null: the station hall; otherwise the officer taking the booking, at their community's office */
  officerId: number | null;
  officerName: string | null;
  communityName: string | null;
}

/** The bookable slots of a service (within notice and window), with the seats left in each; full ones too. */
export async function listOpenSlots(db: Db, serviceId: number, now: Date): Promise<OpenSlot[]> {
  const rows = await db
    .select({
      id: appointmentSlots.id,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      capacity: appointmentSlots.capacity,
      booked: appointmentSlots.booked,
      officerId: appointmentSlots.officerId,
      officerName: users.name,
      communityName: communities.name,
    })
    .from(appointmentSlots)
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .leftJoin(users, eq(users.id, appointmentSlots.officerId))
    .leftJoin(communities, eq(communities.id, users.communityId))
    .where(and(eq(appointmentSlots.serviceId, serviceId), openCondition(now)))
    .orderBy(asc(appointmentSlots.startsAt), asc(appointmentSlots.id));
  return rows.map(({ capacity, booked, ...slot }) => ({ ...slot, remaining: capacity - booked }));
}

/** A service residents can book (active, taking appointments, with an active slot rule), by slug. */
export async function getBookableService(db: Db, slug: string) {
  const [service] = await db
    .select({ id: services.id, slug: services.slug, name: services.name, whereWhen: sql<{ "zh-CN": string; en: string }>`${services.guide}->'whereWhen'` })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.active, true), serviceBookable));
  return service ?? null;
}

/** The date a person's no-shows keep them from booking online until (exclusive), or null. */
export async function noShowBlockedUntil(db: Db, personKey: string, now: Date): Promise<string | null> {
  const recent = await db
    .select({ day: appointmentBookings.day })
    .from(appointmentBookings)
    .where(and(eq(appointmentBookings.personKey, personKey), eq(appointmentBookings.status, "no_show")))
    .orderBy(desc(appointmentBookings.day))
    .limit(NO_SHOWS_TO_BLOCK);
  if (recent.length < NO_SHOWS_TO_BLOCK) return null;
  const latest = recent[0]!.day;
  const earliest = recent[recent.length - 1]!.day;
  if (Date.parse(latest) - Date.parse(earliest) > NO_SHOW_DAYS * 86_400_000) return null;
  const until = addDays(latest, NO_SHOW_DAYS);
  return shanghaiDay(now) < until ? until : null;
}

/** The keyed hash that stands for a person in bookings (their mobile number): never the number itself. */
export function personKeyOf(phone: string): string {
  return keyedHash("appointment-person", phone);
}

function slotLabel(startsAt: Date, endsAt: Date): string {
  return `${shanghaiDay(startsAt)} ${shanghaiClock(startsAt)}–${shanghaiClock(endsAt)}`;
}

/** What an appointment event carries: the (new) time, shown localized on the timelines. */
function timeData(startsAt: Date, endsAt: Date) {
  return { day: shanghaiDay(startsAt), start: shanghaiClock(startsAt), end: shanghaiClock(endsAt) };
}

export interface NewBooking {
  slotId: number;
  /** The resident's community; used for bookings at the station hall (an officer's slot belongs to theirs). */
  communityId: number | null;
  residentName: string;
  /** Normalized mobile number. */
  residentPhone: string;
  locale: Locale;
  /** Same for a repeat of this submission (double tap, retry). */
  repeatKey: string;
  /** Keyed hashes of the client and of its address alone, for the submission limits. Never stored with the request. */
  clientKey: string;
  addressKey: string;
}

export type BookResult =
  | { status: "stored"; referenceCode: string; secret: string; day: string }
  | { status: "repeated"; referenceCode: string; secret: string }
  | { status: "full" }
  | { status: "already_booked" }
  | { status: "blocked"; until: string }
  | { status: "limited"; until: Date }
  | { status: "unavailable" };

class Refused extends Error {
  constructor(readonly result: BookResult | ChangeResult) {
    super(result as string);
  }
}

function isOneBookingViolation(error: unknown): boolean {
  for (let e = error as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown; message?: string } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && `${e.constraint_name ?? e.constraint ?? e.message}`.includes("one_booking_per_person_service_day")) return true;
  }
  return false;
}

/** The cached picker pages of a service (its days, and the booked day's times), in both languages: refreshed after a booking. */
export function bookingPagePaths(slug: string, day?: string): string[] {
  return ["zh-CN", "en"].flatMap((locale) => [`/${locale}/book/${slug}`, ...(day ? [`/${locale}/book/${slug}/${day}`] : [])]);
}

/** A slot with what booking it needs, if it is open for booking now. */
async function openSlot(db: Db, slotId: number, now: Date) {
  const [slot] = await db
    .select({
      id: appointmentSlots.id,
      serviceId: appointmentSlots.serviceId,
      officerId: appointmentSlots.officerId,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      officerCommunityId: users.communityId,
      serviceName: services.name,
    })
    .from(appointmentSlots)
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(services, eq(services.id, appointmentSlots.serviceId))
    .leftJoin(users, eq(users.id, appointmentSlots.officerId))
    .where(and(eq(appointmentSlots.id, slotId), eq(services.active, true), eq(services.appointment, true), openCondition(now)));
  return slot ?? null;
}

async function existingCommunity(db: Db, id: number | null): Promise<number | null> {
  if (id === null || !Number.isSafeInteger(id) || id > 2_147_483_647) return null;
  const [row] = await db.select({ id: communities.id }).from(communities).where(eq(communities.id, id));
  return row?.id ?? null;
}

/** The communities a resident chooses from when booking the station hall. */
export function listBookingCommunities(db: Db) {
  return db.select({ id: communities.id, name: communities.name }).from(communities).orderBy(asc(communities.id));
}

/** Takes a seat; the database refuses to go past capacity (`booked < capacity`), however many book at once. */
async function takeSeat(db: Db, slotId: number): Promise<boolean> {
  const taken = await db
    .update(appointmentSlots)
    .set({ booked: sql`${appointmentSlots.booked} + 1` })
    .where(and(eq(appointmentSlots.id, slotId), lt(appointmentSlots.booked, appointmentSlots.capacity)))
    .returning({ id: appointmentSlots.id });
  return taken.length === 1;
}

async function freeSeat(db: Db, slotId: number): Promise<void> {
  await db
    .update(appointmentSlots)
    .set({ booked: sql`${appointmentSlots.booked} - 1` })
    .where(and(eq(appointmentSlots.id, slotId), sql`${appointmentSlots.booked} > 0`));
}

/**
 * Books a slot as a request (kind appointment) with its first event, reference code and tracking secret.
 * Runs in a savepoint of the caller's transaction: a refusal ("full", "already_booked", "blocked", …) leaves
 * nothing behind, so the caller may commit and report it. One booking per person, service and day is the
 * partial unique index's to guarantee; a seat is the slot row's CHECK and conditional update's.
 */
export async function bookSlot(db: Db, input: NewBooking, now = new Date()): Promise<BookResult> {
  try {
    return await db.transaction(async (sp) => {
      const result = await bookInSavepoint(sp, input, now);
      if (result.status !== "stored" && result.status !== "repeated") throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as BookResult;
    if (isOneBookingViolation(error)) return { status: "already_booked" };
    throw error;
  }
}

async function bookInSavepoint(db: Db, input: NewBooking, now: Date): Promise<BookResult> {
  const slot = await openSlot(db, input.slotId, now);
  const communityId = slot?.officerId ? slot.officerCommunityId : await existingCommunity(db, input.communityId);
  if (!slot || !communityId) return { status: "unavailable" };

  const claim = await claimSubmission(db, input.repeatKey);
  if (!claim.claimed) return { status: "repeated", referenceCode: claim.first.referenceCode, secret: claim.first.secret };
  const { requestId, secret } = claim;

  const personKey = personKeyOf(input.residentPhone);
  const blockedUntil = await noShowBlockedUntil(db, personKey, now);
  if (blockedUntil) return { status: "blocked", until: blockedUntil };

  const limitKeys = submissionLimitKeys({ ...input, phoneKey: keyedHash("phone", input.residentPhone) });
  const until = await firstLockedUntil(db, limitKeys);
  if (until) return { status: "limited", until };

  if (!(await takeSeat(db, slot.id))) return { status: "full" };

  const serviceName = slot.serviceName[input.locale];
  const when = slotLabel(slot.startsAt, slot.endsAt);
  const referenceCode = await insertWithFreshCode(db, {
    id: requestId,
    kind: "appointment",
    trackingSecretHash: hashTrackingSecret(secret),
    residentName: input.residentName,
    residentPhone: input.residentPhone,
    anonymous: false,
    body: `${serviceName} · ${when}`,
    details: { service: serviceName, slot: when },
    communityId,
    officerId: slot.officerId,
    assigneeId: slot.officerId,
    // A booking awaits no answer: it is due at its time (the queue shows it as booked for then, with no clock).
    dueAt: slot.startsAt,
  });
  await db.insert(appointmentBookings).values({
    requestId,
    slotId: slot.id,
    serviceId: slot.serviceId,
    personKey,
    day: shanghaiDay(slot.startsAt),
  });
  await db.insert(requestEvents).values({ requestId, type: "appointment", toStatus: "submitted", data: { appointment: "booked", ...timeData(slot.startsAt, slot.endsAt) } });
  await notifyNewRequest(db, requestId);
  await countSubmission(db, limitKeys);
  return { status: "stored", referenceCode, secret, day: shanghaiDay(slot.startsAt) };
}

export type ChangeResult = "ok" | "not_allowed" | "too_late" | "full" | "already_booked" | "unavailable";

/** The booking of a request, locked, if the resident may still change it (booked, and before its day). */
async function changeableBooking(db: Db, requestId: string, now: Date): Promise<{ slotId: number; serviceId: number } | ChangeResult> {
  const [booking] = await db
    .select({ slotId: appointmentBookings.slotId, serviceId: appointmentBookings.serviceId, status: appointmentBookings.status, day: appointmentBookings.day })
    .from(appointmentBookings)
    .where(eq(appointmentBookings.requestId, requestId))
    .for("update");
  if (!booking || booking.status !== "booked") return "not_allowed";
  if (shanghaiDay(now) >= booking.day) return "too_late";
  return booking;
}

/** The resident cancels their booking (until the day before): the seat is freed and the request closed. */
export async function cancelBooking(db: Db, { requestId }: ResidentGrant, now = new Date()): Promise<ChangeResult> {
  const booking = await changeableBooking(db, requestId, now);
  if (typeof booking === "string") return booking;
  await db.update(appointmentBookings).set({ status: "cancelled" }).where(eq(appointmentBookings.requestId, requestId));
  await freeSeat(db, booking.slotId);
  await closeWith(db, requestId, null, "cancelled", now);
  return "ok";
}

/**
 * Closes an appointment's request with what ended it (cancelled, attended, no-show): the timeline says that,
 * not a bare "resolved" (the request's status, which the queue and the numbers count, still becomes resolved).
 * A mark corrected later is written again, without a second close.
 */
async function closeWith(db: Db, requestId: string, actorId: number | null, outcome: "cancelled" | "attended" | "no_show", now: Date): Promise<void> {
  const [request] = await db.select({ status: requests.status }).from(requests).where(eq(requests.id, requestId));
  if (!request) return;
  const event = { type: "appointment" as const, data: { appointment: outcome } };
  if (request.status === "resolved") {
    await db.insert(requestEvents).values({ requestId, actorId, ...event });
    return;
  }
  // Staff marking the visit is the answer a booking gets.
  await writeRequestStatus(db, requestId, { from: request.status, to: "resolved", actorId, event, now, firstResponse: true });
}

/**
 * The resident moves their booking to another open slot of the same service (until the day before the
 * booked day): the new seat is taken under the same database guarantee, then the old one freed.
 */
export async function rescheduleBooking(db: Db, { requestId }: ResidentGrant, newSlotId: number, locale: Locale, now = new Date()): Promise<ChangeResult> {
  try {
    return await db.transaction(async (spTx) => {
      const sp = spTx;
      const booking = await changeableBooking(sp, requestId, now);
      if (typeof booking === "string") throw new Refused(booking);
      const slot = await openSlot(sp, newSlotId, now);
      if (!slot || slot.serviceId !== booking.serviceId || slot.id === booking.slotId) throw new Refused("unavailable");
      if (!(await takeSeat(sp, slot.id))) throw new Refused("full");
      await freeSeat(sp, booking.slotId);
      await sp
        .update(appointmentBookings)
        .set({ slotId: slot.id, day: shanghaiDay(slot.startsAt) })
        .where(eq(appointmentBookings.requestId, requestId));
      const serviceName = slot.serviceName[locale];
      const when = slotLabel(slot.startsAt, slot.endsAt);
      await sp
        .update(requests)
        .set({ body: `${serviceName} · ${when}`, details: { service: serviceName, slot: when }, dueAt: slot.startsAt })
        .where(eq(requests.id, requestId));
      await sp.insert(requestEvents).values({ requestId, type: "appointment", data: { appointment: "rescheduled", ...timeData(slot.startsAt, slot.endsAt) } });
      return "ok" as const;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result as ChangeResult;
    if (isOneBookingViolation(error)) return "already_booked";
    throw error;
  }
}

/** What the tracking page and the calendar file show of a request's booking; null if it is no booking. */
export async function getBookingOfRequest(db: Db, { requestId }: ResidentGrant, now = new Date()) {
  const [row] = await db
    .select({
      referenceCode: requests.referenceCode,
      status: appointmentBookings.status,
      day: appointmentBookings.day,
      serviceId: appointmentBookings.serviceId,
      serviceSlug: services.slug,
      serviceName: services.name,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      officerName: users.name,
      officeAddress: communities.officeAddress,
      stationName: stations.name,
      stationAddress: stations.address,
    })
    .from(appointmentBookings)
    .innerJoin(requests, eq(requests.id, appointmentBookings.requestId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointmentBookings.slotId))
    .innerJoin(services, eq(services.id, appointmentBookings.serviceId))
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .innerJoin(stations, eq(stations.id, communities.stationId))
    .leftJoin(users, eq(users.id, appointmentSlots.officerId))
    .where(eq(appointmentBookings.requestId, requestId));
  if (!row) return null;
  return {
    ...row,
    changeable: row.status === "booked" && shanghaiDay(now) < row.day,
  };
}

export type BookingOfRequest = NonNullable<Awaited<ReturnType<typeof getBookingOfRequest>>>;

const slotOfficer = alias(users, "slot_officer");

/**
 * Bookings a staff member may see, as a WHERE clause (needs the request and slotOfficer joined): those with an
 * officer of their communities, and those at their station's hall (no officer), which everyone who works a
 * queue there sees.
 */
function bookingsVisibleTo(user: StaffUser): SQL {
  if (!canWorkAppointments(user)) return sql`false`;
  return or(and(isNull(appointmentSlots.officerId), inStation(user, requests.communityId)), inCommunityScope(user, slotOfficer.communityId))!;
}

/** One day's bookings (Beijing date) the user may see, by time; cancelled ones too, so a change shows. */
export async function listDayBookings(db: Db, user: StaffUser, day: string) {
  return db
    .select({
      requestId: appointmentBookings.requestId,
      referenceCode: requests.referenceCode,
      residentName: requests.residentName,
      residentPhone: requests.residentPhone,
      status: appointmentBookings.status,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      serviceName: services.name,
      officerName: slotOfficer.name,
    })
    .from(appointmentBookings)
    .innerJoin(requests, eq(requests.id, appointmentBookings.requestId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointmentBookings.slotId))
    .innerJoin(services, eq(services.id, appointmentBookings.serviceId))
    .leftJoin(slotOfficer, eq(slotOfficer.id, appointmentSlots.officerId))
    .where(and(eq(appointmentBookings.day, day), bookingsVisibleTo(user)))
    .orderBy(asc(appointmentSlots.startsAt), asc(requests.referenceCode));
}

export type AttendanceResult = "ok" | "not_found" | "not_yet";

/**
 * Staff mark a booking attended or no-show (and may correct the mark); not before its day, and not a
 * cancelled one. The request is closed with the mark. Not allowed and not found answer the same.
 */
export async function markAttendance(
  db: Db,
  user: StaffUser,
  requestId: string,
  mark: "attended" | "no_show",
  now = new Date(),
): Promise<AttendanceResult> {
  if (!isUuid(requestId)) return "not_found";
  const [booking] = await db
    .select({ day: appointmentBookings.day, status: appointmentBookings.status })
    .from(appointmentBookings)
    .innerJoin(requests, eq(requests.id, appointmentBookings.requestId))
    .innerJoin(appointmentSlots, eq(appointmentSlots.id, appointmentBookings.slotId))
    .leftJoin(slotOfficer, eq(slotOfficer.id, appointmentSlots.officerId))
    .where(and(eq(appointmentBookings.requestId, requestId), bookingsVisibleTo(user)));
  if (!booking || booking.status === "cancelled") return "not_found";
  if (booking.day > shanghaiDay(now)) return "not_yet";
  await db
    .update(appointmentBookings)
    .set({ status: mark })
    .where(and(eq(appointmentBookings.requestId, requestId), inArray(appointmentBookings.status, ["booked", "attended", "no_show"])));
  if (booking.status !== mark) await closeWith(db, requestId, user.id, mark, now);
  return "ok";
}

/** The slots a booking could be moved to: its service's other open slots. */
export async function listRescheduleSlots(db: Db, { requestId }: ResidentGrant, now: Date): Promise<OpenSlot[]> {
  const [booking] = await db
    .select({ serviceId: appointmentBookings.serviceId, slotId: appointmentBookings.slotId })
    .from(appointmentBookings)
    .where(eq(appointmentBookings.requestId, requestId));
  if (!booking) return [];
  return (await listOpenSlots(db, booking.serviceId, now)).filter((s) => s.id !== booking.slotId);
}

export interface BookingChoice {
  slug: string;
  name: { "zh-CN": string; en: string };
}

/**
 * What a resident can book from an officer's page: the services that officer takes bookings for themselves,
 * with the hours of each rule, and the services the station hall takes bookings for. Only active rules of
 * bookable services; an unknown slug has none of the first.
 */
export async function listBookingChoices(db: Db, officerSlug: string) {
  const rows = await db
    .select({
      slug: services.slug,
      name: services.name,
      officerId: appointmentTemplates.officerId,
      weekdays: appointmentTemplates.weekdays,
      startTime: appointmentTemplates.startTime,
      endTime: appointmentTemplates.endTime,
    })
    .from(appointmentTemplates)
    .innerJoin(services, eq(services.id, appointmentTemplates.serviceId))
    .leftJoin(users, eq(users.id, appointmentTemplates.officerId))
    .where(
      and(
        eq(appointmentTemplates.active, true),
        eq(services.active, true),
        eq(services.appointment, true),
        or(isNull(appointmentTemplates.officerId), and(eq(users.slug, officerSlug), eq(users.active, true))),
      ),
    )
    .orderBy(asc(services.sortOrder), asc(services.id), asc(appointmentTemplates.startTime));
  const withOfficer = new Map<string, BookingChoice & { officerId: number; hours: { weekdays: number[]; startTime: string; endTime: string }[] }>();
  const atHall = new Map<string, BookingChoice>();
  for (const row of rows) {
    if (row.officerId === null) {
      atHall.set(row.slug, { slug: row.slug, name: row.name });
      continue;
    }
    const entry = withOfficer.get(row.slug) ?? { slug: row.slug, name: row.name, officerId: row.officerId, hours: [] };
    entry.hours.push({ weekdays: row.weekdays, startTime: row.startTime.slice(0, 5), endTime: row.endTime.slice(0, 5) });
    withOfficer.set(row.slug, entry);
  }
  return { withOfficer: [...withOfficer.values()], atHall: [...atHall.values()] };
}
