import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { hashTrackingSecret, newReferenceCode, newTrackingSecret } from "@/lib/codes";
import { seal, unseal } from "@/lib/crypto";
import type { Db } from "../client";
import { requestEvents, requests, submissionKeys, users, type RequestKind } from "../schema";

/** How long a repeated submit returns the first result instead of storing a new request. */
export const REPEAT_WINDOW_MINUTES = 10;

export interface NewResidentRequest {
  kind: RequestKind;
  officerSlug: string;
  residentName: string | null;
  residentPhone: string | null;
  body: string;
  /** A keyed hash that is the same for a repeat of this submission (browser key, or content + client). */
  repeatKey: string;
}

export type SubmittedRequest = { referenceCode: string; secret: string; repeated: boolean };

/**
 * Stores a resident's request with its first event, or returns the first result when the same submission
 * arrives again (double tap, retry). The repeat key row is claimed first: a concurrent twin waits on that
 * row, then finds the first result. Call inside a transaction. Null when the officer does not exist.
 */
export async function submitResidentRequest(db: Db, input: NewResidentRequest): Promise<SubmittedRequest | null> {
  await db
    .delete(submissionKeys)
    .where(lt(submissionKeys.createdAt, sql`now() - make_interval(mins => ${REPEAT_WINDOW_MINUTES})`));

  const [officer] = await db
    .select({ id: users.id, communityId: users.communityId })
    .from(users)
    .where(
      and(eq(users.slug, input.officerSlug), eq(users.active, true), inArray(users.role, ["officer", "auxiliary"])),
    );
  if (!officer?.communityId) return null;

  const requestId = randomUUID();
  const secret = newTrackingSecret();
  const claimed = await db
    .insert(submissionKeys)
    .values({ keyHash: input.repeatKey, requestId, sealedSecret: seal(secret) })
    .onConflictDoNothing()
    .returning({ requestId: submissionKeys.requestId });

  if (claimed.length === 0) {
    const [first] = await db
      .select({ referenceCode: requests.referenceCode, sealedSecret: submissionKeys.sealedSecret })
      .from(submissionKeys)
      .innerJoin(requests, eq(requests.id, submissionKeys.requestId))
      .where(eq(submissionKeys.keyHash, input.repeatKey));
    const firstSecret = first && unseal(first.sealedSecret);
    if (!first || !firstSecret) throw new Error("repeat key without a readable first result");
    return { referenceCode: first.referenceCode, secret: firstSecret, repeated: true };
  }

  const referenceCode = await insertWithFreshCode(db, {
    id: requestId,
    kind: input.kind,
    trackingSecretHash: hashTrackingSecret(secret),
    residentName: input.residentName,
    residentPhone: input.residentPhone,
    body: input.body,
    communityId: officer.communityId,
    officerId: officer.id,
    assigneeId: officer.id,
  });
  await db.insert(requestEvents).values({ requestId, type: "status_change", toStatus: "submitted" });
  return { referenceCode, secret, repeated: false };
}

async function insertWithFreshCode(
  db: Db,
  values: Omit<typeof requests.$inferInsert, "referenceCode">,
): Promise<string> {
  // 30^8 codes: a clash is rare, but a clash must never lose a resident's submission.
  for (let attempt = 0; attempt < 5; attempt++) {
    const referenceCode = newReferenceCode();
    const inserted = await db
      .insert(requests)
      .values({ ...values, referenceCode })
      .onConflictDoNothing({ target: requests.referenceCode })
      .returning({ id: requests.id });
    if (inserted.length === 1) return referenceCode;
  }
  throw new Error("no free reference code after 5 attempts");
}
