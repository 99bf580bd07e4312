import "server-only";
import { cookies } from "next/headers";
import type { Db } from "@/db";
import { openTrackedRequest, type TrackingAccess } from "@/db/queries/resident-grant";
import { GRANT_COOKIE, readGrant } from "@/lib/tracking-grant";

/** Whether this browser holds a phone look-up's grant for a request (the other proof is the link's secret). */
export async function grantedCode(): Promise<string | null> {
  return readGrant((await cookies()).get(GRANT_COOKIE)?.value);
}

/**
 * The resident's own request, proven by the private link's secret or else by the grant cookie of a phone
 * look-up: a ResidentGrant, which every resident-side data function asks for, or not_found. The one way the
 * tracking page, its actions and its route handlers (photos, .ics) check it.
 */
export async function residentAccess(db: Db, code: string, secret: string | undefined): Promise<TrackingAccess> {
  return openTrackedRequest(db, {
    code,
    proof: secret ? { secret } : { grantedCode: (await grantedCode()) ?? "" },
  });
}
