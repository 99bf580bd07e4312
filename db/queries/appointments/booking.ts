import "server-only";
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { NO_SHOWS_TO_BLOCK, noShowBlockUntil } from "@/lib/appointment-slots";
import { shanghaiClock, shanghaiDay } from "@/lib/calendar-day";
import { hashTrackingSecret } from "@/lib/codes";
import { keyedHash } from "@/lib/crypto";
import type { Locale } from "@/lib/i18n/locales";
import type { Db } from "../../client";
import { appointmentBookings, appointmentSlots, communities, requestEvents, requests } from "../../schema";
import { notifyNewRequest } from "../notifications";
import { writeRequestStatus } from "../request-status";
import { claimSubmission, countSubmission, insertWithFreshCode, submissionLimitKeys } from "../resident-requests";
import { firstLockedUntil } from "../throttles";
import { openSlot } from "./slots";

/*
 * Booking a time: one request (kind appointment) per booking, its seat taken under the database's guarantee,
 * one booking per person, service and day, and no online booking for a person who did not come twice. Also
 * what the other appointment modules share: seats, the time a booking is for, and closing it with its outcome.
 */

/** The date a person's no-shows keep them from booking online until (exclusive), or null. */
export async function noShowBlockedUntil(db: Db, personKey: string, now: Date): Promise<string | null> {
  const recent = await db
    .select({ day: appointmentBookings.day })
    .from(appointmentBookings)
    .where(and(eq(appointmentBookings.personKey, personKey), eq(appointmentBookings.status, "no_show")))
    .orderBy(desc(appointmentBookings.day))
    .limit(NO_SHOWS_TO_BLOCK);
  return noShowBlockUntil(recent.map((r) => r.day), now);
}

/** The keyed hash that stands for a person in bookings (their mobile number): never the number itself. */
export function personKeyOf(phone: string): string {
  return keyedHash("appointment-person", phone);
}

export function slotLabel(startsAt: Date, endsAt: Date): string {
  return `${shanghaiDay(startsAt)} ${shanghaiClock(startsAt)}–${shanghaiClock(endsAt)}`;
}

/** What an appointment event carries: the (new) time, shown localized on the timelines. */
export function timeData(startsAt: Date, endsAt: Date) {
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

export type ChangeResult = "ok" | "not_allowed" | "too_late" | "full" | "already_booked" | "unavailable";

export class Refused extends Error {
  constructor(readonly result: BookResult | ChangeResult) {
    super(result as string);
  }
}

export function isOneBookingViolation(error: unknown): boolean {
  for (let e = error as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown; message?: string } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505" && `${e.constraint_name ?? e.constraint ?? e.message}`.includes("one_booking_per_person_service_day")) return true;
  }
  return false;
}

/** The cached picker pages of a service (its days, and the booked day's times), in both languages: refreshed after a booking. */
export function bookingPagePaths(slug: string, day?: string): string[] {
  return ["zh-CN", "en"].flatMap((locale) => [`/${locale}/book/${slug}`, ...(day ? [`/${locale}/book/${slug}/${day}`] : [])]);
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
export async function takeSeat(db: Db, slotId: number): Promise<boolean> {
  const taken = await db
    .update(appointmentSlots)
    .set({ booked: sql`${appointmentSlots.booked} + 1` })
    .where(and(eq(appointmentSlots.id, slotId), lt(appointmentSlots.booked, appointmentSlots.capacity)))
    .returning({ id: appointmentSlots.id });
  return taken.length === 1;
}

export async function freeSeat(db: Db, slotId: number): Promise<void> {
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

/**
 * Closes an appointment's request with what ended it (cancelled, attended, no-show): the timeline says that,
 * not a bare "resolved" (the request's status, which the queue and the numbers count, still becomes resolved).
 * A mark corrected later is written again, without a second close.
 */
export async function closeWith(db: Db, requestId: string, actorId: number | null, outcome: "cancelled" | "attended" | "no_show", now: Date): Promise<void> {
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

