"use server";

import { cookies, headers } from "next/headers";
import { openTrackedRequest, addResidentFollowUp } from "@/db/queries/tracking";
import { formAction } from "@/lib/action";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { clockTime } from "@/lib/i18n/format";
import { GRANT_COOKIE, GRANT_SECONDS, makeGrant, readGrant } from "@/lib/tracking-grant";
import { followUpSchema, trackLookupSchema } from "@/lib/validation/request-forms";

/** Code + last four phone digits → a short-lived grant cookie, then the tracking page. */
export const lookUpRequest = formAction({
  schema: trackLookupSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const access = await openTrackedRequest(db, {
      code: input.code,
      proof: { phoneLast4: input.phoneLast4 },
      clientAddress: clientAddress(await headers()),
    });
    if (access.status === "locked") return { refuse: t("track.locked", { time: clockTime(access.until, locale) }) };
    if (access.status === "not_found") return { refuse: t("track.notFound") };
    (await cookies()).set(GRANT_COOKIE, makeGrant(access.referenceCode), {
      httpOnly: true,
      sameSite: "lax",
      secure: env.PUBLIC_BASE_URL.startsWith("https:"),
      path: "/",
      maxAge: GRANT_SECONDS,
    });
    return { redirectTo: `/track/${access.referenceCode}` };
  },
});

/** The resident adds information to their request (from the private link or after a phone look-up). */
export const addFollowUp = formAction({
  schema: followUpSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const grantedCode = readGrant((await cookies()).get(GRANT_COOKIE)?.value);
    const access = await openTrackedRequest(db, {
      code: input.code,
      proof: input.k ? { secret: input.k } : { grantedCode: grantedCode ?? "" },
      clientAddress: clientAddress(await headers()),
    });
    if (access.status === "locked") return { refuse: t("track.locked", { time: clockTime(access.until, locale) }) };
    if (access.status === "not_found") return { refuse: t("track.notFound") };
    await addResidentFollowUp(db, access.requestId, input.body);
    const query = input.k ? `?k=${encodeURIComponent(input.k)}&added=1` : "?added=1";
    return { redirectTo: `/track/${access.referenceCode}${query}` };
  },
});
