"use server";

import { headers } from "next/headers";
import { bookingPagePaths, bookSlot } from "@/db/queries/appointments";
import { formAction } from "@/server/action";
import { recordBoardOrigin } from "@/server/board-origin";
import { parseDay } from "@/lib/calendar-day";
import { keyedHash } from "@/lib/crypto";
import { clockTime } from "@/lib/i18n/format";
import { deliverAfterResponse } from "@/server/notifications";
import { submissionClient } from "@/lib/submission-client";
import { bookingSchema } from "@/lib/validation/appointment-forms";
import { normalizeMobile } from "@/lib/validation/phone";

/**
 * Books a time and sends the resident to the tracking page, or says why not ("full", "this number cannot book
 * that day", "too many submissions"). bookSlot leaves nothing behind on a refusal, so the refusal can be shown
 * either in the form (JavaScript on: what was typed stays) or on the page after a redirect (JavaScript off).
 */
export const bookAppointment = formAction({
  schema: bookingSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const phone = normalizeMobile(input.phone);
    if (!phone) {
      return input.js === "1"
        ? { refuse: t("validation.phoneInvalid"), fieldErrors: { phone: [t("validation.phoneInvalid")] } }
        : { redirectTo: `/book/${input.service}/refused?error=phone${backTo(input.day)}` };
    }
    const client = submissionClient(await headers());
    const repeatKey = input.submissionKey
      ? keyedHash("submission", `key\0${input.submissionKey}`)
      : keyedHash("submission", ["appointment", client.id, input.slot, phone, input.name].join("\0"));
    const result = await bookSlot(db, {
      slotId: input.slot,
      communityId: input.community,
      residentName: input.name,
      residentPhone: phone,
      locale,
      repeatKey,
      clientKey: client.clientKey,
      addressKey: client.addressKey,
    });
    if (result.status === "stored" || result.status === "repeated") {
      await recordBoardOrigin(db, result.referenceCode);
      deliverAfterResponse();
      // One seat fewer: the cached days and that day's times are remade for the next visitor.
      return {
        redirectTo: `/track/${result.referenceCode}?k=${result.secret}&new=1`,
        revalidate: result.status === "stored" ? bookingPagePaths(input.service, result.day) : undefined,
      };
    }
    if (result.status === "limited") {
      return input.js === "1"
        ? { refuse: t("appointments.errors.limited", { time: clockTime(result.until, locale) }) }
        : { redirectTo: `/book/${input.service}/refused?error=limited&until=${result.until.toISOString()}${backTo(input.day)}` };
    }
    // Whoever typed the number may not be its owner: that the owner already booked that day, or is paused
    // for missed appointments, is theirs to know. Both get one answer (and one address without JavaScript).
    const refusal = result.status === "already_booked" || result.status === "blocked" ? "phone_unavailable" : result.status;
    return input.js === "1" ? { refuse: t(`appointments.errors.${refusal}`) } : { redirectTo: `/book/${input.service}/refused?error=${refusal}${backTo(input.day)}` };
  },
});

/** The day page to choose again on, when the form said which (a real date only). */
function backTo(day: string): string {
  return parseDay(day) ? `&day=${day}` : "";
}
