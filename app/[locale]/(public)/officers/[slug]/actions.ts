"use server";

import { headers } from "next/headers";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import { formAction } from "@/server/action";
import { recordBoardOrigin } from "@/server/board-origin";
import { clockTime } from "@/lib/i18n/format";
import { deliverAfterResponse } from "@/server/notifications";
import { toNewResidentRequest } from "@/lib/resident-submission";
import { submissionClient } from "@/lib/submission-client";
import { residentRequestSchema } from "@/lib/validation/request-forms";

/**
 * Every kind of resident request (message, tip, help, question, advice): stores it whole and sends the
 * resident to its tracking page (reference code + private link), or says why not and stores nothing.
 */
export const submitResidentForm = formAction({
  schema: residentRequestSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const result = await submitResidentRequest(db, toNewResidentRequest(input, submissionClient(await headers())));
    if (result.status === "unknown_officer") return { refuse: t("validation.unknownOfficer") };
    if (result.status === "limited") return { rollback: t("errors.tooManySubmissions", { time: clockTime(result.until, locale) }) };
    await recordBoardOrigin(db, result.referenceCode);
    deliverAfterResponse();
    return { redirectTo: `/track/${result.referenceCode}?k=${result.secret}&new=1` };
  },
});
