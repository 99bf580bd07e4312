import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { openDatabase, type Db, type DbHandle } from "./client";

export type { Db } from "./client";

// One handle per process, kept on globalThis: Next loads separate module graphs for pages and route
// handlers (and again on HMR), and a second PGlite on the same folder would silently see other data.
const globalForDb = globalThis as unknown as { portalDb?: Promise<DbHandle> };

export function getDbHandle(): Promise<DbHandle> {
  globalForDb.portalDb ??= openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR }).catch((error) => {
    globalForDb.portalDb = undefined;
    throw error;
  });
  return globalForDb.portalDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

/** The driver in use, once the database has answered a trivial query within timeoutMs; throws otherwise. */
export async function pingDatabase(timeoutMs: number): Promise<DbHandle["driver"]> {
  const deadline = new Promise<never>((_, reject) =>
    setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: "TIMEOUT" })), timeoutMs).unref(),
  );
  const handle = await Promise.race([getDbHandle(), deadline]);
  await Promise.race([handle.db.execute(sql`select 1`), deadline]);
  return handle.driver;
}
