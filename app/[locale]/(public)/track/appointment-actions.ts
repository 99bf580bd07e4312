"use server";

import { cancelBooking, rescheduleBooking } from "@/db/queries/appointments";
import { residentChange } from "@/server/resident-change";
import { cancelBookingSchema, rescheduleSchema } from "@/lib/validation/appointment-forms";

/*
 * The resident cancels or moves their booking from the tracking page; a refusal comes back as bookingError.
 * Either frees a seat, so the cached pickers are remade.
 */
const BOOKING_PAGES = ["/[locale]/(public)/book/[service]", "/[locale]/(public)/book/[service]/[day]"];

export const cancelAppointment = residentChange({
  schema: cancelBookingSchema,
  done: "cancelled",
  errorParam: "bookingError",
  revalidate: BOOKING_PAGES,
  change: (db, grant) => cancelBooking(db, grant),
});

export const rescheduleAppointment = residentChange({
  schema: rescheduleSchema,
  done: "rescheduled",
  errorParam: "bookingError",
  revalidate: BOOKING_PAGES,
  change: (db, grant, input, locale) => rescheduleBooking(db, grant, input.slot, locale),
});
