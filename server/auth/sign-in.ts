import type { Db } from "@/db/client";
import { findUserForSignIn } from "@/db/queries/staff";
import { clearAttempts, firstLockedUntil, countAttempt, type ThrottleRule } from "@/db/queries/throttles";
import { keyedHash } from "@/lib/crypto";
import { verifyPassword } from "@/lib/password";

/** 10 failures within 15 minutes, per account and per client, lock that account or client for 15 minutes. */
export const SIGN_IN_RULE: ThrottleRule = { maxAttempts: 10, windowMinutes: 15, lockMinutes: 15 };

export type SignInResult =
  | { status: "ok"; userId: number; tokenVersion: number }
  | { status: "invalid" }
  | { status: "locked"; until: Date };

/**
 * Checks a login and password. Unknown login and wrong password give the same answer after the same work
 * (a dummy hash is verified); a locked account or client is refused before any password is checked.
 */
export async function checkCredentials(
  db: Db,
  input: { login: string; password: string; clientAddress: string },
): Promise<SignInResult> {
  const login = input.login.trim().toLowerCase();
  const accountKey = `signin:account:${keyedHash("login", login)}`;
  const clientKey = `signin:client:${keyedHash("client", input.clientAddress)}`;

  const until = await firstLockedUntil(db, [accountKey, clientKey]);
  if (until) return { status: "locked", until };

  const user = await findUserForSignIn(db, login);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || !user.active) {
    await countAttempt(db, accountKey, SIGN_IN_RULE);
    await countAttempt(db, clientKey, SIGN_IN_RULE);
    const lockedNow = await firstLockedUntil(db, [accountKey, clientKey]);
    return lockedNow ? { status: "locked", until: lockedNow } : { status: "invalid" };
  }
  await clearAttempts(db, accountKey);
  return { status: "ok", userId: user.id, tokenVersion: user.tokenVersion };
}
