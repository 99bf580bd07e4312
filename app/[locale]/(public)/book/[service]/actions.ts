"use server";

import { headers } from "next/headers";
import { bookingPagePaths, bookSlot } from "@/db/queries/appointments";
import { formAction } from "@/lib/action";
import { parseDay } from "@/lib/calendar-day";
import { clientAddress } from "@/lib/client-address";
import { keyedHash } from "@/lib/crypto";
import { clockTime } from "@/lib/i18n/format";
import { deliverAfterResponse } from "@/lib/notifications";
import { bookingSchema } from "@/lib/validation/appointment-forms";
import { normalizeMobile } from "@/lib/validation/phone";

/**
 * Books a time and sends the resident to the tracking page, or says why not ("full", "already booked that
 * day", "blocked until …"). bookSlot leaves nothing behind on a refusal, so the refusal can be shown either
 * in the form (JavaScript on: what was typed stays) or on the page after a redirect (JavaScript off).
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
    const requestHeaders = await headers();
    const clientId = `${clientAddress(requestHeaders)}\0${requestHeaders.get("user-agent") ?? ""}`;
    const repeatKey = input.submissionKey
      ? keyedHash("submission", `key\0${input.submissionKey}`)
      : keyedHash("submission", ["appointment", clientId, input.slot, phone, input.name].join("\0"));
    const result = await bookSlot(db, {
      slotId: input.slot,
      communityId: input.community,
      residentName: input.name,
      residentPhone: phone,
      locale,
      repeatKey,
      clientKey: keyedHash("client", clientId),
    });
    if (result.status === "stored" || result.status === "repeated") {
      deliverAfterResponse();
      // One seat fewer: the cached days and that day's times are remade for the next visitor.
      return {
        redirectTo: `/track/${result.referenceCode}?k=${result.secret}&new=1`,
        revalidate: result.status === "stored" ? bookingPagePaths(input.service, result.day) : undefined,
      };
    }
    if (input.js === "1") {
      const message =
        result.status === "blocked"
          ? t("appointments.errors.blocked", { date: result.until })
          : result.status === "limited"
            ? t("appointments.errors.limited", { time: clockTime(result.until, locale) })
            : t(`appointments.errors.${result.status}`);
      return { refuse: message };
    }
    const extra = result.status === "blocked" ? `&until=${result.until}` : result.status === "limited" ? `&until=${result.until.toISOString()}` : "";
    return { redirectTo: `/book/${input.service}/refused?error=${result.status}${extra}${backTo(input.day)}` };
  },
});

/** The day page to choose again on, when the form said which (a real date only). */
function backTo(day: string): string {
  return parseDay(day) ? `&day=${day}` : "";
}
