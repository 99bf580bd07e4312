/**
 * Whether the database answers, as this process last found out: what /api/health reports, what makes the
 * proxy answer the per-request pages with the "temporarily unavailable" page instead of an error, and what
 * lets a form say "nothing was stored, try again in a minute" rather than a generic failure.
 *
 * Kept on globalThis: the proxy, the pages and the route handlers are separate module graphs in one process.
 * Set by server/database-monitor.ts (which checks again after every failure) — never guessed from a single
 * error alone.
 */

export interface Outage {
  from: string;
  to: string;
  seconds: number;
}

export interface DatabaseHealth {
  state: "up" | "down";
  /** When the current state began (ISO time); null until the first check. */
  since: string | null;
  /** What the last failed check said (an error code or name: never a query or its values). */
  lastError: string | null;
  /** The most recent outage this process saw end. */
  lastOutage: Outage | null;
}

const KEY = Symbol.for("portal.database-health");
const store = globalThis as { [KEY]?: DatabaseHealth };

function current(): DatabaseHealth {
  return (store[KEY] ??= { state: "up", since: null, lastError: null, lastOutage: null });
}

export function databaseHealth(): Readonly<DatabaseHealth> {
  return current();
}

export function databaseIsDown(): boolean {
  return current().state === "down";
}

/** Records a failed check; returns true when this began an outage. */
export function markDatabaseDown(reason: string, now = new Date()): boolean {
  const health = current();
  health.lastError = reason;
  if (health.state === "down") return false;
  health.state = "down";
  health.since = now.toISOString();
  return true;
}

/** Records a good check; returns the outage it ended, if it ended one. */
export function markDatabaseUp(now = new Date()): Outage | null {
  const health = current();
  if (health.state === "up") {
    health.since ??= now.toISOString();
    return null;
  }
  const from = health.since ?? now.toISOString();
  const outage = { from, to: now.toISOString(), seconds: Math.round((now.getTime() - Date.parse(from)) / 100) / 10 };
  health.state = "up";
  health.since = now.toISOString();
  health.lastOutage = outage;
  return outage;
}

// Errors that mean "the database cannot be reached or is restarting", as opposed to a bad query.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  // postgres.js's own
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  // SQLSTATE: shutting down, crashed, starting up, out of connection slots
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** Whether an error (or one of its causes: Drizzle wraps the driver's) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    // SQLSTATE class 08: connection exception.
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** A short, value-free description of a database error for the health report and the log. */
export function databaseErrorCode(error: unknown): string {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.name : "unknown";
}
