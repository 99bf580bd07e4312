import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { PGliteInterface } from "@electric-sql/pglite";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the queries see, whether postgres.js or PGlite is underneath (a transaction is one too). */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface DbHandle {
  db: Db;
  driver: "postgres" | "pglite";
  /**
   * What the job queue (server/jobs/) connects through: the PostgreSQL URL (it keeps a small pool of its
   * own), or the embedded database itself (one instance per process: STACK.md item 3).
   */
  connection: { url: string } | { pglite: PGliteInterface };
  close(): Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant: several instances starting at once on one PostgreSQL take turns migrating.
const MIGRATION_LOCK = 72_616_201;

/**
 * Opens PostgreSQL through postgres.js when a URL is given, otherwise embedded PGlite in `dataDir`
 * (or in memory when `dataDir` is "memory://"), and applies the committed migrations.
 */
export async function openDatabase(options: { url?: string; dataDir: string; max?: number }): Promise<DbHandle> {
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema, casing: "snake_case" });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migrate(db, { migrationsFolder });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
    return { db: db as unknown as Db, driver: "postgres", connection: { url: options.url }, close: () => client.end({ timeout: 5 }) };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  let dataDir = options.dataDir;
  if (!dataDir.startsWith("memory://")) {
    dataDir = path.resolve(/*turbopackIgnore: true*/ dataDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir);
  const db = drizzle(client, { schema, casing: "snake_case" });
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, driver: "pglite", connection: { pglite: client }, close: () => client.close() };
}
