import "server-only";
import type { DbHandle } from "@/db/client";
import { activeAccountsWithPassword } from "@/db/accounts";
import { DEMO_PASSWORD, DemoSeedRefused, seedDemo } from "@/db/seed";
import type { Env } from "@/lib/env";
import { log } from "@/lib/log";

/*
 * What the server checks and prepares once, before its first request (instrumentation.ts).
 */

/**
 * When the published demo password must not open any account: in production on PostgreSQL — a station's real
 * installation — unless ALLOW_DEMO_PASSWORD says the database is a demo. The embedded database (the README's
 * quick start, one process on one machine) is the demo and keeps its demo accounts.
 */
export function demoPasswordForbidden(env: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "ALLOW_DEMO_PASSWORD">): boolean {
  return env.NODE_ENV === "production" && Boolean(env.DATABASE_URL) && !env.ALLOW_DEMO_PASSWORD;
}

/** The active accounts that still open with the demo password where that is forbidden (checked once, at start). */
export async function accountsBarringStart(handle: DbHandle, env: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "ALLOW_DEMO_PASSWORD">): Promise<string[]> {
  if (!demoPasswordForbidden(env)) return [];
  const started = performance.now();
  const logins = await activeAccountsWithPassword(handle.db, DEMO_PASSWORD);
  log.info("checked that no account has the published demo password", { accountsWithIt: logins.length, ms: Math.round(performance.now() - started) });
  return logins;
}

/** The quick start: an embedded database gets the demo station, unless real accounts have been made in it. */
export async function seedEmbeddedDemo(handle: DbHandle): Promise<void> {
  try {
    const { created } = await seedDemo(handle.db);
    if (created) log.info("empty embedded database: demo station seeded (logins in README.md)");
  } catch (error) {
    if (!(error instanceof DemoSeedRefused)) throw error;
    log.info("embedded database has real accounts: no demo data added", { accounts: error.logins });
  }
}
