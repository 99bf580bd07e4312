import "server-only";
import { pingDatabase } from "@/db";
import { databaseErrorCode, databaseIsDown, isDatabaseUnavailable, markDatabaseDown, markDatabaseUp } from "@/lib/database-health";
import { log } from "@/lib/log";

/**
 * Keeps lib/database-health.ts true: a trivial query every few seconds (every second during an outage), and
 * one at once whenever a request fails with a connection error, so the outage is known — and logged — within
 * a request or two, and its end within a second. postgres.js reconnects by itself; this only watches.
 */
const EVERY_MS_UP = 5_000;
const EVERY_MS_DOWN = 1_000;
const PING_TIMEOUT_MS = 2_000;

const KEY = Symbol.for("portal.database-monitor");
const store = globalThis as { [KEY]?: { timer?: NodeJS.Timeout; checking?: Promise<void> } };
const monitor = (store[KEY] ??= {});

/** One check now (shared by callers arriving while it runs); records and logs a change of state. */
export function checkDatabase(): Promise<void> {
  monitor.checking ??= (async () => {
    try {
      await pingDatabase(PING_TIMEOUT_MS);
      const ended = markDatabaseUp();
      if (ended) log.warn("database reachable again", { outageSeconds: ended.seconds, from: ended.from, to: ended.to });
    } catch (error) {
      const code = databaseErrorCode(error);
      if (markDatabaseDown(code)) log.error("database unreachable: per-request pages answer 503 until it is back", { code });
    } finally {
      monitor.checking = undefined;
    }
  })();
  return monitor.checking;
}

/** Starts the periodic check (once per process; instrumentation.ts). */
export function startDatabaseMonitor(): void {
  if (monitor.timer) return;
  const tick = () => {
    monitor.timer = setTimeout(() => void checkDatabase().finally(tick), databaseIsDown() ? EVERY_MS_DOWN : EVERY_MS_UP);
    monitor.timer.unref();
  };
  tick();
}

/**
 * For code that caught a database error: whether it means the database is unreachable (then a check runs at
 * once, so the rest of the process knows within a moment).
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  void checkDatabase();
  return true;
}
