"use server";

import { headers } from "next/headers";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import { formAction } from "@/lib/action";
import { clientAddress } from "@/lib/client-address";
import { keyedHash } from "@/lib/crypto";
import { clockTime } from "@/lib/i18n/format";
import { deliverAfterResponse } from "@/lib/notifications";
import { contactOf, detailsOf, residentRequestSchema } from "@/lib/validation/request-forms";

/**
 * Every kind of resident request (message, tip, help, question, advice): stores it whole and sends the
 * resident to its tracking page (reference code + private link), or says why not and stores nothing.
 */
export const submitResidentForm = formAction({
  schema: residentRequestSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const contact = contactOf(input);
    const requestHeaders = await headers();
    // Used only as keyed hashes: for repeats (minutes) and submission limits (an hour); never with the request.
    const client = `${clientAddress(requestHeaders)}\0${requestHeaders.get("user-agent") ?? ""}`;
    const details = detailsOf(input);
    // With JavaScript the browser sends a key per form load; without it, the same content from the same
    // client within the repeat window counts as the same submission.
    const repeatKey = input.submissionKey
      ? keyedHash("submission", `key\0${input.submissionKey}`)
      : keyedHash(
          "submission",
          ["content", client, input.kind, input.officer, contact.name, contact.phone, JSON.stringify(details), input.body].join("\0"),
        );
    const result = await submitResidentRequest(db, {
      kind: input.kind,
      officerSlug: input.officer,
      residentName: contact.name,
      residentPhone: contact.phone,
      anonymous: input.kind === "tip" && !input.leaveContact,
      body: input.body,
      details,
      repeatKey,
      clientKey: keyedHash("client", client),
      phoneKey: contact.phone ? keyedHash("phone", contact.phone) : null,
    });
    if (result.status === "stored") deliverAfterResponse();
    if (result.status === "unknown_officer") return { refuse: t("validation.unknownOfficer") };
    if (result.status === "limited") return { rollback: t("errors.tooManySubmissions", { time: clockTime(result.until, locale) }) };
    return { redirectTo: `/track/${result.referenceCode}?k=${result.secret}&new=1` };
  },
});
