"use server";

import { headers } from "next/headers";
import { getApplicationService, submitApplication } from "@/db/queries/applications";
import { splitAnswers } from "@/lib/applications/form-schema";
import { fieldErrorsOf, formAction } from "@/server/action";
import { recordBoardOrigin } from "@/server/board-origin";
import { keyedHash } from "@/lib/crypto";
import { clockTime } from "@/lib/i18n/format";
import { deliverAfterResponse } from "@/server/notifications";
import { submissionClient } from "@/lib/submission-client";
import { applicationFormSchema, applicationServiceSchema } from "@/lib/validation/application-forms";

/**
 * A resident applies for a service online: the form's own answers are checked against the service's
 * definition (the same checks the browser ran), then stored with a reference code, or refused with the
 * reasons by field. The documents are sent next, from the tracking page.
 */
export const applyForService = formAction({
  schema: applicationServiceSchema,
  access: "public",
  async run({ db, input: raw, t, locale }) {
    const service = await getApplicationService(db, raw.service);
    if (!service) return { refuse: t("applications.errors.unavailable") };
    // Every mistake at once, with the browser's messages: the schema is the one the form ran.
    const parsed = applicationFormSchema(service.fields).safeParse(raw);
    if (!parsed.success) return { refuse: t("applications.fixErrors"), fieldErrors: fieldErrorsOf(parsed.error.issues, t) };
    const input = parsed.data;

    const client = submissionClient(await headers());
    const { answers, idNumbers } = splitAnswers(service.fields, input);
    const repeatKey = input.submissionKey
      ? keyedHash("submission", `key\0${input.submissionKey}`)
      : keyedHash("submission", ["application", client.id, service.slug, input.phone, input.name, JSON.stringify(input)].join("\0"));
    const result = await submitApplication(db, {
      serviceId: service.id,
      communityId: input.community,
      residentName: input.name,
      residentPhone: input.phone,
      answers,
      idNumbers,
      note: input.note,
      locale,
      repeatKey,
      clientKey: client.clientKey,
      addressKey: client.addressKey,
    });
    if (result.status === "limited") return { refuse: t("errors.tooManySubmissions", { time: clockTime(result.until, locale) }) };
    if (result.status === "unavailable") return { refuse: t("applications.errors.unavailable") };
    await recordBoardOrigin(db, result.referenceCode);
    deliverAfterResponse();
    return { redirectTo: `/track/${result.referenceCode}?k=${result.secret}&new=1` };
  },
});
