import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { throttles } from "../schema";

export interface ThrottleRule {
  maxAttempts: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** When the key is locked out, the time it opens again; otherwise null. */
export async function lockedUntil(db: Db, key: string): Promise<Date | null> {
  const [row] = await db
    .select({ lockedUntil: throttles.lockedUntil })
    .from(throttles)
    .where(eq(throttles.key, key));
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

export async function firstLockedUntil(db: Db, keys: string[]): Promise<Date | null> {
  const found = await Promise.all(keys.map((key) => lockedUntil(db, key)));
  return found.reduce<Date | null>((latest, d) => (d && (!latest || d > latest) ? d : latest), null);
}

/**
 * Counts one attempt in one atomic upsert (safe under concurrency and across instances). The window starts
 * at the first attempt; the attempt that reaches the maximum locks the key for lockMinutes.
 */
export async function countAttempt(db: Db, key: string, rule: ThrottleRule): Promise<void> {
  const windowExpired = sql`${throttles.windowStartedAt} < now() - make_interval(mins => ${rule.windowMinutes})`;
  const nextCount = sql`case when ${windowExpired} then 1 else ${throttles.attempts} + 1 end`;
  await db
    .insert(throttles)
    .values({ key, attempts: 1 })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        attempts: sql`case when ${nextCount} >= ${rule.maxAttempts} then 0 else ${nextCount} end`,
        windowStartedAt: sql`case when ${windowExpired} or ${nextCount} >= ${rule.maxAttempts} then now() else ${throttles.windowStartedAt} end`,
        lockedUntil: sql`case when ${nextCount} >= ${rule.maxAttempts} then now() + make_interval(mins => ${rule.lockMinutes}) else ${throttles.lockedUntil} end`,
      },
    });
}

export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(throttles).where(eq(throttles.key, key));
}

/** Rows whose window and lock are both over: they limit nothing any more (a keyed hash is kept no longer). */
export async function deleteExpiredThrottles(db: Db, olderThanMinutes: number): Promise<void> {
  await db
    .delete(throttles)
    .where(
      sql`${throttles.windowStartedAt} < now() - make_interval(mins => ${olderThanMinutes}) and (${throttles.lockedUntil} is null or ${throttles.lockedUntil} < now())`,
    );
}
