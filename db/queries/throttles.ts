import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { throttles } from "../schema";

export interface ThrottleRule {
  maxFailures: number;
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
 * Counts one failure in one atomic upsert (safe under concurrency and across instances). The window starts
 * at the first failure; the failure that reaches the maximum locks the key for lockMinutes.
 */
export async function recordFailure(db: Db, key: string, rule: ThrottleRule): Promise<void> {
  const windowExpired = sql`${throttles.windowStartedAt} < now() - make_interval(mins => ${rule.windowMinutes})`;
  const nextCount = sql`case when ${windowExpired} then 1 else ${throttles.failures} + 1 end`;
  await db
    .insert(throttles)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: throttles.key,
      set: {
        failures: sql`case when ${nextCount} >= ${rule.maxFailures} then 0 else ${nextCount} end`,
        windowStartedAt: sql`case when ${windowExpired} or ${nextCount} >= ${rule.maxFailures} then now() else ${throttles.windowStartedAt} end`,
        lockedUntil: sql`case when ${nextCount} >= ${rule.maxFailures} then now() + make_interval(mins => ${rule.lockMinutes}) else ${throttles.lockedUntil} end`,
      },
    });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(throttles).where(eq(throttles.key, key));
}
