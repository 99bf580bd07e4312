/**
 * Load test of the production build on both databases (STACK.md items 5, 10, 11): the officer page a QR code
 * leads to must stay close to a static file, because a contact board can send a crowd to it at once.
 *
 * Also the appointment picker (rendered per request), and on PostgreSQL submissions and bookings per second
 * with a count afterwards proving each was stored once and no slot went over its seats.
 *
 * Then, on PostgreSQL, the production set-up: the officer page and the slot picker through nginx in front of
 * two instances against nginx serving the same bytes as a file, and the soak (mixed traffic for a bounded
 * time: memory of each instance, 5xx).
 *
 *   npm run bench                      build, then all of it (10 s per page, a 10-minute soak)
 *   npm run bench -- --soak-minutes 2  a shorter soak, for trying (at most 10)
 *   npm run bench -- --only nginx,soak only these parts (pglite, postgres, nginx, soak, field, stats)
 *   npm run bench -- stats             only the stats page at a city's size (bench/stats.ts), the same as --only stats
 *   npm run bench -- field             only field work (the officer's day at 50k care subjects, bench/field.ts)
 *   BENCH_SKIP_BUILD=1 BENCH_DURATION=3 npm run bench
 *   BENCH_PG_URL=postgres://user@host/postgres   admin connection used to create the throwaway databases
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { benchBookings, type BookingResult } from "./bookings";
import { benchBehindNginx, nginxChecks, printNginxResult, type NginxResult } from "./nginx";
import { printSoakResult, soak, soakChecks, type SoakResult } from "./soak";
import { benchStats } from "./stats";
import { benchField, printField, type FieldBenchResult } from "./field";
import { benchSubmissions, type SubmissionResult } from "./submissions";
import {
  bin,
  cleanupAll,
  run,
  serverRss,
  startServer,
  stopServer,
  TEST_AUTH_SECRET,
  withDatabase,
  type Database,
} from "./server";

// cached: pages a crowd from a contact board lands on, held to the p99 target. The slot picker is rendered
// per request (today's open times, seats left) and measured for what it is.
const PAGES = [
  { page: "static file", path: "/robots.txt", cached: true }, // the baseline: served from public/ without rendering
  { page: "officer page", path: "/officers/he-wenchuan", cached: true },
  { page: "home page", path: "/", cached: true },
  { page: "slot picker", path: "/book/residence-permit", cached: false },
];
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_REQUESTS = 300;
const MIN_SHARE_OF_STATIC = 0.4;
const MAX_P99_MS = 100;
const SUBMIT_DURATION_S = Number(process.env.BENCH_SUBMIT_DURATION ?? 20);

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}
const SOAK_MINUTES = Math.min(10, Number(argument("soak-minutes") ?? 10));
if (!(SOAK_MINUTES > 0)) throw new Error("--soak-minutes needs a number of minutes, at most 10");
const ALL_SECTIONS = ["pglite", "postgres", "nginx", "soak", "field", "stats"];
// A section named on its own (`npm run bench -- stats`) or a list (`--only nginx,soak`); by default all of them.
const named = process.argv.slice(2).filter((a) => ALL_SECTIONS.includes(a));
const SECTIONS = new Set(argument("only")?.split(",") ?? (named.length ? named : ALL_SECTIONS));

interface PageResult {
  page: string;
  path: string;
  cached: boolean;
  reqPerSec: number;
  shareOfStatic: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
}

interface Check {
  target: string;
  pass: boolean;
}

interface DatabaseResult {
  database: Database["name"];
  skipped?: string;
  error?: string;
  pages?: PageResult[];
  rss?: { pid: number; rssMb: number };
  submissions?: SubmissionResult[];
  bookings?: BookingResult;
  checks?: Check[];
}

async function benchDatabase(db: Database): Promise<DatabaseResult> {
  console.log(`\n## ${db.name}\n`);
  const env = { ...process.env, ...db.env, AUTH_SECRET: TEST_AUTH_SECRET };
  await run(bin("tsx"), ["db/seed-cli.ts"], env);
  // The load comes from this one machine standing in for many residents: the per-address limit would stop it.
  const server = await startServer({ ...db.env, AUTH_SECRET: TEST_AUTH_SECRET, ALLOW_DEMO_PASSWORD: "true", SUBMIT_LIMIT_PER_ADDRESS_HOUR: "100000" });
  try {
    // First renders fill Next's caches and warm the JIT: not what a crowd on a running server sees.
    for (const p of PAGES) {
      await autocannon({ url: server.url + p.path, connections: 10, amount: WARMUP_REQUESTS });
    }
    const pages: PageResult[] = [];
    for (const { page, path: urlPath, cached } of PAGES) {
      const r = await autocannon({ url: server.url + urlPath, connections: CONNECTIONS, duration: DURATION_S });
      const baseline = pages[0]?.reqPerSec ?? r.requests.mean;
      pages.push({
        page,
        path: urlPath,
        cached,
        reqPerSec: Math.round(r.requests.mean),
        shareOfStatic: r.requests.mean / baseline,
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
      });
    }
    // Writes on PostgreSQL only (the issue's figure): submissions per second, then a count of what was stored.
    const submissions: SubmissionResult[] = [];
    let bookings: BookingResult | undefined;
    if (db.name === "postgres" && db.env.DATABASE_URL) {
      for (const scenario of ["message", "tip with a photo"] as const) {
        submissions.push(await benchSubmissions(server, db.env.DATABASE_URL, { scenario, connections: CONNECTIONS, durationS: SUBMIT_DURATION_S }));
      }
      bookings = await benchBookings(server, db.env.DATABASE_URL, { connections: CONNECTIONS, durationS: SUBMIT_DURATION_S });
    }
    const rss = serverRss(server);
    const { exitCode, signalCode } = server.child;
    const error = exitCode !== null || signalCode ? `next-server died during the run (${signalCode ?? `exit ${exitCode}`})` : undefined;
    if (error || pages.some((p) => p.non2xx > 0 || p.errors > 0)) {
      console.log(`${error ?? "Some requests failed"}; the server's last output:\n${server.output().split("\n").slice(-40).join("\n")}`);
    }
    return {
      database: db.name,
      error,
      pages,
      rss,
      submissions,
      bookings,
      checks: [...checks(pages), ...submissionChecks(submissions), ...bookingChecks(bookings)],
    };
  } finally {
    await stopServer(server);
  }
}

function checks(pages: PageResult[]): Check[] {
  const officer = pages.find((p) => p.page === "officer page");
  const list: Check[] = [
    {
      target: `officer page ≥ ${MIN_SHARE_OF_STATIC * 100}% of the static file's req/s`,
      pass: !!officer && officer.shareOfStatic >= MIN_SHARE_OF_STATIC,
    },
  ];
  for (const p of pages) {
    // No answers at all would otherwise pass with a p99 of 0.
    if (p.cached) list.push({ target: `${p.page}: p99 < ${MAX_P99_MS} ms`, pass: p.reqPerSec > 0 && p.p99Ms < MAX_P99_MS });
    list.push({ target: `${p.page}: no errors, no non-2xx`, pass: p.errors === 0 && p.non2xx === 0 });
  }
  return list;
}

function submissionChecks(results: SubmissionResult[]): Check[] {
  return results.flatMap((r) => [
    { target: `${r.scenario}: every acknowledged submission stored exactly once`, pass: r.acknowledged > 0 && r.storedOnce === r.acknowledged && r.missing === 0 && r.duplicated === 0 },
    { target: `${r.scenario}: no failed submissions`, pass: r.failed === 0 },
    ...(r.photosAcknowledged !== undefined ? [{ target: `${r.scenario}: every acknowledged photo stored`, pass: r.photosStored === r.photosAcknowledged }] : []),
  ]);
}

function bookingChecks(r: BookingResult | undefined): Check[] {
  if (!r) return [];
  return [
    { target: `${r.scenario}: no slot over capacity, and each slot's booked count equals its bookings`, pass: r.slotsUsed > 0 && r.slotsOverCapacity === 0 && r.slotsMiscounted === 0 },
    { target: `${r.scenario}: every acknowledged booking stored exactly once`, pass: r.acknowledged > 0 && r.storedOnce === r.acknowledged && r.missing === 0 && r.duplicated === 0 },
    { target: `${r.scenario}: contended times filled to their seats, the rest told "full"`, pass: r.hot.booked === r.hot.seats && r.hot.acknowledged === r.hot.seats },
    { target: `${r.scenario}: no failed bookings`, pass: r.failed === 0 },
  ];
}

function printResult(result: DatabaseResult) {
  if (!result.pages) return;
  const rows = [
    ["page", "req/s", "% of static", "p50 ms", "p99 ms", "non-2xx", "errors"],
    ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
    ...result.pages.map((p) => [
      `${p.page} \`${p.path}\``,
      String(p.reqPerSec),
      `${Math.round(p.shareOfStatic * 100)}%`,
      String(p.p50Ms),
      String(p.p99Ms),
      String(p.non2xx),
      String(p.errors),
    ]),
  ];
  console.log("\n" + rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
  if (result.submissions?.length) {
    const head = ["scenario", "acknowledged", "per s", "p50 ms", "p99 ms", "refused", "failed", "stored once", "missing", "duplicated", "photos stored/acked"];
    const lines = result.submissions.map((r) => [
      r.scenario,
      r.acknowledged,
      r.perSecond,
      r.p50Ms,
      r.p99Ms,
      r.refused,
      r.failed,
      r.storedOnce,
      r.missing,
      r.duplicated,
      r.photosAcknowledged === undefined ? "—" : `${r.photosStored}/${r.photosAcknowledged}`,
    ]);
    console.log(`\nSubmissions, ${CONNECTIONS} connections, ${SUBMIT_DURATION_S} s each:\n`);
    console.log([head, head.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
  }
  const b = result.bookings;
  if (b) {
    const head = ["scenario", "acknowledged", "per s", "p50 ms", "p99 ms", "full", "other refusals", "failed", "stored once", "missing", "duplicated"];
    const line = [b.scenario, b.acknowledged, b.perSecond, b.p50Ms, b.p99Ms, b.full, b.refused, b.failed, b.storedOnce, b.missing, b.duplicated];
    console.log(`\nBookings, ${CONNECTIONS} connections, ${SUBMIT_DURATION_S} s:\n`);
    console.log([head, head.map(() => "---"), line].map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
    console.log(
      `\nCounted afterwards: ${b.slotsUsed} slots booked, ${b.slotsOverCapacity} over capacity, ${b.slotsMiscounted} whose count differs from their bookings; ` +
        `contended times: ${b.hot.attempts} attempts for ${b.hot.seats} seats, ${b.hot.acknowledged} acknowledged, ${b.hot.booked} booked.`,
    );
  }
  console.log(`\nRSS of next-server after the runs: ${result.rss ? `${result.rss.rssMb} MB (pid ${result.rss.pid})` : "unknown"}\n`);
  for (const c of result.checks ?? []) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.target}`);
}

async function main() {
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    // tsx relays the signal it gets too, so a Ctrl-C can arrive twice.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log(`\n${signal}: stopping the server and removing the bench databases…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }

  if (process.env.BENCH_SKIP_BUILD !== "1") await run(bin("next"), ["build"]);

  console.log(`\n# Bench: ${CONNECTIONS} connections, ${DURATION_S} s per page, ${os.cpus().length} CPUs, Node ${process.version}`);
  const results: DatabaseResult[] = [];
  let crashed = false;
  for (const name of (["pglite", "postgres"] as const).filter((n) => SECTIONS.has(n))) {
    try {
      const result = await withDatabase(name, benchDatabase);
      results.push(result ?? { database: name, skipped: "cannot connect to PostgreSQL" });
      if (result) printResult(result);
      if (result?.error) crashed = true;
    } catch (error) {
      crashed = true;
      console.error(`\n${name}: ${(error as Error).message}`);
      results.push({ database: name, error: (error as Error).message });
    }
  }

  // The production set-up: nginx and two instances on PostgreSQL, each part on a fresh database.
  let nginx: NginxResult | undefined;
  let soakResult: SoakResult | undefined;
  const production: [string, (databaseUrl: string) => Promise<void>][] = [
    ["nginx", async (url) => void (nginx = await benchBehindNginx(url, { connections: CONNECTIONS, durationS: DURATION_S }))],
    ["soak", async (url) => void (soakResult = await soak(url, SOAK_MINUTES))],
  ];
  for (const [section, measure] of production.filter(([section]) => SECTIONS.has(section))) {
    try {
      const done = await withDatabase("postgres", async (db) => {
        await run(bin("tsx"), ["db/seed-cli.ts"], { ...process.env, ...db.env, AUTH_SECRET: TEST_AUTH_SECRET });
        await measure(db.env.DATABASE_URL!);
        return true;
      });
      if (!done) console.log(`\n${section}: skipped (no PostgreSQL)`);
    } catch (error) {
      crashed = true;
      console.error(`\n${section}: ${(error as Error).message}`);
    }
  }
  const productionChecks = [...(nginx ? nginxChecks(nginx) : []), ...(soakResult ? soakChecks(soakResult) : [])];
  if (nginx) printNginxResult(nginx, CONNECTIONS, DURATION_S);
  if (soakResult) printSoakResult(soakResult);
  if (productionChecks.length) console.log("");
  for (const c of productionChecks) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.target}`);

  let field: FieldBenchResult | undefined;
  if (SECTIONS.has("field")) {
    try {
      field = await benchField();
      if (field) printField(field);
    } catch (error) {
      crashed = true;
      console.error(`\nfield: ${(error as Error).message}`);
    }
  }

  if (SECTIONS.has("stats")) {
    try {
      await benchStats();
    } catch (error) {
      crashed = true;
      console.error(`\nstats: ${(error as Error).message}`);
    }
  }

  const file = path.join(process.cwd(), "bench", "results", "latest.json");
  mkdirSync(path.dirname(file), { recursive: true });
  const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length };
  writeFileSync(
    file,
    JSON.stringify({ ...meta, connections: CONNECTIONS, durationS: DURATION_S, results, nginx, soak: soakResult, checks: productionChecks, field }, null, 2) + "\n",
  );
  console.log(`\nResults written to ${path.relative(process.cwd(), file)}`);
  // A missed target is a finding, not a failure of the bench: only a crash exits non-zero.
  process.exitCode = crashed ? 1 : 0;
}

main().catch(async (error) => {
  console.error(error);
  await cleanupAll();
  process.exit(1);
});
