import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "../scripts/cluster/instance";
import { startBenchCluster } from "./server";

/*
 * The pages a crowd at a contact board lands on, through nginx in front of two instances (deploy/nginx,
 * scripts/cluster), against nginx serving the very same bytes as a file from disk — in one run, so the
 * machine's mood is the same for both. Goal: the page at ≥ 90% of the file's rate, p99 < 50 ms.
 */

export const NGINX_GOAL = { shareOfStatic: 0.9, p99Ms: 50 };

const PAGES = [
  { page: "officer page", path: "/officers/he-wenchuan", file: "officer.html" },
  { page: "slot picker", path: "/book/residence-permit", file: "slot-picker.html" },
];

export interface NginxMeasure {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface NginxResult {
  instances: number;
  pages: { page: string; path: string; bytes: number; static: NginxMeasure; proxied: NginxMeasure; shareOfStatic: number }[];
}

async function measure(url: string, connections: number, durationS: number): Promise<NginxMeasure> {
  const r = await autocannon({ url, connections, duration: durationS });
  return { reqPerSec: Math.round(r.requests.mean), p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts };
}

export async function benchBehindNginx(databaseUrl: string, options: { connections: number; durationS: number }): Promise<NginxResult> {
  const staticDir = mkdtempSync(path.join(tmpdir(), "bench-static-"));
  // nginx's workers (not root) read the files.
  chmodSync(staticDir, 0o755);
  const staticPort = await freePort();
  const cluster = await startBenchCluster(
    databaseUrl,
    2,
    // The baseline: the same nginx, a server that only sends files (logged like the portal's requests).
    `    server {
        listen 127.0.0.1:${staticPort};
        root ${staticDir};
        access_log ${path.join(staticDir, "access.log")} portal_json;
    }`,
  );
  try {
    const result: NginxResult = { instances: cluster.instances.length, pages: [] };
    for (const { page, path: urlPath, file } of PAGES) {
      // The page as nginx serves it, saved as the file to compare with (the first visit also renders it).
      const html = Buffer.from(await (await fetch(cluster.url + urlPath)).arrayBuffer());
      writeFileSync(path.join(staticDir, file), html, { mode: 0o644 });
      const staticUrl = `http://127.0.0.1:${staticPort}/${file}`;
      for (const url of [staticUrl, cluster.url + urlPath]) await autocannon({ url, connections: 10, amount: 500 });
      const fromFile = await measure(staticUrl, options.connections, options.durationS);
      const proxied = await measure(cluster.url + urlPath, options.connections, options.durationS);
      result.pages.push({ page, path: urlPath, bytes: html.byteLength, static: fromFile, proxied, shareOfStatic: proxied.reqPerSec / fromFile.reqPerSec });
    }
    return result;
  } finally {
    await cluster.stop();
    rmSync(staticDir, { recursive: true, force: true });
  }
}

export function printNginxResult(result: NginxResult, connections: number, durationS: number) {
  console.log(`\n## nginx in front of ${result.instances} instances (PostgreSQL), ${connections} connections, ${durationS} s each\n`);
  const rows = [
    ["page", "bytes", "nginx file req/s", "p99 ms", "through nginx req/s", "p99 ms", "% of file", "non-2xx", "errors"],
    ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"],
    ...result.pages.map((p) => [
      `${p.page} \`${p.path}\``,
      String(p.bytes),
      String(p.static.reqPerSec),
      String(p.static.p99Ms),
      String(p.proxied.reqPerSec),
      String(p.proxied.p99Ms),
      `${Math.round(p.shareOfStatic * 100)}%`,
      String(p.proxied.non2xx + p.static.non2xx),
      String(p.proxied.errors + p.static.errors),
    ]),
  ];
  console.log(rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
}

export function nginxChecks(result: NginxResult) {
  return result.pages.flatMap((p) => [
    { target: `${p.page} through nginx ≥ ${NGINX_GOAL.shareOfStatic * 100}% of nginx serving it as a file`, pass: p.shareOfStatic >= NGINX_GOAL.shareOfStatic },
    { target: `${p.page} through nginx: p99 < ${NGINX_GOAL.p99Ms} ms`, pass: p.proxied.reqPerSec > 0 && p.proxied.p99Ms < NGINX_GOAL.p99Ms },
    { target: `${p.page} through nginx: no errors, no non-2xx`, pass: p.proxied.errors === 0 && p.proxied.non2xx === 0 },
  ]);
}
