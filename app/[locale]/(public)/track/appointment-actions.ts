"use server";

import { cancelBooking, rescheduleBooking } from "@/db/queries/appointments";
import { residentChange } from "@/lib/resident-change";
import { cancelBookingSchema, rescheduleSchema } from "@/lib/validation/appointment-forms";

/* The resident cancels or moves their booking from the tracking page; a refusal comes back as bookingError. */

export const cancelAppointment = residentChange({
  schema: cancelBookingSchema,
  done: "cancelled",
  errorParam: "bookingError",
  change: (db, requestId) => cancelBooking(db, requestId),
});

export const rescheduleAppointment = residentChange({
  schema: rescheduleSchema,
  done: "rescheduled",
  errorParam: "bookingError",
  change: (db, requestId, input, locale) => rescheduleBooking(db, requestId, input.slot, locale),
});
