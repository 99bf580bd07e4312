import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { startCluster, type Cluster } from "../scripts/cluster/cluster";
import { bin, freePort, instanceRss, startInstance, stopInstance, type Instance } from "../scripts/cluster/instance";

/** A `next start` of the build (scripts/cluster/instance.ts). */
export type Server = Instance;

export interface Database {
  name: "pglite" | "postgres";
  env: Record<string, string>;
}

// Base64 of 32 bytes, like `openssl rand -base64 32`: fixed so runs are comparable and nothing is generated.
export const TEST_AUTH_SECRET = "YmVuY2gtb25seS1ub3QtYS1yZWFsLXNlY3JldC0wMDA=";

const cleanups = new Set<() => Promise<void>>();

/** Runs every pending cleanup (servers, databases, folders): for SIGINT and for crashes. */
export async function cleanupAll(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) await cleanup().catch(() => {});
  cleanups.clear();
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

/** Starts nginx and `instances` instances on `databaseUrl` (scripts/cluster), registered for cleanupAll. */
export async function startBenchCluster(databaseUrl: string, instances: number, extraHttp?: string): Promise<Cluster> {
  const cluster = await startCluster({
    instances,
    extraHttp,
    env: { DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_AUTH_SECRET, ALLOW_DEMO_PASSWORD: "true", SUBMIT_LIMIT_PER_ADDRESS_HOUR: "100000" },
  });
  let stopped: Promise<void> | undefined;
  const stop = () => (stopped ??= cluster.stop());
  cleanups.add(stop);
  return {
    ...cluster,
    stop: async () => {
      cleanups.delete(stop);
      await stop();
    },
  };
}

/** Starts an instance on a free port and registers it for cleanupAll. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const server = await startInstance(env);
  const cleanup = () => stopInstance(server);
  cleanups.add(cleanup);
  server.child.once("exit", () => cleanups.delete(cleanup));
  return server;
}

export const stopServer = stopInstance;
export const serverRss = instanceRss;
export { bin, freePort };

/**
 * Gives `fn` the environment of a fresh, empty database and removes it afterwards. Returns undefined
 * (with a note) when PostgreSQL is not reachable, so a machine without it still benches PGlite.
 */
export async function withDatabase<T>(
  name: Database["name"],
  fn: (db: Database) => Promise<T>,
): Promise<T | undefined> {
  if (name === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-pglite-"));
    const cleanup = async () => rmSync(dir, { recursive: true, force: true });
    cleanups.add(cleanup);
    try {
      // Empty, not unset: Next never lets a .env file override a variable that exists.
      return await fn({ name, env: { PGLITE_DIR: path.join(dir, "pglite"), DATABASE_URL: "" } });
    } finally {
      cleanups.delete(cleanup);
      await cleanup();
    }
  }

  const adminUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  const database = `bench_${Date.now()}`;
  try {
    await admin`select 1`;
  } catch (error) {
    console.log(`\nPostgreSQL skipped: cannot connect to ${adminUrl} (${(error as Error).message})`);
    await admin.end({ timeout: 1 });
    return undefined;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  let dropped: Promise<void> | undefined;
  // Once only: SIGINT may run it while the finally below is about to.
  const cleanup = () =>
    (dropped ??= (async () => {
      // FORCE: a killed server may leave connections behind.
      await admin.unsafe(`drop database if exists "${database}" with (force)`);
      await admin.end({ timeout: 5 });
    })());
  cleanups.add(cleanup);
  try {
    await admin.unsafe(`create database "${database}"`);
    return await fn({ name, env: { DATABASE_URL: url.toString() } });
  } finally {
    cleanups.delete(cleanup);
    await cleanup();
  }
}
