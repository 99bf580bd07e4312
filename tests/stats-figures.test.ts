import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { boardFigures } from "@/db/queries/stats/boards";
import type { StatsFilter } from "@/db/queries/stats/filter";
import { incidentMix } from "@/db/queries/stats/incident-mix";
import { incidentTrend } from "@/db/queries/stats/incident-trend";
import { incidentsByCommunity } from "@/db/queries/stats/incidents-by-community";
import { repeatAddresses } from "@/db/queries/stats/repeat-addresses";
import { requestsByKind } from "@/db/queries/stats/requests-by-kind";
import { responseTimes } from "@/db/queries/stats/response-times";
import { satisfaction } from "@/db/queries/stats/satisfaction";
import { workload } from "@/db/queries/stats/workload";
import { parsePeriod } from "@/lib/stats/period";
import { catalogues } from "@/messages";
import { incidentsPanel } from "@/app/[locale]/(dashboard)/dashboard/stats/_panels/incidents";
import { responsePanel } from "@/app/[locale]/(dashboard)/dashboard/stats/_panels/response";
import { boardsPanel } from "@/app/[locale]/(dashboard)/dashboard/stats/_panels/boards";
import { resolveStatsFilter } from "@/app/[locale]/(dashboard)/dashboard/stats/_panels/resolve";
import { openTestDb, type TestDb } from "./support/db";
import { buildStatsWorld, NOW, type StatsWorld } from "./support/stats-fixtures";

// Every expected value below is worked out by hand from tests/support/stats-fixtures.ts, not by running SQL.

let handle: TestDb;
let world: StatsWorld;
const march = (overrides: Partial<StatsFilter> = {}): StatsFilter => ({
  period: parsePeriod({ period: "month", month: "2025-03" }, "2025-04-10"),
  baselineYear: 2022,
  communityId: null,
  now: NOW,
  ...overrides,
});
const t = createTranslator({ locale: "zh-CN", messages: catalogues["zh-CN"], namespace: "stats" });

beforeAll(async () => {
  handle = await openTestDb({ seed: false });
  world = await buildStatsWorld(handle.db);
});
afterAll(async () => handle?.close());

describe("calls and cases per community", () => {
  test("counts this period, last year and the baseline year, with the online requests beside them", async () => {
    const rows = await incidentsByCommunity(handle.db, world.chief, march());
    expect(rows.map((r) => [r.name, r.current, r.lastYear, r.baseline])).toEqual([
      ["柳荫社区", { calls: 12, cases: 8, invalid: 2, online: 5 }, { calls: 20, cases: 10, invalid: 0, online: 2 }, { calls: 48, cases: 40, invalid: 0, online: 0 }],
      ["枫林社区", { calls: 3, cases: 0, invalid: 0, online: 1 }, { calls: 2, cases: 0, invalid: 0, online: 0 }, { calls: 0, cases: 0, invalid: 0, online: 0 }],
    ]);
    expect(rows.map((r) => r.population)).toEqual([
      { population: 8000, year: 2025, source: "实有人口登记" },
      // No 2025 figure for 枫林: the latest earlier one, with its year.
      { population: 5000, year: 2023, source: "第七次人口普查" },
    ]);
  });

  test("the table shows rates with their numerator and denominator, and no change for counts under 10", async () => {
    const view = incidentsPanel.view(await incidentsByCommunity(handle.db, world.chief, march()), { t, locale: "zh-CN", filter: march() });
    const calls = view.tables.find((tb) => tb.id === "calls")!;
    expect(calls.rows).toEqual([
      // 12/20 − 1 = −40%; 12/48 − 1 = −75%; 12 × 10,000 / 8,000 = 15
      ["柳荫社区", 12, 20, "\u221240%", 48, "\u221275%", "15 (12/8000)", 5, 2, 2],
      ["枫林社区", 3, 2, "数量过少，不作比较", 0, "数量过少，不作比较", "6 (3/5000)", 1, 0, 0],
      // 15 × 10,000 / 13,000 = 11.54
      ["全所", 15, 22, "\u221232%", 48, "\u221269%", "11.5 (15/13000)", 6, 2, 2],
    ]);
    const cases = view.tables.find((tb) => tb.id === "cases")!;
    expect(cases.rows[0]).toEqual(["柳荫社区", 8, 10, "数量过少，不作比较", 40, "数量过少，不作比较", "10 (8/8000)"]);
  });

  test("an officer sees their own community only, an auxiliary theirs, a chief of another station none of these", async () => {
    expect((await incidentsByCommunity(handle.db, world.officerA, march({ communityId: world.officerA.communityId }))).map((r) => r.name)).toEqual(["柳荫社区"]);
    expect((await incidentsByCommunity(handle.db, world.auxiliaryB, march({ communityId: world.b }))).map((r) => r.name)).toEqual(["枫林社区"]);
    const elsewhere = await incidentsByCommunity(handle.db, world.otherChief, march());
    expect(elsewhere.map((r) => [r.name, r.current.calls])).toEqual([["别处社区", 30]]);
    // The chief filtering on one community.
    expect((await incidentsByCommunity(handle.db, world.chief, march({ communityId: world.b }))).map((r) => r.name)).toEqual(["枫林社区"]);
  });
});

test("the 36-month trend ends with the period's month, every month listed", async () => {
  const months = await incidentTrend(handle.db, world.chief, march());
  expect(months).toHaveLength(36);
  expect(months[0]).toEqual({ month: "2022-04", calls: 0, cases: 0, online: 0 });
  expect(months.find((m) => m.month === "2024-03")).toEqual({ month: "2024-03", calls: 22, cases: 10, online: 2 });
  expect(months.find((m) => m.month === "2025-02")).toEqual({ month: "2025-02", calls: 1, cases: 1, online: 0 });
  expect(months.at(-1)).toEqual({ month: "2025-03", calls: 15, cases: 8, online: 6 });
});

test("incidents by category and source", async () => {
  expect(await incidentMix(handle.db, world.chief, march())).toEqual([
    { category: "criminal", source: "call_110", count: 5 },
    { category: "public_order", source: "walk_in", count: 3 },
    { category: "traffic", source: "call_110", count: 4 },
    { category: "dispute", source: "online", count: 3 },
    { category: "invalid", source: "call_110", count: 2 },
  ]);
});

test("an address written three ways with three incidents in 90 days is one repeat address; two incidents are not", async () => {
  const rows = await repeatAddresses(handle.db, world.chief, march());
  expect(rows.map((r) => [r.communityName, r.count, r.lastDay])).toEqual([["柳荫社区", 3, "2025-03-03"]]);
  expect(["柳荫小区３栋", "柳荫小区3幢", "柳荫小区 3号楼"]).toContain(rows[0]!.address);
});

describe("requests", () => {
  test("by kind and channel: the one sent after a board scan counts as the board's", async () => {
    expect(await requestsByKind(handle.db, world.chief, march())).toEqual([
      { kind: "message", channel: "board", count: 1 },
      { kind: "message", channel: "web", count: 1 },
      { kind: "tip", channel: "web", count: 1 },
      { kind: "appointment", channel: "web", count: 1 },
      { kind: "consultation", channel: "web", count: 1 },
      { kind: "help", channel: "web", count: 1 },
    ]);
  });

  test("first response p50/p90, on time and resolution, appointments left out", async () => {
    const rows = await responseTimes(handle.db, world.chief, march());
    const total = rows.find((r) => r.kind === null)!;
    // First answers after 10, 30, 60 and 2,880 minutes; the tip is unanswered past its due time.
    expect(total).toMatchObject({ received: 5, answered: 4, due: 5, onTime: 3, resolved: 4 });
    expect(total.firstResponseP50Minutes).toBeCloseTo(45, 6);
    expect(total.firstResponseP90Minutes).toBeCloseTo(2034, 6);
    // Resolved after 2, 5, 24 and 72 hours.
    expect(total.resolutionP50Hours).toBeCloseTo(14.5, 6);
    expect(total.resolutionP90Hours).toBeCloseTo(57.6, 6);
    const message = rows.find((r) => r.kind === "message")!;
    expect(message).toMatchObject({ received: 2, answered: 2, due: 2, onTime: 1 });
    expect(message.firstResponseP50Minutes).toBeCloseTo(1455, 6);
    expect(rows.some((r) => r.kind === "appointment")).toBe(false);
    const table = responsePanel.view(rows, { t, locale: "zh-CN", filter: march() }).tables[0]!;
    expect(table.rows.at(-1)).toEqual(["合计", 5, 4, 45, 2034, "60%（3/5，数量过少）", 4, 14.5, 57.6]);
  });

  test("satisfaction: mean, distribution and the low ratings with their requests", async () => {
    const s = await satisfaction(handle.db, world.chief, march());
    expect(s.rated).toBe(4);
    expect(s.mean).toBe(3);
    expect(s.distribution).toEqual([1, 1, 0, 1, 1]);
    expect(s.low.map((r) => [r.requestId, r.rating])).toEqual([
      [world.requestIds.r6, 2],
      [world.requestIds.r2, 1],
    ]);
    const officer = await satisfaction(handle.db, world.officerA, march({ communityId: world.a }));
    expect(officer.low.map((r) => r.requestId)).toEqual([world.requestIds.r2]);
  });

  test("workload per officer", async () => {
    const rows = await workload(handle.db, world.chief, march());
    expect(rows.map(({ name, assigned, answered, onTime, resolved, open, firstResponseP50Minutes }) => [name, assigned, answered, onTime, resolved, open, firstResponseP50Minutes])).toEqual([
      ["民警甲", 5, 3, 2, 3, 2, 30],
      ["民警乙", 1, 1, 1, 1, 0, 60],
      ["辅警乙", 0, 0, 0, 0, 0, null],
    ]);
  });
});

test("contact boards: scans in the period and the requests sent after one", async () => {
  const rows = await boardFigures(handle.db, world.chief, march());
  expect(rows.map((r) => [r.boardId, r.scans, r.requests])).toEqual([
    ["TA-01", 10, 1],
    ["TB-01", 3, 0],
  ]);
  expect(boardsPanel.view(rows, { t, locale: "zh-CN", filter: march() }).tables[0]!.rows[0]!.slice(3)).toEqual([10, 1, "10% (1/10)"]);
});

describe("who may see which figures", () => {
  test("a mediator gets not found; an officer asking for another community too; a chief of another station too", async () => {
    expect(await resolveStatsFilter(handle.db, world.mediator, {}, NOW)).toBeNull();
    expect(await resolveStatsFilter(handle.db, world.officerA, { community: String(world.b) }, NOW)).toBeNull();
    expect(await resolveStatsFilter(handle.db, world.auxiliaryB, { community: String(world.a) }, NOW)).toBeNull();
    expect(await resolveStatsFilter(handle.db, world.otherChief, { community: String(world.a) }, NOW)).toBeNull();
    expect(await resolveStatsFilter(handle.db, world.chief, { community: "x" }, NOW)).toBeNull();
  });

  test("an officer's figures are their community's, whatever they ask; the chief chooses", async () => {
    expect((await resolveStatsFilter(handle.db, world.officerA, {}, NOW))!.filter.communityId).toBe(world.a);
    expect((await resolveStatsFilter(handle.db, world.chief, {}, NOW))!.filter.communityId).toBeNull();
    expect((await resolveStatsFilter(handle.db, world.chief, { community: String(world.b) }, NOW))!.filter.communityId).toBe(world.b);
  });
});
