"use server";

import { cookies, headers } from "next/headers";
import { getStation } from "@/db/queries/directory";
import { lookUpByPhone } from "@/db/queries/resident-grant";
import { addResidentFollowUp, rateRequest, reopenByResident } from "@/db/queries/tracking";
import { formAction } from "@/server/action";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { clockTime } from "@/lib/i18n/format";
import { residentChange } from "@/server/resident-change";
import type { LockedLookUp } from "./_components/track-lookup-form";
import { GRANT_COOKIE, GRANT_SECONDS, makeGrant } from "@/lib/tracking-grant";
import { followUpSchema, ratingSchema, reopenSchema, trackLookupSchema } from "@/lib/validation/request-forms";

/**
 * Code + last four phone digits → a short-lived grant cookie, then the tracking page. Locked out (too many
 * wrong endings), the resident is given the station's phone instead of a dead end.
 */
export const lookUpRequest = formAction<typeof trackLookupSchema, LockedLookUp, "public">({
  schema: trackLookupSchema,
  access: "public",
  async run({ db, input, t, locale }) {
    const access = await lookUpByPhone(db, { code: input.code, phoneLast4: input.phoneLast4, clientAddress: clientAddress(await headers()) });
    if (access.status === "locked") {
      return { ok: { lockedUntil: clockTime(access.until, locale), stationPhone: (await getStation(db))?.phone ?? null } };
    }
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

export const addFollowUp = residentChange({
  schema: followUpSchema,
  done: "added",
  change: (db, grant, input) => addResidentFollowUp(db, grant, input.body),
});
export const rate = residentChange({
  schema: ratingSchema,
  done: "rated",
  change: (db, grant, input) => rateRequest(db, grant, input.rating, input.comment),
});
export const reopenRequest = residentChange({ schema: reopenSchema, done: "reopened", change: (db, grant) => reopenByResident(db, grant) });
