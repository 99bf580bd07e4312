import "server-only";
import { eq } from "drizzle-orm";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import type { Db } from "../../client";
import { appointmentBookings, appointmentSlots, communities, requestEvents, requests, services, stations, users } from "../../schema";
import type { ResidentGrant } from "../resident-grant";
import { closeWith, freeSeat, isOneBookingViolation, Refused, slotLabel, takeSeat, timeData, type ChangeResult } from "./booking";
import { listOpenSlots, openSlot, type OpenSlot } from "./slots";

/*
 * The resident's side of a booking, from the tracking page: what it is, and cancelling or moving it until the
 * end of the day before. Every function takes the resident's grant (db/queries/resident-grant.ts).
 */

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
 * The resident moves their booking to another open slot of the same service (until the day before the
 * booked day): the new seat is taken under the same database guarantee, then the old one freed.
 */
export async function rescheduleBooking(db: Db, { requestId }: ResidentGrant, newSlotId: number, locale: Locale, now = new Date()): Promise<ChangeResult> {
  try {
    return await db.transaction(async (sp) => {
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

/** The slots a booking could be moved to: its service's other open slots. */
export async function listRescheduleSlots(db: Db, { requestId }: ResidentGrant, now: Date): Promise<OpenSlot[]> {
  const [booking] = await db
    .select({ serviceId: appointmentBookings.serviceId, slotId: appointmentBookings.slotId })
    .from(appointmentBookings)
    .where(eq(appointmentBookings.requestId, requestId));
  if (!booking) return [];
  return (await listOpenSlots(db, booking.serviceId, now)).filter((s) => s.id !== booking.slotId);
}

