"use server";

import { cookies, headers } from "next/headers";
import type { z } from "zod";
import type { Db } from "@/db";
import {
  addResidentFollowUp,
  openTrackedRequest,
  rateRequest,
  reopenByResident,
} from "@/db/queries/tracking";
import { formAction } from "@/lib/action";
import { clientAddress } from "@/lib/client-address";
import { env } from "@/lib/env";
import { clockTime } from "@/lib/i18n/format";
import { residentAccess } from "@/lib/resident-access";
import { GRANT_COOKIE, GRANT_SECONDS, makeGrant } from "@/lib/tracking-grant";
import { followUpSchema, ratingSchema, reopenSchema, trackLookupSchema } from "@/lib/validation/request-forms";

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

function backTo(referenceCode: string, k: string, done: string): string {
  return `/track/${referenceCode}?${k ? `k=${encodeURIComponent(k)}&` : ""}done=${done}`;
}

/** Each change the resident makes on the tracking page: check the proof, make the change, come back. */
function residentChange<S extends z.ZodType<{ code: string; k: string }, unknown>>(
  schema: S,
  done: string,
  change: (db: Db, requestId: string, input: z.output<S>) => Promise<"ok" | "not_allowed">,
) {
  return formAction({
    schema,
    access: "public",
    async run({ db, input, t, locale }) {
      const access = await residentAccess(db, input.code, input.k);
      if (access.status === "locked") return { refuse: t("track.locked", { time: clockTime(access.until, locale) }) };
      if (access.status === "not_found") return { refuse: t("track.notFound") };
      if ((await change(db, access.requestId, input)) === "not_allowed") {
        return { refuse: t("track.notAllowed") };
      }
      return { redirectTo: backTo(access.referenceCode, input.k, done) };
    },
  });
}

export const addFollowUp = residentChange(followUpSchema, "added", (db, id, input) => addResidentFollowUp(db, id, input.body));
export const rate = residentChange(ratingSchema, "rated", (db, id, input) => rateRequest(db, id, input.rating, input.comment));
export const reopenRequest = residentChange(reopenSchema, "reopened", (db, id) => reopenByResident(db, id));
