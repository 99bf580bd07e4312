import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { eq } from "drizzle-orm";
import { ensureSlots, listOpenSlots } from "@/db/queries/appointments";
import { listActiveServices } from "@/db/queries/services";
import { communities, requestEvents, requests, responseTargets, services, stations, users, type RequestKind } from "@/db/schema";
import { DEMO_LOGINS, seedDemo } from "@/db/seed";
import { CATALOGUE_SERVICES } from "@/db/catalogue/services";
import { shanghaiInstant } from "@/lib/calendar-day";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb({ seed: false });
  db = test.db;
});
afterAll(() => test?.close());

const tables = { stations, communities, users, requests, requestEvents };
async function rowCounts() {
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = await countRows(db, table);
  return counts;
}

describe("the demo data", () => {
  it("is created once; a second run changes nothing", async () => {
    expect(await seedDemo(db)).toEqual({ created: true });
    const first = await rowCounts();
    expect(first).toMatchObject({ stations: 1, communities: 4, users: DEMO_LOGINS.length });
    expect(first.requests).toBeGreaterThan(0);

    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await rowCounts()).toEqual(first);
  });

  it("has four communities whose residents add up to the station's 30,000", async () => {
    const rows = await db.select({ slug: communities.slug, population: communities.population }).from(communities);
    expect(rows.map((c) => c.slug).sort()).toEqual(["fenglin", "liuyin", "nanqiao", "wanghu"]);
    expect(rows.reduce((sum, c) => sum + c.population, 0)).toBe(30_000);
  });

  it("gives every officer a page: slug, badge number and a photo that exists", async () => {
    const staff = await db
      .select({ role: users.role, slug: users.slug, badgeNumber: users.badgeNumber, photoUrl: users.photoUrl })
      .from(users);
    const officers = staff.filter((u) => u.role === "officer");
    expect(officers).toHaveLength(4);
    for (const officer of officers) {
      expect(officer.slug).toMatch(/^[a-z]+-[a-z]+$/);
      expect(officer.badgeNumber).toMatch(/^\d{6}$/);
    }
    const withPages = staff.filter((u) => u.slug);
    expect(withPages.length).toBeGreaterThanOrEqual(officers.length);
    for (const { photoUrl } of withPages) {
      expect(photoUrl).toMatch(/^\//);
      expect(existsSync(path.join(process.cwd(), "public", photoUrl!))).toBe(true);
    }
  });

  it("gives every seeded request its first event", async () => {
    const withEvents = await db.selectDistinct({ id: requestEvents.requestId }).from(requestEvents);
    expect(withEvents).toHaveLength(await countRows(db, requests));
  });
});

// How residents read a commitment: the kinds it names, and the answer time a clause promises them.
const KIND_NAMES: [string, RequestKind][] = [
  ["留言", "message"],
  ["线索举报", "tip"],
  ["政策咨询", "consultation"],
  ["防范建议", "advice"],
  ["危难求助", "help"],
  ["预约办事", "appointment"],
];

/** Each "within N hours/days" of a text, with the kinds it is said of (named in that clause, or earlier in the sentence). */
function promisesOf(text: string) {
  const promises: { kinds: RequestKind[]; minutes: number }[] = [];
  for (const sentence of text.split(/[。；]/)) {
    let said: RequestKind[] = [];
    for (const clause of sentence.split(/[，：]/)) {
      const named = KIND_NAMES.filter(([name]) => clause.includes(name)).map(([, kind]) => kind);
      if (named.length > 0) said = named;
      const within = /(\d+)\s*(小时|天|日)内/.exec(clause);
      if (within) promises.push({ kinds: said, minutes: Number(within[1]) * (within[2] === "小时" ? 60 : 24 * 60) });
    }
  }
  return promises;
}

describe("what the demo station tells residents", () => {
  it("promises in every officer's commitment the answer times their queue counts down from", async () => {
    const targets = new Map((await db.select().from(responseTargets)).map((t) => [t.kind, t.minutes]));
    const officers = await db.select({ name: users.name, commitment: users.commitment }).from(users).where(eq(users.role, "officer"));
    expect(officers).toHaveLength(4);
    for (const officer of officers) {
      const promises = promisesOf(officer.commitment ?? "");
      const promised = promises.flatMap((p) => p.kinds.map((kind) => ({ officer: officer.name, kind, minutes: p.minutes })));
      expect(promised).toEqual(promised.map((p) => ({ ...p, minutes: targets.get(p.kind) })));
      // Every kind answered against a target is promised (a booking has a time, not an answer time).
      expect(new Set(promised.map((p) => p.kind))).toEqual(new Set(["message", "tip", "consultation", "advice", "help"]));
    }
  });

  it("shows the same office hours on an officer's or auxiliary's page as on their community's", async () => {
    const staff = await db
      .select({ login: users.login, hours: users.officeHours, communityHours: communities.officeHours })
      .from(users)
      .innerJoin(communities, eq(communities.id, users.communityId));
    expect(staff.length).toBeGreaterThanOrEqual(9);
    expect(staff.map((s) => ({ login: s.login, hours: s.hours }))).toEqual(staff.map((s) => ({ login: s.login, hours: s.communityHours })));
  });

  it("has times to book for every service its catalogue offers by appointment", async () => {
    const monday = shanghaiInstant("2030-01-07", "08:00");
    await ensureSlots(db, { from: monday, days: 14 });
    const offered = CATALOGUE_SERVICES.filter((s) => s.appointment).map((s) => s.slug);
    expect(offered).toEqual(expect.arrayContaining(["household-move-out", "cancel-registration"]));
    const listed = new Map((await listActiveServices(db)).map((s) => [s.slug, s]));
    for (const slug of offered) {
      const [service] = await db.select({ id: services.id }).from(services).where(eq(services.slug, slug));
      expect({ slug, times: (await listOpenSlots(db, service!.id, monday)).length > 0 }).toEqual({ slug, times: true });
      expect({ slug, bookable: listed.get(slug)?.bookable }).toEqual({ slug, bookable: true });
    }
  });
});
