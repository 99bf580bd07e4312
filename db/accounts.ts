import { count, eq } from "drizzle-orm";
import { hashPassword, verifyPassword } from "../lib/password";
import type { Db } from "./client";
import { auditLog, stations, users, type NewStation } from "./schema";

/*
 * Accounts outside the dashboard: the first administrator of a new installation (`npm run admin:create`),
 * and the start-up check that no account still opens with a published password. Free of "server-only"
 * imports: both run outside a request (the command line, instrumentation.ts).
 */

export type NewAdministrator = { login: string; name: string; password: string };

export type CreateAdministratorResult =
  | { status: "created"; userId: number; stationId: number; stationCreated: boolean }
  | { status: "login_taken" }
  | { status: "station_needed"; stations: string[] };

/**
 * Creates an administrator for a station: the one named by `stationSlug`, the only one there is, or — in an
 * empty database — the station described by `newStation`, created with it. Audited (no actor: it came from
 * the command line). Refuses a login that exists, and says which station to name when it cannot tell.
 */
export async function createAdministrator(
  db: Db,
  input: NewAdministrator & { stationSlug?: string; newStation?: NewStation },
): Promise<CreateAdministratorResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.login, input.login));
    if (taken) return { status: "login_taken" };
    const existing = await tx.select({ id: stations.id, slug: stations.slug }).from(stations).orderBy(stations.id);
    let station = input.stationSlug ? existing.find((s) => s.slug === input.stationSlug) : existing.length === 1 ? existing[0] : undefined;
    let stationCreated = false;
    if (!station && existing.length === 0 && input.newStation) {
      [station] = await tx.insert(stations).values(input.newStation).returning({ id: stations.id, slug: stations.slug });
      stationCreated = true;
    }
    if (!station) return { status: "station_needed", stations: existing.map((s) => s.slug) };

    const [user] = await tx
      .insert(users)
      .values({ stationId: station.id, login: input.login, name: input.name, passwordHash, role: "admin", title: "系统管理员" })
      .returning({ id: users.id });
    await tx.insert(auditLog).values({
      action: "account.create",
      targetType: "user",
      targetId: String(user!.id),
      details: { login: input.login, role: "admin", via: "admin:create", stationCreated },
    });
    return { status: "created", userId: user!.id, stationId: station.id, stationCreated };
  });
}

/** How many stations there are (admin:create asks for one only in an empty database). */
export async function countStations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(stations);
  return row?.n ?? 0;
}

/**
 * The logins of active accounts whose password is `password` — for the start-up refusal in production while
 * any account still has the demo password. Each distinct hash is verified once (the demo accounts share one),
 * a few at a time: about 9 ms a hash on a 2-core machine.
 */
export async function activeAccountsWithPassword(db: Db, password: string): Promise<string[]> {
  const rows = await db.select({ login: users.login, passwordHash: users.passwordHash }).from(users).where(eq(users.active, true));
  const byHash = new Map<string, string[]>();
  for (const row of rows) byHash.set(row.passwordHash, [...(byHash.get(row.passwordHash) ?? []), row.login]);
  const hashes = [...byHash.keys()];
  const found: string[] = [];
  for (let i = 0; i < hashes.length; i += 8) {
    const batch = hashes.slice(i, i + 8);
    const matches = await Promise.all(batch.map((hash) => verifyPassword(hash, password)));
    batch.forEach((hash, j) => matches[j] && found.push(...byHash.get(hash)!));
  }
  return found.sort();
}
