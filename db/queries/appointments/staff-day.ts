import "server-only";
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canWorkAppointments, type StaffUser } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../../client";
import { appointmentBookings, appointmentSlots, requests, services, users } from "../../schema";
import { inCommunityScope, inStation } from "../scope";
import { closeWith } from "./booking";

/* The staff's day view of bookings, and marking who came. */

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

