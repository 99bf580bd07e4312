import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { communities, requestEvents, requests, stations, users } from "@/db/schema";
import { DEMO_LOGINS, seedDemo } from "@/db/seed";
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
