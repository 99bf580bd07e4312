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
