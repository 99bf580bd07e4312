import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

export interface Server {
  url: string;
  pid: number;
  child: ChildProcess;
  output(): string;
}

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

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts `next start` from node_modules/.bin (not npx, whose PID is not the server's: STACK.md item 6) as the
 * leader of its own process group, so stopServer can take down every process it spawned.
 */
export async function startServer(env: Record<string, string>, timeoutMs = 90_000): Promise<Server> {
  const port = await freePort();
  const child = spawn(bin("next"), ["start", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
  });
  // Keep only the tail, but keep reading: a full pipe would block the server.
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-64_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => (output += `\n${error.message}`));
  // No pid means spawn failed; never go on to signal a made-up group.
  if (!child.pid) throw new Error(`cannot start ${bin("next")}`);
  const server: Server = { url: `http://127.0.0.1:${port}`, pid: child.pid, child, output: () => output };
  const cleanup = () => stopServer(server);
  cleanups.add(cleanup);
  child.once("exit", () => cleanups.delete(cleanup));

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode) break;
    const status = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.status)
      .catch(() => 0);
    if (status === 200) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
  const why = child.exitCode !== null || child.signalCode ? "exited" : `gave no 200 within ${timeoutMs / 1000} s`;
  await stopServer(server);
  throw new Error(`next start ${why} (GET /api/health). Its output:\n${output}`);
}

export async function stopServer(server: Server): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && !child.signalCode) {
    const exited = new Promise((r) => child.once("exit", r));
    signalGroup(server.pid, "SIGTERM");
    const timer = setTimeout(() => signalGroup(server.pid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  signalGroup(server.pid, "SIGKILL"); // children that outlived the leader
}

function signalGroup(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone already
  }
}

/**
 * Memory of the process that serves requests: the one titled next-server in the server's process group
 * (the spawned `next` itself or a child of it, depending on the Next version).
 */
export function serverRss(server: Server): { pid: number; rssMb: number } | undefined {
  const members = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
        if (pgrp !== server.pid) return [];
        const status = readFileSync(`/proc/${entry}/status`, "utf8");
        const rssKb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
        return [{ pid: Number(entry), rssMb: Math.round(rssKb / 1024), isServer: cmdline.includes("next-server") }];
      } catch {
        return []; // exited while we looked
      }
    });
  const member = members.find((m) => m.isServer) ?? members.sort((a, b) => b.rssMb - a.rssMb)[0];
  return member && { pid: member.pid, rssMb: member.rssMb };
}

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
