import "server-only";
import { eq } from "drizzle-orm";
import { hashTrackingSecret, isWellFormedSecret, normalizeReferenceCode } from "@/lib/codes";
import { equalHashes, keyedHash } from "@/lib/crypto";
import type { Db } from "../client";
import { requests } from "../schema";
import { firstLockedUntil, countAttempt, type ThrottleRule } from "./throttles";

/*
 * The one place a resident proves a request is theirs. Every resident-side data function (the tracking page,
 * its actions, its photos and calendar file) takes the ResidentGrant made here instead of a bare request id,
 * so code that never checked a proof does not compile. Only this module makes one: ESLint refuses
 * `as ResidentGrant` anywhere else, and tests/resident-grant.test.ts proves a bare id is refused by tsc.
 */

declare const residentGrantBrand: unique symbol;

/** A request its resident proved is theirs: the answer "ok" of the checks below, and nothing else. */
export type ResidentGrant = { readonly status: "ok"; readonly requestId: string; readonly referenceCode: string } & {
  readonly [residentGrantBrand]: true;
};

function grant(requestId: string, referenceCode: string): ResidentGrant {
  return { status: "ok", requestId, referenceCode } as ResidentGrant;
}

/**
 * A phone ending is one of 10,000: guessing it is slowed per client and per reference code. The private link's
 * secret (256 random bits) and the grant cookie a look-up sets (signed by the server) cannot be guessed, so
 * they are never locked out: someone hammering a code with wrong endings or foreign secrets must not be able
 * to lock its resident out of their own request.
 */
export const TRACK_RULE_CLIENT: ThrottleRule = { maxAttempts: 20, windowMinutes: 15, lockMinutes: 15 };
export const TRACK_RULE_CODE: ThrottleRule = { maxAttempts: 10, windowMinutes: 60, lockMinutes: 60 };

/**
 * How a resident proves the request is theirs: the secret of the private link, or the reference code a phone
 * look-up's signed cookie was made for (server/resident-access.ts checks the signature).
 */
export type TrackingProof = { secret: string } | { grantedCode: string };

export type TrackingAccess = ResidentGrant | { status: "not_found" };

export type PhoneLookUp = TrackingAccess | { status: "locked"; until: Date };

/** Opens a resident's request with an unguessable proof. A wrong code, a wrong proof and a missing request look alike. */
export async function openTrackedRequest(db: Db, input: { code: string; proof: TrackingProof }): Promise<TrackingAccess> {
  const code = normalizeReferenceCode(input.code);
  const found = code ? await matchProof(db, code, input.proof) : null;
  return found ? grant(found, code!) : { status: "not_found" };
}

/**
 * Finds a request from its reference code and the last four digits of the phone given with it. A wrong code,
 * a wrong ending and a missing request all answer not_found; each failure is counted, and too many lock the
 * client and the code (for this look-up only).
 */
export async function lookUpByPhone(db: Db, input: { code: string; phoneLast4: string; clientAddress: string }): Promise<PhoneLookUp> {
  const code = normalizeReferenceCode(input.code);
  const clientKey = `track:client:${keyedHash("client", input.clientAddress)}`;
  const codeKey = code ? `track:code:${code}` : null;

  const until = await firstLockedUntil(db, codeKey ? [clientKey, codeKey] : [clientKey]);
  if (until) return { status: "locked", until };

  const found = code ? await matchPhone(db, code, input.phoneLast4) : null;
  if (found) return grant(found, code!);

  await countAttempt(db, clientKey, TRACK_RULE_CLIENT);
  if (codeKey) await countAttempt(db, codeKey, TRACK_RULE_CODE);
  return { status: "not_found" };
}

async function requestOfCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: requests.id, secretHash: requests.trackingSecretHash, phone: requests.residentPhone })
    .from(requests)
    .where(eq(requests.referenceCode, code));
  return row ?? null;
}

async function matchProof(db: Db, code: string, proof: TrackingProof): Promise<string | null> {
  if ("secret" in proof) {
    if (!isWellFormedSecret(proof.secret)) return null;
    const row = await requestOfCode(db, code);
    return row && equalHashes(row.secretHash, hashTrackingSecret(proof.secret)) ? row.id : null;
  }
  if (proof.grantedCode !== code) return null;
  return (await requestOfCode(db, code))?.id ?? null;
}

async function matchPhone(db: Db, code: string, phoneLast4: string): Promise<string | null> {
  if (!/^\d{4}$/.test(phoneLast4)) return null;
  const row = await requestOfCode(db, code);
  return row?.phone?.endsWith(phoneLast4) ? row.id : null;
}
