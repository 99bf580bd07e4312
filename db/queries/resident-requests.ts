import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { hashTrackingSecret, newReferenceCode, newTrackingSecret } from "@/lib/codes";
import { seal, unseal } from "@/lib/crypto";
import { env } from "@/lib/env";
import { dutyDayOf, isOfficeHours } from "@/lib/office-hours";
import type { NewResidentRequest } from "@/lib/resident-submission";
import type { Db } from "../client";
import { requestEvents, requests, submissionKeys, users } from "../schema";
import { notifyNewRequest } from "./notifications";
import { getResponseMinutes } from "./service-levels";
import { countAttempt, deleteExpiredThrottles, firstLockedUntil, type ThrottleRule } from "./throttles";

/** How long a repeated submit returns the first result instead of storing a new request. */
export const REPEAT_WINDOW_MINUTES = 10;

/**
 * Submissions allowed before a pause. Per client (address + browser, hashed: many homes share one carrier
 * address), per address alone (looser, and no header changes it: a new User-Agent does not make a new
 * sender) and per phone number, so that one sender cannot flood a community's queue.
 */
export const SUBMIT_RULE_CLIENT: ThrottleRule = { maxAttempts: env.SUBMIT_LIMIT_PER_CLIENT_HOUR, windowMinutes: 60, lockMinutes: 60 };
export const SUBMIT_RULE_ADDRESS: ThrottleRule = { maxAttempts: env.SUBMIT_LIMIT_PER_ADDRESS_HOUR, windowMinutes: 60, lockMinutes: 60 };
export const SUBMIT_RULE_PHONE: ThrottleRule = { maxAttempts: env.SUBMIT_LIMIT_PER_PHONE_DAY, windowMinutes: 24 * 60, lockMinutes: 60 };

export type SubmitResult =
  | { status: "stored" | "repeated"; referenceCode: string; secret: string; dueAt: Date }
  | { status: "unknown_officer" }
  | { status: "limited"; until: Date };

/**
 * Stores a resident's request with its first event, or returns the first result when the same submission
 * arrives again (double tap, retry). The repeat key row is claimed first: a concurrent twin waits on that
 * row, then finds the first result. Call inside a transaction, and roll it back on "limited" (the claim
 * must not outlive a refused submission).
 */
export async function submitResidentRequest(db: Db, input: NewResidentRequest): Promise<SubmitResult> {
  const [officer] = await db
    .select({ id: users.id, communityId: users.communityId })
    .from(users)
    .where(
      and(eq(users.slug, input.officerSlug), eq(users.active, true), inArray(users.role, ["officer", "auxiliary"])),
    );
  if (!officer?.communityId) return { status: "unknown_officer" };

  const claim = await claimSubmission(db, input.repeatKey);
  if (!claim.claimed) return { status: "repeated", ...claim.first };
  const { requestId, secret } = claim;

  const limitKeys = submissionLimitKeys(input);
  const until = await firstLockedUntil(db, limitKeys);
  if (until) return { status: "limited", until };

  const now = new Date();
  const dueAt = new Date(now.getTime() + (await getResponseMinutes(db, input.kind)) * 60_000);
  // Outside office hours a call for help goes to that night's (or weekend's) duty officers as well.
  const dutyDay = input.kind === "help" && !isOfficeHours(now) ? dutyDayOf(now) : null;
  const referenceCode = await insertWithFreshCode(db, {
    id: requestId,
    kind: input.kind,
    trackingSecretHash: hashTrackingSecret(secret),
    residentName: input.residentName,
    residentPhone: input.residentPhone,
    anonymous: input.anonymous,
    body: input.body,
    details: input.details,
    communityId: officer.communityId,
    officerId: officer.id,
    assigneeId: officer.id,
    dueAt,
    dutyDay,
  });
  await db.insert(requestEvents).values({ requestId, type: "status_change", toStatus: "submitted" });
  await notifyNewRequest(db, requestId);

  await countSubmission(db, limitKeys);
  return { status: "stored", referenceCode, secret, dueAt };
}

/** Inserts a request under a fresh reference code (retrying the rare clash). */
/**
 * Claims a submission's repeat key for a new request, or finds the first result when the same submission
 * was claimed before (within the repeat window). A concurrent twin's insert waits on the claimed row, then
 * finds it: of two identical submits in flight, one stores and the other answers with its result.
 */
export async function claimSubmission(
  db: Db,
  repeatKey: string,
): Promise<
  | { claimed: true; requestId: string; secret: string }
  | { claimed: false; first: { referenceCode: string; secret: string; dueAt: Date } }
> {
  await db
    .delete(submissionKeys)
    .where(lt(submissionKeys.createdAt, sql`now() - make_interval(mins => ${REPEAT_WINDOW_MINUTES})`));
  const requestId = randomUUID();
  const secret = newTrackingSecret();
  const claimed = await db
    .insert(submissionKeys)
    .values({ keyHash: repeatKey, requestId, sealedSecret: seal(secret) })
    .onConflictDoNothing()
    .returning({ requestId: submissionKeys.requestId });
  if (claimed.length === 1) return { claimed: true, requestId, secret };

  const [first] = await db
    .select({ referenceCode: requests.referenceCode, dueAt: requests.dueAt, sealedSecret: submissionKeys.sealedSecret })
    .from(submissionKeys)
    .innerJoin(requests, eq(requests.id, submissionKeys.requestId))
    .where(eq(submissionKeys.keyHash, repeatKey));
  const firstSecret = first && unseal(first.sealedSecret);
  if (!first || !firstSecret) throw new Error("repeat key without a readable first result");
  return { claimed: false, first: { referenceCode: first.referenceCode, secret: firstSecret, dueAt: first.dueAt } };
}

/** The throttle keys a submission counts against: its client, its address, and its phone number when one was given. */
export function submissionLimitKeys(sender: { clientKey: string; addressKey: string; phoneKey: string | null }): string[] {
  return [`submit:client:${sender.clientKey}`, `submit:address:${sender.addressKey}`, ...(sender.phoneKey ? [`submit:phone:${sender.phoneKey}`] : [])];
}

const ruleOfKey = (key: string): ThrottleRule =>
  key.startsWith("submit:phone:") ? SUBMIT_RULE_PHONE : key.startsWith("submit:address:") ? SUBMIT_RULE_ADDRESS : SUBMIT_RULE_CLIENT;

/** Counts a stored submission against its limits (see SUBMIT_RULE_*), and forgets expired counters. */
export async function countSubmission(db: Db, limitKeys: string[]): Promise<void> {
  for (const key of limitKeys) await countAttempt(db, key, ruleOfKey(key));
  await deleteExpiredThrottles(db, 24 * 60);
}

export async function insertWithFreshCode(
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
