import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

/*
 * One `next start` of the production build, as the bench, the cluster command and the production tests run
 * it: started from node_modules/.bin (not npx, whose PID is not the server's: STACK.md item 6) as the leader
 * of its own process group, so stopping it takes down every process it spawned.
 */

export interface Instance {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** The last 64 kB of what it printed. */
  output(): string;
}

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
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
 * Starts an instance on `port` (a free one if not given), listening on `host`, and waits for GET /api/health
 * to answer 200. `onOutput` sees every chunk it prints (the cluster command shows them).
 */
export async function startInstance(
  env: Record<string, string>,
  options: { port?: number; host?: string; timeoutMs?: number; onOutput?: (chunk: string) => void } = {},
): Promise<Instance> {
  const port = options.port ?? (await freePort());
  const host = options.host ?? "127.0.0.1";
  const timeoutMs = options.timeoutMs ?? 90_000;
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", host], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
  });
  // Keep only the tail, but keep reading: a full pipe would block the server.
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-64_000);
    options.onOutput?.(chunk.toString());
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => (output += `\n${error.message}`));
  // No pid means spawn failed; never go on to signal a made-up group.
  if (!child.pid) throw new Error(`cannot start ${bin("next")}`);
  const instance: Instance = { url: `http://${host}:${port}`, port, pid: child.pid, child, output: () => output };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode) break;
    const status = await fetch(`${instance.url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.status)
      .catch(() => 0);
    if (status === 200) return instance;
    await new Promise((r) => setTimeout(r, 250));
  }
  const why = child.exitCode !== null || child.signalCode ? `exited (${child.signalCode ?? child.exitCode})` : `gave no 200 within ${timeoutMs / 1000} s`;
  await stopInstance(instance);
  throw new Error(`next start ${why} (GET /api/health). Its output:\n${output}`);
}

export async function stopInstance(instance: Pick<Instance, "pid" | "child">): Promise<void> {
  await stopGroup(instance.child, instance.pid, "SIGTERM");
}

/** Signals a process group, waits for its leader (up to 5 s, then SIGKILL), and kills what outlived it. */
export async function stopGroup(child: ChildProcess, pgid: number, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode === null && !child.signalCode) {
    const exited = new Promise((r) => child.once("exit", r));
    signalGroup(pgid, signal);
    const timer = setTimeout(() => signalGroup(pgid, "SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }
  signalGroup(pgid, "SIGKILL");
}

function signalGroup(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // the group is gone already
  }
}

/**
 * Memory of the process that serves requests: the one titled next-server in the instance's process group
 * (the spawned `next` itself or a child of it, depending on the Next version).
 */
export function instanceRss(instance: Pick<Instance, "pid">): { pid: number; rssMb: number } | undefined {
  const members = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
        if (pgrp !== instance.pid) return [];
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
