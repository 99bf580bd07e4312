/**
 * The stats page at a city's size (issue 11): on PostgreSQL with the generated history (db/load.ts: 50
 * communities, 1M requests, 200k incidents over 5 years), each panel's query p50/p95 for a month and a year,
 * the page's server time (the production server, signed in as the load station's chief), the import rate of a
 * 100,000-line incident CSV, and the EXPLAIN plans of the three slowest panels.
 *
 *   npm run bench -- stats                       just this section
 *   BENCH_STATS_DB=stats_bench_city              the database kept between runs (generated once, ~5 minutes)
 *   BENCH_PG_URL=postgres://user@host/postgres   the admin connection that creates it
 */
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import postgres from "postgres";
import { openDatabase, type Db } from "@/db/client";
import { createIncidentImport, processIncidentImport } from "@/db/queries/incident-imports";
import type { StatsFilter } from "@/db/queries/stats/filter";
import { communities, incidentImports, incidents, stations, users } from "@/db/schema";
import { generateLoad, LOAD_CHIEF_LOGIN, loadPresent } from "@/db/load";
import type { StaffUser } from "@/lib/authz";
import { columnHeaders, importColumns } from "@/lib/incidents/import-format";
import { parsePeriod, todayIn } from "@/lib/stats/period";
import { PANELS } from "@/app/[locale]/(dashboard)/dashboard/stats/_panels";
import { importLabels } from "@/server/incident-imports";
import { startServer, stopServer, TEST_AUTH_SECRET } from "./server";

const RUNS = Number(process.env.BENCH_STATS_RUNS ?? 30);
const PAGE_RUNS = Number(process.env.BENCH_STATS_PAGE_RUNS ?? 20);
const PANEL_P95_MS = 100;
const PAGE_MS = 500;
const IMPORT_ROWS = 100_000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (n: number) => n.toFixed(1);

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function cityDatabase(): Promise<string> {
  const adminUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = process.env.BENCH_STATS_DB ?? "stats_bench_city";
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
  if (!exists) await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function loadChief(db: Db): Promise<StaffUser & { tokenVersion: number }> {
  const [chief] = await db
    .select({ id: users.id, role: users.role, stationId: users.stationId, communityId: users.communityId, name: users.name, tokenVersion: users.tokenVersion })
    .from(users)
    .where(eq(users.login, LOAD_CHIEF_LOGIN));
  if (!chief) throw new Error("no load chief");
  return chief;
}

interface PanelTiming {
  panel: string;
  period: string;
  p50: number;
  p95: number;
}

/** A 100,000-line export of a station with four communities, as the station's system writes it. */
function importCsv(communityNames: string[]): string {
  const headers = columnHeaders["zh-CN"];
  const lines = [importColumns.map((c) => headers[c]).join(",")];
  const categories = ["刑事", "治安", "交通", "纠纷", "求助", "其他"];
  for (let i = 1; i <= IMPORT_ROWS; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`BENCH-${i},${day} ${String(i % 24).padStart(2, "0")}:15,${communityNames[i % communityNames.length]},${categories[i % categories.length]},110 转警,测试警情 ${i},测试路${i % 500}号`);
  }
  return lines.join("\r\n");
}

async function importRate(db: Db, chief: StaffUser): Promise<{ rows: number; seconds: number; perSecond: number; state: string }> {
  // A station of its own, emptied before each run, so the rate is always of fresh rows.
  let [station] = await db.select({ id: stations.id }).from(stations).where(eq(stations.slug, "bench-import"));
  if (!station) {
    [station] = await db.insert(stations).values({ slug: "bench-import", name: "导入测试派出所", address: "—", phone: "110", areaKm2: "1.00" }).returning({ id: stations.id });
    await db.insert(communities).values(
      ["导入一社区", "导入二社区", "导入三社区", "导入四社区"].map((name, i) => ({
        stationId: station!.id,
        slug: `bench-import-${i}`,
        name,
        areaKm2: "0.5",
        population: 1,
        households: 1,
        compounds: 1,
        workUnits: 1,
        shops: 1,
        officeAddress: "—",
        officeHours: "—",
      })),
    );
  }
  await db.delete(incidents).where(eq(incidents.stationId, station!.id));
  await db.delete(incidentImports).where(eq(incidentImports.stationId, station!.id));
  const names = (await db.select({ name: communities.name }).from(communities).where(eq(communities.stationId, station!.id))).map((c) => c.name);
  const importer: StaffUser = { ...chief, stationId: station!.id };
  const content = importCsv(names);
  const created = await createIncidentImport(db, importer, { name: "bench.csv", content });
  const seconds = (await timed(() => processIncidentImport(db, created!.id, importLabels()))) / 1000;
  const [done] = await db.select({ state: incidentImports.state, inserted: incidentImports.insertedRows }).from(incidentImports).where(eq(incidentImports.id, created!.id));
  return { rows: done!.inserted, seconds, perSecond: Math.round(done!.inserted / seconds), state: done!.state };
}

/** The page over HTTP from the production server, signed in as the chief (a session cookie made with the server's secret). */
async function pageTimes(url: string, chief: StaffUser & { tokenVersion: number }, query: string): Promise<number[]> {
  const server = await startServer({ DATABASE_URL: url, AUTH_SECRET: TEST_AUTH_SECRET });
  try {
    const cookieName = "authjs.session-token";
    const token = await encode({ token: { sub: String(chief.id), uid: chief.id, tv: chief.tokenVersion }, secret: TEST_AUTH_SECRET, salt: cookieName });
    const get = async () => {
      const started = performance.now();
      const response = await fetch(`${server.url}/dashboard/stats?${query}`, { headers: { cookie: `${cookieName}=${token}` }, redirect: "manual" });
      await response.text();
      if (response.status !== 200) throw new Error(`GET /dashboard/stats answered ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await get();
    const times: number[] = [];
    for (let i = 0; i < PAGE_RUNS; i++) times.push(await get());
    return times;
  } finally {
    await stopServer(server);
  }
}

export async function benchStats(): Promise<void> {
  console.log("\n# Stats at a city's size (PostgreSQL)\n");
  const url = await cityDatabase();
  const handle = await openDatabase({ url, dataDir: "", max: 10 });
  const checks: { target: string; pass: boolean }[] = [];
  try {
    if (await loadPresent(handle.db)) console.log("Reusing the generated city in", new URL(url).pathname.slice(1));
    else {
      console.log("Generating the city (once; kept for the next runs)…");
      await generateLoad(handle.db);
    }
    const chief = await loadChief(handle.db);
    const [counts] = await handle.db
      .select({ requests: sql<number>`(select count(*) from requests)`.mapWith(Number), incidents: sql<number>`(select count(*) from incidents)`.mapWith(Number) })
      .from(stations)
      .where(eq(stations.id, chief.stationId));
    console.log(`Rows: ${counts!.requests.toLocaleString("en")} requests, ${counts!.incidents.toLocaleString("en")} incidents; ${RUNS} runs per panel and period after 3 warm-ups.\n`);

    const now = new Date();
    const today = todayIn(now);
    const periods = {
      month: parsePeriod({}, today),
      year: parsePeriod({ period: "year", year: String(Number(today.slice(0, 4)) - 1) }, today),
    };
    const timings: PanelTiming[] = [];
    for (const [name, period] of Object.entries(periods)) {
      const filter: StatsFilter = { period, baselineYear: period.year - 3, communityId: null, now };
      for (const panel of PANELS) {
        for (let i = 0; i < 3; i++) await panel.load(handle.db, chief, filter);
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await timed(() => panel.load(handle.db, chief, filter)));
        timings.push({ panel: panel.id, period: name, p50: percentile(runs, 50), p95: percentile(runs, 95) });
      }
      const together: number[] = [];
      for (let i = 0; i < RUNS; i++) together.push(await timed(() => Promise.all(PANELS.map((p) => p.load(handle.db, chief, filter)))));
      timings.push({ panel: "all panels at once", period: name, p50: percentile(together, 50), p95: percentile(together, 95) });
    }
    console.log("| panel | period | p50 ms | p95 ms |\n| --- | --- | ---: | ---: |");
    for (const t of timings) console.log(`| ${t.panel} | ${t.period} | ${ms(t.p50)} | ${ms(t.p95)} |`);
    for (const t of timings.filter((t) => t.panel !== "all panels at once")) {
      checks.push({ target: `${t.panel} (${t.period}): p95 < ${PANEL_P95_MS} ms`, pass: t.p95 < PANEL_P95_MS });
    }

    for (const [name, period] of Object.entries(periods)) {
      const query = new URLSearchParams(period.kind === "year" ? { period: "year", year: String(period.year) } : { period: "month", month: period.month }).toString();
      const times = await pageTimes(url, chief, query);
      console.log(`\nGET /dashboard/stats (${name}), production server, ${PAGE_RUNS} runs: p50 ${ms(percentile(times, 50))} ms, p95 ${ms(percentile(times, 95))} ms`);
      checks.push({ target: `the whole stats page (${name}): p95 < ${PAGE_MS} ms`, pass: percentile(times, 95) < PAGE_MS });
    }

    const rate = await importRate(handle.db, chief);
    console.log(`\nImport of a ${IMPORT_ROWS.toLocaleString("en")}-line CSV: ${rate.state}, ${rate.rows.toLocaleString("en")} rows in ${rate.seconds.toFixed(1)} s = ${rate.perSecond.toLocaleString("en")} rows/s`);
    checks.push({ target: `the ${IMPORT_ROWS}-line import stores every line`, pass: rate.state === "done" && rate.rows === IMPORT_ROWS });

    await explainSlowest(url, chief, timings, periods);
  } finally {
    await handle.close();
  }
  console.log("");
  for (const c of checks) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.target}`);
}

/** The plans of the three slowest panels' slowest statements (a logging connection records what each panel runs). */
async function explainSlowest(url: string, chief: StaffUser, timings: PanelTiming[], periods: Record<string, StatsFilter["period"]>) {
  const queries: { sql: string; params: unknown[] }[] = [];
  const logged = await openDatabase({ url, dataDir: "", max: 1, onQuery: (q, params) => queries.push({ sql: q, params }) });
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const slowest = timings.filter((t) => t.panel !== "all panels at once").sort((a, b) => b.p95 - a.p95).slice(0, 3);
    for (const t of slowest) {
      const panel = PANELS.find((p) => p.id === t.panel)!;
      const period = periods[t.period]!;
      queries.length = 0;
      await panel.load(logged.db, chief, { period, baselineYear: period.year - 3, communityId: null, now: new Date() });
      let worst: { sql: string; params: unknown[]; ms: number } | null = null;
      for (const q of [...queries]) {
        const took = await timed(() => client.unsafe(q.sql, q.params as never[]));
        if (!worst || took > worst.ms) worst = { ...q, ms: took };
      }
      if (!worst) continue;
      const plan = await client.unsafe(`explain (analyze, buffers) ${worst.sql}`, worst.params as never[]);
      console.log(`\n## EXPLAIN: ${t.panel} (${t.period}), its slowest statement (${ms(worst.ms)} ms)\n`);
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"));
    }
  } finally {
    await client.end();
    await logged.close();
  }
}
