"use server";

import { headers } from "next/headers";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import { formAction } from "@/lib/action";
import { clientAddress } from "@/lib/client-address";
import { keyedHash } from "@/lib/crypto";
import { normalizeMobile } from "@/lib/validation/phone";
import { messageFormSchema } from "@/lib/validation/request-forms";

/** 请您留言: stores the message and sends the resident to its tracking page (code + private link). */
export const submitMessage = formAction({
  schema: messageFormSchema,
  access: "public",
  async run({ db, input, t }) {
    const phone = input.phone ? normalizeMobile(input.phone) : null;
    const requestHeaders = await headers();
    // With JavaScript the browser sends a key per form load; without it, the same content from the same
    // client within the repeat window counts as the same submission.
    const repeatKey = input.submissionKey
      ? keyedHash("submission", `key\0${input.submissionKey}`)
      : keyedHash(
          "submission",
          ["content", clientAddress(requestHeaders), requestHeaders.get("user-agent") ?? "", input.officer, input.name, phone ?? "", input.body].join("\0"),
        );
    const submitted = await submitResidentRequest(db, {
      kind: "message",
      officerSlug: input.officer,
      residentName: input.name || null,
      residentPhone: phone,
      body: input.body,
      repeatKey,
    });
    if (!submitted) return { refuse: t("validation.unknownOfficer") };
    return { redirectTo: `/track/${submitted.referenceCode}?k=${submitted.secret}&new=1` };
  },
});
