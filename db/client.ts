import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
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
  /** PGlite only: the whole data folder as one archive (tests clone a migrated, seeded template from it). */
  dump?(): Promise<Blob>;
}

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Any constant: several instances starting at once on one PostgreSQL take turns migrating.
const MIGRATION_LOCK = 72_616_201;

/**
 * Opens PostgreSQL through postgres.js when a URL is given, otherwise embedded PGlite in `dataDir`
 * (or in memory when `dataDir` is "memory://"), and applies the committed migrations it lacks.
 *
 * On PostgreSQL nothing is changed when nothing is pending, so an app role without the right to change the
 * schema (see db/roles.ts) starts as long as `npm run db:migrate` has been run with the owner's role; when
 * migrations are pending and this role may not apply them, the error says so.
 */
export async function openDatabase(options: {
  url?: string;
  dataDir: string;
  max?: number;
  loadDataDir?: Blob;
  /** Sees every statement sent (the bench uses it to EXPLAIN what a page runs). */
  onQuery?: (query: string, params: unknown[]) => void;
}): Promise<DbHandle> {
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  if (options.url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema, casing: "snake_case", logger });
    try {
      const pending = await pendingMigrations(db as unknown as Db);
      if (pending > 0) {
        await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
        try {
          await migrate(db, { migrationsFolder });
        } catch (error) {
          throw notAllowedToMigrate(error, pending) ?? error;
        } finally {
          await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
        }
      }
    } catch (error) {
      await client.end({ timeout: 1 });
      throw error;
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
  const client = await PGlite.create(dataDir, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const db = drizzle(client, { schema, casing: "snake_case", logger });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    connection: { pglite: client },
    close: () => client.close(),
    dump: () => client.dumpDataDir("none"),
  };
}

/** How many of the committed migrations the database has not applied (drizzle's own bookkeeping table). */
export async function pendingMigrations(db: Db): Promise<number> {
  const committed = readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis);
  let last = -1;
  try {
    const result = await db.execute<{ last: string | null }>(sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`);
    // postgres.js answers with the rows, PGlite with { rows }.
    const [row] = Array.isArray(result) ? result : (result as unknown as { rows: { last: string | null }[] }).rows;
    last = row?.last ? Number(row.last) : -1;
  } catch (error) {
    // 3F000 no such schema, 42P01 no such table: a new database, everything is pending.
    if (!["3F000", "42P01"].includes(sqlState(error) ?? "")) throw error;
  }
  return committed.filter((when) => when > last).length;
}

function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function notAllowedToMigrate(error: unknown, pending: number): Error | undefined {
  if (sqlState(error) !== "42501") return undefined;
  return new Error(
    `${pending} migration(s) of this version are not applied, and this database role may not apply them: ` +
      "run `npm run db:migrate` with MIGRATION_DATABASE_URL (the tables' owner) first",
    { cause: error },
  );
}
