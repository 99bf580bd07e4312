import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, type Db, type DbHandle } from "@/db/client";
import { databaseUrl } from "./templates";

export interface TestDb {
  db: Db;
  /** The handle itself, for what connects on its own (the job queue). */
  handle: DbHandle;
  driver: "postgres" | "pglite";
  /** The throwaway PostgreSQL database's URL (for a second connection pool, i.e. a second app instance). */
  url?: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, with the demo station unless told otherwise: a throwaway
 * database on the PostgreSQL in DATABASE_URL (created here, dropped on close), or an in-memory PGlite when
 * DATABASE_URL is unset. Both are clones of the run's templates (tests/support/global-setup.ts).
 */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const adminUrl = process.env.DATABASE_URL;
  const templates = inject("testTemplates");
  const template = options.seed === false ? "bare" : "seeded";
  let handle: DbHandle;
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (adminUrl) {
    const name = `test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${templates.postgres![template]}`);
    url = databaseUrl(adminUrl, name);
    handle = await openDatabase({ url, dataDir: "", max: 25 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const loadDataDir = new Blob([readFileSync(templates.pglite![template])]);
    handle = await openDatabase({ dataDir: "memory://", loadDataDir });
  }
  return {
    db: handle.db,
    handle,
    driver: handle.driver,
    url,
    async close() {
      await handle.close();
      await drop?.();
    },
  };
}
