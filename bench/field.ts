import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { generateFieldData, BENCH_FIELD_SIZE } from "./field-data";
import { bin, run, startServer, stopServer, TEST_AUTH_SECRET, withDatabase } from "./server";

/*
 * The officer's day at a district's size (issue 9's bench), on PostgreSQL: the demo station plus 50,000 care
 * subjects, 500,000 visits and 20,000 hazards (bench/field-data.ts); the day page's server time, p50 and p99,
 * for an officer and for the chief (every community), requests one after another so each is the server's time
 * for one page; then the overdue queries' plans (bench/field-queries.ts). Goal: under 150 ms.
 */

export const DAY_PAGE_GOAL_MS = 150;
const REQUESTS = Number(process.env.BENCH_FIELD_REQUESTS ?? 200);

export interface FieldBenchResult {
  generatedIn: number;
  pages: { who: string; path: string; p50Ms: number; p99Ms: number; meanMs: number; non2xx: number; errors: number }[];
  plans: string;
  checks: { target: string; pass: boolean }[];
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does, and returns the session cookie. */
async function sessionCookie(url: string, login: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar, Origin: url },
    body: new URLSearchParams({ csrfToken, login, password: "Demo#2026" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error(`cannot sign in as ${login} (${response.status})`);
  return session.split(";")[0]!;
}

function plansOf(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin("tsx"), ["--conditions=react-server", "bench/field-queries.ts", databaseUrl], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`field-queries exited ${code}`))));
  });
}

export async function benchField(): Promise<FieldBenchResult | undefined> {
  return withDatabase("postgres", async (database) => {
    const env = { ...process.env, ...database.env, AUTH_SECRET: TEST_AUTH_SECRET };
    await run(bin("tsx"), ["db/seed-cli.ts"], env);
    console.log(`\n## Field work on PostgreSQL: ${BENCH_FIELD_SIZE.careSubjects} care subjects, ${BENCH_FIELD_SIZE.visits} visits, ${BENCH_FIELD_SIZE.hazards} hazards\n`);
    const { seconds } = await generateFieldData(database.env.DATABASE_URL!);
    console.log(`generated in ${seconds.toFixed(1)} s`);
    const server = await startServer({ ...database.env, AUTH_SECRET: TEST_AUTH_SECRET });
    try {
      const pages: FieldBenchResult["pages"] = [];
      for (const [who, login] of [
        ["community officer (柳荫)", "officer.liuyin"],
        ["station chief (all four communities)", "chief"],
      ] as const) {
        const cookie = await sessionCookie(server.url, login);
        const url = `${server.url}/dashboard/today`;
        await autocannon({ url, connections: 1, amount: 20, headers: { cookie } });
        const r = await autocannon({ url, connections: 1, amount: REQUESTS, headers: { cookie } });
        pages.push({ who, path: "/dashboard/today", p50Ms: r.latency.p50, p99Ms: r.latency.p99, meanMs: Math.round(r.latency.mean), non2xx: r.non2xx, errors: r.errors + r.timeouts });
      }
      const plans = await plansOf(database.env.DATABASE_URL!);
      const checks = pages.flatMap((p) => [
        { target: `day page, ${p.who}: p99 < ${DAY_PAGE_GOAL_MS} ms`, pass: p.non2xx === 0 && p.p99Ms < DAY_PAGE_GOAL_MS },
        { target: `day page, ${p.who}: no errors, no non-2xx`, pass: p.errors === 0 && p.non2xx === 0 },
      ]);
      return { generatedIn: seconds, pages, plans, checks };
    } finally {
      await stopServer(server);
    }
  });
}

export function printField(result: FieldBenchResult) {
  const rows = [
    ["day page", "requests", "p50 ms", "p99 ms", "mean ms", "non-2xx", "errors"],
    ["---", "---:", "---:", "---:", "---:", "---:", "---:"],
    ...result.pages.map((p) => [`${p.who} \`${p.path}\``, String(REQUESTS), String(p.p50Ms), String(p.p99Ms), String(p.meanMs), String(p.non2xx), String(p.errors)]),
  ];
  console.log("\n" + rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
  console.log(`\nThe overdue queries' plans (EXPLAIN ANALYZE, BUFFERS):\n${result.plans}`);
  for (const c of result.checks) console.log(`${c.pass ? "PASS" : "FAIL"}  ${c.target}`);
}
