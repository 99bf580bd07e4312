import { randomUUID } from "node:crypto";
import { eq, gt, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requests } from "@/db/schema";
import { startCluster, type Cluster } from "@/scripts/cluster/cluster";
import { freePort, startInstance } from "@/scripts/cluster/instance";
import { openTestDb, type TestDb } from "../support/db";
import { actionFields, get, postForm, trackingLink, visitor, type Visitor } from "./support/browserless";

const AUTH_SECRET = "cluster-test-secret-cluster-test-secret-00";
// A small per-address limit, so that a forged X-Forwarded-For shows whether it is believed.
const ADDRESS_LIMIT = 12;

let test: TestDb;
let cluster: Cluster;
let startedAt: Date;

const officerForm = "/officers/he-wenchuan/message";
const messageFields = (body: string) => ({ kind: "message", officer: "he-wenchuan", submissionKey: randomUUID(), body });
const cacheStatus = (response: Response) => response.headers.get("x-cache-status");

/** A raw query's rows (postgres.js answers with them, PGlite with { rows }; this file runs on PostgreSQL). */
async function rows<T>(query: SQL): Promise<T[]> {
  return (await test.db.execute(query)) as unknown as T[];
}

async function submitMessage(base: string, who: Visitor, body: string) {
  const hidden = actionFields(await (await get(base, officerForm, who)).text());
  return postForm(base, officerForm, who, hidden, messageFields(body));
}

// Several instances need PostgreSQL: the embedded database belongs to one process.
describe.skipIf(!process.env.DATABASE_URL)("nginx in front of two instances on one PostgreSQL", () => {
  beforeAll(async () => {
    test = await openTestDb();
    const nginxPort = await freePort();
    cluster = await startCluster({
      instances: 2,
      nginxPort,
      env: {
        DATABASE_URL: test.url!,
        AUTH_SECRET,
        ALLOW_DEMO_PASSWORD: "true",
        PUBLIC_BASE_URL: `http://127.0.0.1:${nginxPort}`,
        SUBMIT_LIMIT_PER_ADDRESS_HOUR: String(ADDRESS_LIMIT),
        SUBMIT_LIMIT_PER_CLIENT_HOUR: "1000",
      },
    });
    startedAt = new Date();
  });
  afterAll(async () => {
    await cluster?.stop();
    await test?.close();
  });

  it("accepts on instance B a resident's form that instance A rendered, and stores it once", async () => {
    const [a, b] = cluster.instances;
    const resident = visitor("phone-of-a-resident-a-to-b");
    const hidden = actionFields(await (await get(a!.url, officerForm, resident)).text());
    const body = `从A实例打开、在B实例提交的留言 ${randomUUID()}`;
    const posted = await postForm(b!.url, officerForm, resident, hidden, messageFields(body));
    const link = trackingLink(posted);
    expect(link, `B answered ${posted.status} ${posted.headers.get("location")}`).not.toBeNull();
    const stored = await test.db.select({ code: requests.referenceCode }).from(requests).where(eq(requests.body, body));
    expect(stored).toEqual([{ code: link!.code }]);
  });

  it("never serves a tracking page from nginx's cache: two residents, two secrets, two pages", async () => {
    const first = { who: visitor("resident-one"), body: `第一位居民的留言 ${randomUUID()}` };
    const second = { who: visitor("resident-two"), body: `第二位居民的留言 ${randomUUID()}` };
    const links = [];
    for (const r of [first, second]) links.push(trackingLink(await submitMessage(cluster.url, r.who, r.body))!);
    for (let round = 0; round < 3; round++) {
      for (const [i, r] of [first, second].entries()) {
        const page = await get(cluster.url, links[i]!.path, r.who);
        expect(page.status).toBe(200);
        expect(page.headers.get("cache-control")).toBe("private, no-store");
        expect(cacheStatus(page)).toBeNull();
        const html = await page.text();
        expect(html).toContain(r.body);
        expect(html).not.toContain([first, second][1 - i]!.body);
      }
    }
    // The same address without the secret, right after: nothing of the resident's page.
    const stranger = await get(cluster.url, `/track/${links[0]!.code}`, visitor("someone-else"));
    expect(await stranger.text()).not.toContain(first.body);
  });

  it("never caches the dashboard, and passes a signed-in officer's requests for public pages by the cache", async () => {
    const officer = visitor("officer-phone");
    const login = actionFields(await (await get(cluster.url, "/login", officer)).text());
    const signedIn = await postForm(cluster.url, "/login", officer, login, { login: "officer.liuyin", password: "Demo#2026" });
    expect(signedIn.status).toBe(303);
    expect([...officer.cookies.keys()].some((name) => name.includes("authjs.session-token"))).toBe(true);

    for (let round = 0; round < 2; round++) {
      const dashboard = await get(cluster.url, "/dashboard", officer);
      expect(dashboard.status).toBe(200);
      expect(dashboard.headers.get("cache-control")).toBe("private, no-store");
      expect(cacheStatus(dashboard)).toBeNull();
      expect(await dashboard.text()).toContain("贺文川");
    }
    const anonymous = await get(cluster.url, "/dashboard", visitor("passer-by"));
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toBe("/login");

    await get(cluster.url, "/officers/he-wenchuan", visitor("warm-the-cache"));
    const publicPage = await get(cluster.url, "/officers/he-wenchuan", officer);
    expect(cacheStatus(publicPage)).toBe("BYPASS");
  });

  it("serves public pages from a one-second cache per language, compressed, with long-lived static files", async () => {
    const zh = visitor("crowd-at-the-board");
    const en = visitor("visitor-reading-english", { NEXT_LOCALE: "en" });
    await get(cluster.url, "/officers/tu-zhiheng", zh);
    const cached = await get(cluster.url, "/officers/tu-zhiheng", zh, { "Accept-Encoding": "gzip" });
    expect(cacheStatus(cached)).toBe("HIT");
    expect(cached.headers.get("content-encoding")).toBe("gzip");
    const html = await cached.text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(cached.headers.get("content-security-policy")).toMatch(/object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'.*form-action 'self'/);
    expect(cached.headers.get("strict-transport-security")).toBeNull();

    await get(cluster.url, "/officers/tu-zhiheng", en);
    const english = await get(cluster.url, "/officers/tu-zhiheng", en);
    expect(cacheStatus(english)).toBe("HIT");
    expect(await english.text()).toContain('<html lang="en"');

    const script = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
    const asset = await get(cluster.url, script, zh);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("shows a booking made on instance A on the pages instance B serves at once, and through nginx within the cache's second", async () => {
    const [a, b] = cluster.instances;
    // Visiting the service's page makes its slots.
    await get(cluster.url, "/book/residence-permit", visitor("looking-for-a-day"));
    const [slot] = await rows<{ id: number; day: string }>(sql`
      select s.id, to_char(s.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
      from appointment_slots s join services v on v.id = s.service_id
      where v.slug = 'residence-permit' and s.starts_at > now() + interval '2 days' and s.booked < s.capacity
      order by s.starts_at limit 1`);
    const [community] = await rows<{ id: number }>(sql`select id from communities order by id limit 1`);
    const dayPage = `/book/residence-permit/${slot!.day}`;
    const seatsLeft = async (base: string) =>
      [...(await (await get(base, dayPage, visitor("counting-seats"))).text()).matchAll(/余 (\d+) 个/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    const before = await seatsLeft(b!.url);
    expect(await seatsLeft(cluster.url)).toBe(before);

    const resident = visitor("resident-booking-on-a");
    const hidden = actionFields(await (await get(a!.url, dayPage, resident)).text());
    const booked = await postForm(a!.url, dayPage, resident, hidden, {
      service: "residence-permit",
      submissionKey: "",
      js: "",
      slot: String(slot!.id),
      community: String(community!.id),
      name: "集群测试居民",
      phone: "15900001234",
    });
    expect(trackingLink(booked), `A answered ${booked.status} ${booked.headers.get("location")}`).not.toBeNull();

    const shownBy = async (base: string, withinMs: number) => {
      const deadline = Date.now() + withinMs;
      do {
        if ((await seatsLeft(base)) === before - 1) return true;
        await new Promise((r) => setTimeout(r, 50));
      } while (Date.now() < deadline);
      return false;
    };
    // B hears of A's refresh through PostgreSQL (page-cache-handler.mjs) as it happens.
    expect(await shownBy(b!.url, 500)).toBe(true);
    // nginx keeps a page one second, then one request refreshes it (a render on a busy machine: allow for it).
    expect(await shownBy(cluster.url, 2_500)).toBe(true);
  });

  it("limits submissions by the address nginx saw, whatever X-Forwarded-For the client sends", async () => {
    let refused = 0;
    for (let i = 0; i < ADDRESS_LIMIT + 1; i++) {
      const who = visitor(`rotating-forger-${i}`);
      who.headers = { "X-Forwarded-For": `198.51.100.${i + 1}` };
      const response = await submitMessage(cluster.url, who, `伪造地址的提交 ${i} ${randomUUID()}`);
      if (response.status === 200) refused++;
      else expect(trackingLink(response)).not.toBeNull();
    }
    expect(refused).toBeGreaterThan(0);
    const [row] = await test.db.select({ n: sql<number>`count(*)::int` }).from(requests).where(gt(requests.createdAt, startedAt));
    expect(row!.n).toBe(ADDRESS_LIMIT);
  });

  it("refuses to start a production instance while accounts still have the published demo password", async () => {
    const refusal = await startInstance({ DATABASE_URL: test.url!, AUTH_SECRET }, { timeoutMs: 60_000 }).then(
      () => "started",
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(/exited \(1\)/);
    expect(refusal).toMatch(/refusing to start: these accounts still have the published demo password/);
    expect(refusal).toContain("officer.liuyin");
  });
});
