import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { instanceRss } from "../scripts/cluster/instance";
import { startBenchCluster } from "./server";

/*
 * The soak: a station's day compressed — residents reading public pages (both languages), leaving messages and
 * checking their tracking pages, officers working the dashboard — through nginx in front of two instances, for
 * a bounded time (10 minutes by default). Reported: each instance's memory after the warm-up and at the end,
 * every 5xx, and a count proving every acknowledged message was stored once.
 */

export const SOAK_GOAL = { memoryGrowthPct: 10, status5xx: 0 };

const PUBLIC_PAGES = [
  "/",
  "/officers/he-wenchuan",
  "/officers/tu-zhiheng",
  "/officers/ning-shuyuan",
  "/officers/li-jiaming",
  "/services",
  "/services/residence-permit",
  "/book/residence-permit",
  "/communities/liuyin",
  "/track",
];
const OFFICERS = ["officer.liuyin", "officer.fenglin"];

export interface SoakResult {
  minutes: number;
  requests: Record<"pages" | "submissions" | "tracking" | "dashboard", number>;
  perSecond: number;
  status5xx: number;
  networkErrors: number;
  acknowledged: number;
  storedOnce: number;
  instances: { pid: number; afterWarmUpMb: number; endMb: number; maxMb: number; growthPct: number }[];
}

function hiddenFields(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?\/>/g)].map((m) => [
    m[1]!,
    (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">"),
  ]);
}

export async function soak(databaseUrl: string, minutes: number): Promise<SoakResult> {
  const cluster = await startBenchCluster(databaseUrl, 2);
  const base = cluster.url;
  const until = Date.now() + minutes * 60_000;
  const warmUpMs = Math.min(60_000, minutes * 60_000 * 0.2);
  const requests = { pages: 0, submissions: 0, tracking: 0, dashboard: 0 };
  let status5xx = 0;
  let networkErrors = 0;
  const acknowledged: { code: string; secret: string; body: string }[] = [];
  const samples = new Map<number, number[]>();

  /** One request, counted; its answer read whole (null on a network error). */
  async function hit(kind: keyof typeof requests, url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; text: string } | null> {
    requests[kind]++;
    try {
      const response = await fetch(url, { redirect: "manual", ...init });
      const text = await response.text();
      if (response.status >= 500) status5xx++;
      return { status: response.status, headers: response.headers, text };
    } catch {
      networkErrors++;
      return null;
    }
  }
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function reader(n: number) {
    const cookie = n % 2 === 0 ? "NEXT_LOCALE=en" : "";
    for (let i = 0; Date.now() < until; i++) await hit("pages", base + PUBLIC_PAGES[(n + i) % PUBLIC_PAGES.length], { headers: { Cookie: cookie } });
  }

  async function resident(n: number) {
    const path = "/officers/he-wenchuan/message";
    for (let i = 0; Date.now() < until; i++) {
      const page = await hit("pages", base + path);
      const form = new FormData();
      for (const [name, value] of hiddenFields(page?.text ?? "")) form.append(name, value);
      const body = `浸泡测试留言 ${n}-${i} ${randomUUID()}`;
      for (const [name, value] of Object.entries({ kind: "message", officer: "he-wenchuan", submissionKey: randomUUID(), body })) form.append(name, value);
      const posted = await hit("submissions", base + path, { method: "POST", body: form, headers: { Origin: base, "User-Agent": `soak-resident-${n}-${i}` } });
      const link = /^\/track\/([2-9A-Z]{4}-[2-9A-Z]{4})\?k=([A-Za-z0-9_-]+)/.exec(posted?.headers.get("location") ?? "");
      if (posted?.status === 303 && link) acknowledged.push({ code: link[1]!, secret: link[2]!, body });
      // The resident looks at their page, and at an earlier one.
      for (const seen of [acknowledged.at(-1), acknowledged[Math.floor(Math.random() * acknowledged.length)]]) {
        if (seen) await hit("tracking", `${base}/track/${seen.code}?k=${seen.secret}`);
      }
      await pause(500);
    }
  }

  async function officer(login: string) {
    const page = await fetch(base + "/login").then((r) => r.text());
    const form = new FormData();
    for (const [name, value] of hiddenFields(page)) form.append(name, value);
    form.append("login", login);
    form.append("password", "Demo#2026");
    const signedIn = await fetch(base + "/login", { method: "POST", body: form, headers: { Origin: base }, redirect: "manual" });
    const session = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(";")[0]!)
      .find((pair) => pair.includes("authjs.session-token"));
    if (!session) throw new Error(`soak: ${login} could not sign in (${signedIn.status})`);
    const headers = { Cookie: session };
    while (Date.now() < until) {
      const queue = await hit("dashboard", base + "/dashboard", { headers });
      const ids = [...(queue?.text ?? "").matchAll(/\/dashboard\/requests\/([0-9a-f-]{36})/g)].map((m) => m[1]!);
      if (ids.length) await hit("dashboard", `${base}/dashboard/requests/${ids[Math.floor(Math.random() * ids.length)]}`, { headers });
      await hit("dashboard", base + "/dashboard/notifications", { headers });
      await pause(300);
    }
  }

  const sampler = setInterval(() => {
    for (const instance of cluster.instances) {
      const rss = instanceRss(instance);
      if (rss) samples.set(instance.pid, [...(samples.get(instance.pid) ?? []), rss.rssMb]);
    }
  }, 10_000);
  const started = Date.now();
  try {
    await Promise.all([...Array.from({ length: 6 }, (_, n) => reader(n)), resident(0), resident(1), ...OFFICERS.map(officer)]);
  } finally {
    clearInterval(sampler);
  }
  const seconds = (Date.now() - started) / 1000;
  // RSS swings by 100 MB and more as the garbage collector works: growth compares the median of the first
  // minute after the warm-up with the median of the last minute, not two single readings.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const instances = cluster.instances.map((instance) => {
    const all = samples.get(instance.pid) ?? [];
    const afterWarmUp = all.filter((_, i) => (i + 1) * 10_000 >= warmUpMs);
    const minute = Math.max(1, Math.min(6, Math.floor(afterWarmUp.length / 3)));
    const first = median(afterWarmUp.slice(0, minute));
    const last = median(afterWarmUp.slice(-minute));
    return { pid: instance.pid, afterWarmUpMb: first, endMb: last, maxMb: Math.max(0, ...all), growthPct: first ? Math.round(((last - first) / first) * 1000) / 10 : 0 };
  });
  await cluster.stop();

  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ reference_code: string; body: string }[]>`select reference_code, body from requests where body like '浸泡测试留言%'`;
    const byCode = new Map(rows.map((r) => [r.reference_code, r.body]));
    const bodies = new Map<string, number>();
    for (const r of rows) bodies.set(r.body, (bodies.get(r.body) ?? 0) + 1);
    return {
      minutes,
      requests,
      perSecond: Math.round(Object.values(requests).reduce((a, b) => a + b, 0) / seconds),
      status5xx,
      networkErrors,
      acknowledged: acknowledged.length,
      storedOnce: acknowledged.filter((a) => byCode.get(a.code) === a.body && bodies.get(a.body) === 1).length,
      instances,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export function printSoakResult(r: SoakResult) {
  console.log(`\n## Soak: ${r.minutes} min of mixed traffic through nginx, two instances (PostgreSQL)\n`);
  console.log(
    `requests: ${r.requests.pages} page views, ${r.requests.submissions} messages, ${r.requests.tracking} tracking pages, ` +
      `${r.requests.dashboard} dashboard pages (${r.perSecond}/s); 5xx: ${r.status5xx}; network errors: ${r.networkErrors}; ` +
      `messages acknowledged ${r.acknowledged}, stored once ${r.storedOnce}`,
  );
  const rows = [
    ["instance (pid)", "RSS first minute after warm-up MB (median)", "RSS last minute MB (median)", "max MB", "growth"],
    ["---", "---:", "---:", "---:", "---:"],
    ...r.instances.map((i) => [String(i.pid), String(i.afterWarmUpMb), String(i.endMb), String(i.maxMb), `${i.growthPct}%`]),
  ];
  console.log("\n" + rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
}

export function soakChecks(r: SoakResult) {
  return [
    ...r.instances.map((i) => ({ target: `soak: instance ${i.pid} memory growth < ${SOAK_GOAL.memoryGrowthPct}%`, pass: i.growthPct < SOAK_GOAL.memoryGrowthPct })),
    { target: "soak: zero 5xx, zero network errors", pass: r.status5xx === 0 && r.networkErrors === 0 },
    { target: "soak: every acknowledged message stored exactly once", pass: r.acknowledged > 0 && r.storedOnce === r.acknowledged },
  ];
}
