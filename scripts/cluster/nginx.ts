import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stopGroup } from "./instance";

/*
 * nginx in front of the instances, as deploy/nginx/portal.conf describes it, run from a runtime folder of its
 * own (its configuration, cache, temporary files, logs, pid) so it needs nothing under /etc and no root.
 */

export const SITE_TEMPLATE = path.join(process.cwd(), "deploy", "nginx", "portal.conf");

/** nginx: NGINX_PATH, else Debian's. */
export function nginxBinary(): string | null {
  for (const candidate of [process.env.NGINX_PATH, "/usr/sbin/nginx"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

export interface SiteOptions {
  upstreams: string[];
  listen: string[];
  cachePath: string;
  staticRoot: string;
  accessLog: string;
  serverName?: string;
}

/** deploy/nginx/portal.conf with its placeholders filled in. */
export function renderSite(options: SiteOptions): string {
  const values: Record<string, string> = {
    upstreams: options.upstreams.map((address) => `    server ${address} max_fails=2 fail_timeout=5s;`).join("\n"),
    listen: options.listen.map((address) => `    listen ${address};`).join("\n"),
    cache_path: options.cachePath,
    static_root: options.staticRoot,
    access_log: options.accessLog,
    server_name: options.serverName ?? "_",
  };
  return readFileSync(SITE_TEMPLATE, "utf8").replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx/portal.conf: unknown placeholder ${match}`);
    return value;
  });
}

export interface Nginx {
  url: string;
  pid: number;
  child: ChildProcess;
  dir: string;
  /** nginx's own error log (start-up problems, upstream failures). */
  errors(): string;
}

/**
 * Writes nginx.conf and the rendered site into `dir` and starts nginx in the foreground; resolves once it
 * answers on `port`. `extraHttp` is appended inside http { } (the bench's static-file server).
 */
export async function startNginx(options: { dir: string; port: number; upstreams: string[]; extraHttp?: string }): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error("nginx not found: apt-get install nginx (or set NGINX_PATH)");
  const { dir } = options;
  const writable = ["cache", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"].map((sub) => path.join(dir, sub));
  // logs/: where nginx writes before it has read its configuration's error_log.
  for (const sub of [...writable, path.join(dir, "logs")]) mkdirSync(sub, { recursive: true });
  // Run as root (CI), nginx's workers drop to "nobody": they must be able to write the cache and spool bodies.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    for (const sub of [...writable, path.join(dir, "tmp")]) chownSync(sub, 65534, 65534);
  }

  const site = renderSite({
    upstreams: options.upstreams,
    listen: [`127.0.0.1:${options.port}`],
    cachePath: path.join(dir, "cache"),
    staticRoot: path.join(process.cwd(), ".next", "static"),
    accessLog: path.join(dir, "access.log"),
  });
  writeFileSync(path.join(dir, "portal.conf"), site);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `${asRoot ? "user nobody nogroup;\n" : ""}worker_processes auto;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    client_body_temp_path ${path.join(dir, "tmp/body")};
    proxy_temp_path ${path.join(dir, "tmp/proxy")};
    fastcgi_temp_path ${path.join(dir, "tmp/fastcgi")};
    uwsgi_temp_path ${path.join(dir, "tmp/uwsgi")};
    scgi_temp_path ${path.join(dir, "tmp/scgi")};
    include ${path.join(dir, "portal.conf")};
${options.extraHttp ?? ""}
}
`,
  );

  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"];
  const check = spawn(binary, ["-t", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let checkOutput = "";
  check.stderr?.on("data", (chunk: Buffer) => (checkOutput += chunk.toString()));
  const checked = await new Promise<number | null>((resolve) => check.on("exit", resolve));
  if (checked !== 0) throw new Error(`nginx refused the configuration in ${dir}:\n${checkOutput}`);

  const child = spawn(binary, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-16_000)));
  if (!child.pid) throw new Error(`cannot start ${binary}`);
  const errors = () => {
    try {
      return stderr + readFileSync(path.join(dir, "error.log"), "utf8").slice(-16_000);
    } catch {
      return stderr;
    }
  };
  const nginx: Nginx = { url: `http://127.0.0.1:${options.port}`, pid: child.pid, child, dir, errors };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const up = await fetch(`${nginx.url}/api/health`, { signal: AbortSignal.timeout(2_000) })
      .then((res) => res.status === 200)
      .catch(() => false);
    if (up) return nginx;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopNginx(nginx);
  throw new Error(`nginx did not answer on ${nginx.url}:\n${errors()}`);
}

/** Graceful stop (SIGQUIT lets workers finish their requests), then whatever is left. */
export function stopNginx(nginx: Pick<Nginx, "child" | "pid">): Promise<void> {
  return stopGroup(nginx.child, nginx.pid, "SIGQUIT");
}
