import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/cluster/instance";

/*
 * A PostgreSQL server of the test's own, on a port of its own, that the test may stop and start at will —
 * never the machine's main server, which other work depends on. As root (CI) through Debian's cluster tools
 * (pg_createcluster, pg_ctlcluster, pg_dropcluster); otherwise initdb and pg_ctl in a temporary folder
 * (initdb refuses to run as root).
 */

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  start(): void;
  stop(): void;
  remove(): void;
}

/** The newest installed PostgreSQL's programs, or null when the server is not installed. */
export function postgresBinaries(): { version: string; bin: string } | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")) && existsSync(path.join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version ? { version, bin: path.join(root, version, "bin") } : null;
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const found = postgresBinaries();
  if (!found) throw new Error("PostgreSQL's server programs are not installed");
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const quiet = { stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"] };

  if (process.getuid?.() === 0) {
    const name = `portal_fault_${process.pid}`;
    // --no-sync: this data folder is thrown away; the server itself keeps fsync on (acknowledged means on disk).
    execFileSync("pg_createcluster", [found.version, name, "-p", String(port), "--start-conf=manual", "--", "--auth=trust", "--no-sync"], quiet);
    return {
      url,
      start: () => execFileSync("pg_ctlcluster", [found.version, name, "start"], quiet),
      stop: () => execFileSync("pg_ctlcluster", [found.version, name, "stop", "-m", "fast"], quiet),
      remove: () => execFileSync("pg_dropcluster", ["--stop", found.version, name], quiet),
    };
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-fault-pg-"));
  const data = path.join(dir, "data");
  execFileSync(path.join(found.bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"], quiet);
  const pgCtl = (...args: string[]) =>
    execFileSync(path.join(found.bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-w", ...args], quiet);
  return {
    url,
    start: () => pgCtl("-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "start"),
    stop: () => pgCtl("-m", "fast", "stop"),
    remove: () => {
      try {
        pgCtl("-m", "immediate", "stop");
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
