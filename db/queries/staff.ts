import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { users } from "../schema";

export async function findUserForSignIn(db: Db, login: string) {
  const [row] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      tokenVersion: users.tokenVersion,
    })
    .from(users)
    .where(eq(users.login, login));
  return row ?? null;
}

/** The role of an active account, by login: after a successful sign-in, where its holder lands. */
export async function activeRoleByLogin(db: Db, login: string) {
  const [row] = await db
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.login, login), eq(users.active, true)));
  return row?.role ?? null;
}

/**
 * The staff member behind a session, or null when the account was deactivated or its token version moved
 * on (password changed, sessions revoked) since the session was issued.
 */
export async function loadStaffUser(db: Db, id: number, tokenVersion: number): Promise<StaffUser | null> {
  const [row] = await db
    .select({ id: users.id, role: users.role, stationId: users.stationId, communityId: users.communityId, name: users.name })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.tokenVersion, tokenVersion)));
  return row ?? null;
}

/** Ends every session of the user: deactivation and password changes call this in their transaction. */
export async function revokeSessions(db: Db, id: number): Promise<void> {
  await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, id));
}

/**
 * Signing out: ends the sessions issued under this token version, so a copy of the cookie stops working too.
 * A stale cookie (an older version) changes nothing, and cannot sign out a newer session.
 */
export async function endSessions(db: Db, id: number, tokenVersion: number): Promise<void> {
  await db
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(and(eq(users.id, id), eq(users.tokenVersion, tokenVersion)));
}

export async function setUserActive(db: Db, id: number, active: boolean): Promise<void> {
  await db.update(users).set({ active }).where(eq(users.id, id));
  await revokeSessions(db, id);
}

export async function setUserPasswordHash(db: Db, id: number, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, id));
  await revokeSessions(db, id);
}
