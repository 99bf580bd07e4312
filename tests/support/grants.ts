import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { openTrackedRequest, type ResidentGrant } from "@/db/queries/resident-grant";
import { requests } from "@/db/schema";

/**
 * What a resident who proved a request is theirs holds, for tests that act as that resident: made the way the
 * phone look-up's signed cookie proves it (the cookie's signature is tests/tracking.test.ts's business).
 */
export async function grantFor(db: Db, requestId: string): Promise<ResidentGrant> {
  const [row] = await db.select({ code: requests.referenceCode }).from(requests).where(eq(requests.id, requestId));
  if (!row) throw new Error(`no request ${requestId}`);
  const access = await openTrackedRequest(db, { code: row.code, proof: { grantedCode: row.code } });
  if (access.status !== "ok") throw new Error(`request ${requestId} not opened`);
  return access;
}
