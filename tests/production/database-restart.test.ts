import { randomUUID } from "node:crypto";
import { chromium, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { startCluster, type Cluster } from "@/scripts/cluster/cluster";
import { freePort } from "@/scripts/cluster/instance";
import { actionFields, get, postForm, visitor } from "./support/browserless";
import { startResidents, type ResidentsLog } from "./support/residents";
import { createThrowawayPostgres, postgresBinaries, type ThrowawayPostgres } from "./support/throwaway-postgres";

const PREFIX = `重启压测留言 ${randomUUID().slice(0, 8)}`;
const JS_TEXT = `用手机浏览器写的留言，数据库重启时没有丢 ${randomUUID().slice(0, 8)}`;
const NO_JS_TEXT = `没有脚本的浏览器写的留言，按返回键还在 ${randomUUID().slice(0, 8)}`;

let pg: ThrowawayPostgres;
let databaseUrl: string;
let cluster: Cluster;
let browser: Browser;
let withScript: Page;
let withoutScript: Page;
let residents: ReturnType<typeof startResidents>;
let log: ResidentsLog;
let trackingPath: string;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` holds (or the deadline passes); returns whether it did. */
async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  do {
    if (await check().catch(() => false)) return true;
    await sleep(200);
  } while (Date.now() < deadline);
  return false;
}

const health = async (url: string) => {
  const response = await fetch(`${url}/api/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

async function openForm(javaScriptEnabled: boolean, text: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: "zh-CN", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${cluster.url}/officers/he-wenchuan/message`);
  await page.getByLabel("留言内容").fill(text);
  return page;
}

// A restart that other work on the machine would feel: this runs its own PostgreSQL server, made and removed here.
const why = !process.env.DATABASE_URL
  ? " (runs in the PostgreSQL pass of npm test)"
  : postgresBinaries()
    ? ""
    : " (skipped: PostgreSQL's server programs are not installed, so no server of the test's own can be made)";

describe.skipIf(why !== "")(`PostgreSQL stopped and started again while residents submit${why}`, () => {
  beforeAll(async () => {
    pg = await createThrowawayPostgres();
    pg.start();
    const admin = postgres(pg.url, { max: 1, onnotice: () => {} });
    await admin`create database portal`;
    await admin.end();
    databaseUrl = pg.url.replace(/\/postgres$/, "/portal");
    const handle = await openDatabase({ url: databaseUrl, dataDir: "" });
    await seedDemo(handle.db);
    await handle.close();

    const nginxPort = await freePort();
    cluster = await startCluster({
      instances: 2,
      nginxPort,
      env: {
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "restart-test-secret-restart-test-secret-00",
        ALLOW_DEMO_PASSWORD: "true",
        PUBLIC_BASE_URL: `http://127.0.0.1:${nginxPort}`,
        // The residents all come from this machine.
        SUBMIT_LIMIT_PER_ADDRESS_HOUR: "100000",
        SUBMIT_LIMIT_PER_CLIENT_HOUR: "100000",
      },
    });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await residents?.stop();
    await browser?.close();
    await cluster?.stop();
    pg?.remove();
  });

  it("takes submissions before the restart", async () => {
    residents = startResidents({ url: cluster.url, residents: 8, prefix: PREFIX });
    withScript = await openForm(true, JS_TEXT);
    withoutScript = await openForm(false, NO_JS_TEXT);
    expect(await eventually(async () => residents.log.submissions.filter((s) => s.code).length >= 10, 30_000)).toBe(true);
    trackingPath = `/track/${residents.log.submissions.find((s) => s.code)!.code}`;
  });

  it("while it is down: every instance's health check says so, per-request pages answer a 503 page in the visitor's language, cached pages are still served, and forms keep what was typed", async () => {
    pg.stop();
    for (const instance of cluster.instances) {
      expect(await eventually(async () => (await health(instance.url)).status === 503, 10_000)).toBe(true);
      expect((await health(instance.url)).body).toMatchObject({ status: "unavailable" });
    }

    const tracking = await get(cluster.url, trackingPath, visitor("resident-checking-progress"));
    expect(tracking.status).toBe(503);
    expect(tracking.headers.get("retry-after")).toBe("30");
    const zh = await tracking.text();
    expect(zh).toContain("暂时无法办理");
    expect(zh).toContain("110");
    const english = await get(cluster.url, trackingPath, visitor("english-reader", { NEXT_LOCALE: "en" }));
    expect(english.status).toBe(503);
    expect(await english.text()).toContain("Temporarily unavailable");
    const board = await get(cluster.url, "/officers/he-wenchuan", visitor("crowd-at-the-board"));
    expect(board.status).toBe(200);

    // Without JavaScript a form's post goes to the 503 page, which says how to get back to what was typed…
    const who = visitor("plain-form");
    const hidden = actionFields(await (await get(cluster.url, "/officers/he-wenchuan/message", who)).text());
    const posted = await postForm(cluster.url, "/officers/he-wenchuan/message", who, hidden, { kind: "message", officer: "he-wenchuan", submissionKey: "", body: "数据库停机时提交的留言" });
    expect(posted.status).toBe(303);
    expect(posted.headers.get("location")).toBe("/unavailable?form=1");
    const outagePage = await get(cluster.url, "/unavailable?form=1", who);
    expect(outagePage.status).toBe(503);
    expect(await outagePage.text()).toContain("请点浏览器的“返回”回到表单");

    // …and in a real browser, Back brings the form back as it was typed.
    await withoutScript.getByRole("button", { name: "提交留言" }).click();
    await expect.poll(() => withoutScript.locator("h1").textContent()).toBe("暂时无法办理");
    await withoutScript.goBack();
    expect(await withoutScript.getByLabel("留言内容").inputValue()).toBe(NO_JS_TEXT);

    // With JavaScript the form stays on the page, says what happened, and keeps the text.
    await withScript.getByRole("button", { name: "提交留言" }).click();
    await expect.poll(() => withScript.getByText("暂时无法确认保存").count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await withScript.getByLabel("留言内容").inputValue()).toBe(JS_TEXT);

    await sleep(2_000);
  });

  it("comes back by itself: health reports the outage it saw end, and the forms go through", async () => {
    pg.start();
    for (const instance of cluster.instances) {
      expect(await eventually(async () => (await health(instance.url)).status === 200, 30_000)).toBe(true);
      const { body } = await health(instance.url);
      expect(body.lastOutage).toMatchObject({ seconds: expect.any(Number) });
      expect((body.lastOutage as { seconds: number }).seconds).toBeGreaterThan(0);
    }
    await withScript.getByRole("button", { name: "提交留言" }).click();
    await withScript.waitForURL(/\/track\/[2-9A-Z]{4}-[2-9A-Z]{4}/, { timeout: 30_000 });
    await withoutScript.getByRole("button", { name: "提交留言" }).click();
    await withoutScript.waitForURL(/\/track\/[2-9A-Z]{4}-[2-9A-Z]{4}/, { timeout: 30_000 });
    await sleep(3_000);
  });

  it("has every acknowledged submission in the database exactly once, reconciled against the residents' own log", async () => {
    log = await residents.stop();
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    const stored = await sql<{ reference_code: string; body: string }[]>`select reference_code, body from requests where body like ${`${PREFIX}%`}`;
    const browserRows = await sql<{ body: string }[]>`select body from requests where body in (${JS_TEXT}, ${NO_JS_TEXT})`;
    await sql.end();

    const byBody = new Map<string, string[]>();
    for (const row of stored) byBody.set(row.body, [...(byBody.get(row.body) ?? []), row.reference_code]);
    const acknowledged = log.submissions.filter((s) => s.code !== null);
    const missing = acknowledged.filter((s) => !byBody.get(s.body)?.includes(s.code!));
    const duplicated = [...byBody.values()].filter((codes) => codes.length > 1);
    const unacknowledged = log.submissions.filter((s) => s.code === null);
    const retried = log.submissions.filter((s) => s.attempts > 1);
    console.log(
      `reconciliation: ${log.submissions.length} submissions, ${acknowledged.length} acknowledged, ${retried.length} sent more than once ` +
        `(${JSON.stringify(log.setbacks)}), ${stored.length} stored, ${missing.length} acknowledged but missing, ` +
        `${duplicated.length} stored twice, ${unacknowledged.length} never acknowledged`,
    );

    expect(retried.length).toBeGreaterThan(0);
    expect(log.setbacks["503 page"] ?? 0).toBeGreaterThan(0);
    expect(unacknowledged).toEqual([]);
    expect(missing).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(stored).toHaveLength(acknowledged.length);
    expect(browserRows.map((r) => r.body).sort()).toEqual([JS_TEXT, NO_JS_TEXT].sort());
  });
});
