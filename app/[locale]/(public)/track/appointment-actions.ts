"use server";

import type { Db } from "@/db";
import { cancelBooking, rescheduleBooking, type ChangeResult } from "@/db/queries/appointments";
import { formAction } from "@/lib/action";
import { clockTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { residentAccess } from "@/lib/resident-access";
import { cancelBookingSchema, rescheduleSchema } from "@/lib/validation/appointment-forms";

/**
 * The resident cancels or moves their booking from the tracking page, proven like every change there (the
 * private link's secret, or the grant cookie of a phone look-up). Both answer with a redirect back to the
 * page, carrying the outcome, so it shows with JavaScript off too; a refusal has changed nothing.
 */
function bookingChange<I extends { code: string; k: string }>(
  schema: typeof cancelBookingSchema | typeof rescheduleSchema,
  done: "cancelled" | "rescheduled",
  change: (db: Db, requestId: string, input: I, locale: Locale) => Promise<ChangeResult>,
) {
  return formAction({
    schema,
    access: "public",
    async run({ db, input, t, locale }) {
      const access = await residentAccess(db, input.code, input.k);
      if (access.status === "locked") return { refuse: t("track.locked", { time: clockTime(access.until, locale) }) };
      if (access.status === "not_found") return { refuse: t("track.notFound") };
      const result = await change(db, access.requestId, input as I, locale);
      const back = `/track/${access.referenceCode}?${input.k ? `k=${encodeURIComponent(input.k)}&` : ""}`;
      return { redirectTo: result === "ok" ? `${back}done=${done}` : `${back}bookingError=${result}` };
    },
  });
}

export const cancelAppointment = bookingChange(cancelBookingSchema, "cancelled", (db, requestId) => cancelBooking(db, requestId));

export const rescheduleAppointment = bookingChange<{ code: string; k: string; slot: number }>(
  rescheduleSchema,
  "rescheduled",
  (db, requestId, input, locale) => rescheduleBooking(db, requestId, input.slot, locale),
);
