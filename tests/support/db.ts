import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type Db, type DbHandle } from "@/db/client";
import { seedDemo } from "@/db/seed";

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
 * A fresh, migrated database for one test file: a throwaway database on the PostgreSQL in DATABASE_URL
 * (created here, dropped on close), or an in-memory PGlite when DATABASE_URL is unset.
 */
export async function openTestDb(options: { seed?: boolean } = {}): Promise<TestDb> {
  const adminUrl = process.env.DATABASE_URL;
  let handle: DbHandle;
  let url: string | undefined;
  let drop: (() => Promise<void>) | undefined;
  if (adminUrl) {
    const name = `test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const throwaway = new URL(adminUrl);
    throwaway.pathname = `/${name}`;
    url = throwaway.toString();
    handle = await openDatabase({ url, dataDir: "", max: 25 });
    drop = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    handle = await openDatabase({ dataDir: "memory://" });
  }
  if (options.seed !== false) await seedDemo(handle.db);
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
