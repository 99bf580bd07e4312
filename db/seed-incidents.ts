import { and, eq, inArray, like } from "drizzle-orm";
import { addressKey } from "../lib/stats/address";
import type { Db } from "./client";
import { communities, communityPopulations, incidents, stations, type IncidentCategory, type IncidentSource, type NewIncident } from "./schema";

/*
 * The demo station's incidents (警情) from 1 January three years ago up to now, with its story: in 柳荫社区, where
 * the community officer model started that year, calls fall 75% and criminal and public-order cases 90% by this
 * year; the other communities are flatter. Also each community's population for those years. Deterministic (a
 * seeded generator: the same day gives the same rows) and written in a few multi-row inserts. Free of
 * "server-only" imports, like db/seed.ts, which calls it.
 */

interface CommunityShape {
  /** calls a year in the baseline year that are not cases, and cases a year */
  otherCalls: number;
  cases: number;
  /** what is left of each by this year (0.1: −90%) */
  otherCallsBy: number;
  casesBy: number;
  population: number;
  addresses: string[];
}

const SHAPES: Record<string, CommunityShape> = {
  // 480 calls and 120 cases in the baseline year; this year 120 calls (−75%) of which 12 cases (−90%).
  liuyin: { otherCalls: 360, cases: 120, otherCallsBy: 0.3, casesBy: 0.1, population: 7860, addresses: ["柳荫街26号", "柳荫小区3幢", "柳荫小区7幢", "柳荫菜市场", "柳荫街102号商铺", "滨河区柳荫路8号"] },
  fenglin: { otherCalls: 300, cases: 70, otherCallsBy: 0.9, casesBy: 0.8, population: 8240, addresses: ["枫林路55号", "枫林苑2幢", "枫林苑9幢", "枫林小学东门", "枫林路118号商铺"] },
  wanghu: { otherCalls: 260, cases: 50, otherCallsBy: 0.95, casesBy: 0.85, population: 6580, addresses: ["望湖公园北门", "望湖公园南广场", "望湖花园5幢", "湖滨路20号"] },
  nanqiao: { otherCalls: 420, cases: 110, otherCallsBy: 1, casesBy: 0.9, population: 7320, addresses: ["南桥客运站候车厅", "南桥客运站出站口", "南桥路66号", "南桥新村4幢", "南桥路9号商铺"] },
};

const OTHER_CATEGORIES: [IncidentCategory, number][] = [
  ["traffic", 0.2],
  ["dispute", 0.3],
  ["help", 0.25],
  ["complaint", 0.1],
  ["fire", 0.03],
  ["other", 0.12],
];
const SOURCES: [IncidentSource, number][] = [
  ["call_110", 0.7],
  ["walk_in", 0.14],
  ["online", 0.09],
  ["officer_found", 0.07],
];
const INVALID_SHARE = 0.08;

const BRIEFS: Record<IncidentCategory, string[]> = {
  criminal: ["电动车被盗", "入室盗窃", "电信网络诈骗", "手机被盗"],
  public_order: ["酒后滋事", "邻里斗殴", "噪音扰民经劝阻无效", "寻衅滋事"],
  traffic: ["两车刮擦", "电动车与行人碰撞", "车辆堵塞消防通道"],
  fire: ["楼道杂物起火", "电动车充电起火"],
  dispute: ["邻里漏水纠纷", "停车位纠纷", "房屋租赁纠纷", "家庭纠纷"],
  help: ["老人走失", "儿童走失", "钥匙锁在屋内", "群众求助送医"],
  complaint: ["广场舞噪音投诉", "夜间施工噪音投诉"],
  other: ["拾得物品上交", "可疑人员询问"],
  invalid: ["误拨", "无声电话"],
};

/** mulberry32: a small seeded generator, so the demo data is the same on every run of the same day. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, weighted: [T, number][]): T {
  let r = random() * weighted.reduce((n, [, w]) => n + w, 0);
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r <= 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

/** About `expected`, never negative: the expected count plus noise of the order of its square root. */
function countNear(random: () => number, expected: number): number {
  return Math.max(0, Math.round(expected + (random() + random() + random() - 1.5) * Math.sqrt(expected)));
}

export const DEMO_POPULATION_SOURCE = "实有人口登记";

export async function seedIncidents(db: Db, now = new Date()): Promise<void> {
  const rows = await db
    .select({ id: communities.id, slug: communities.slug, stationId: communities.stationId })
    .from(communities)
    .innerJoin(stations, eq(stations.id, communities.stationId))
    .where(inArray(communities.slug, Object.keys(SHAPES)));
  if (rows.length === 0) return;
  const thisYear = Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
  const firstYear = thisYear - 3;

  await db
    .insert(communityPopulations)
    .values(
      rows.flatMap((c) =>
        [0, 1, 2, 3].map((i) => ({
          communityId: c.id,
          year: firstYear + i,
          // The register grows a little each year.
          population: Math.round(SHAPES[c.slug]!.population * (0.97 + 0.01 * i)),
          source: DEMO_POPULATION_SOURCE,
        })),
      ),
    )
    .onConflictDoNothing();

  const [seededBefore] = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(inArray(incidents.communityId, rows.map((c) => c.id)), like(incidents.externalId, "DEMO-%")))
    .limit(1);
  if (seededBefore) return;

  const random = seeded(Number(now.toISOString().slice(0, 10).replaceAll("-", "")));
  const values: NewIncident[] = [];
  for (const community of rows) {
    const shape = SHAPES[community.slug]!;
    let sequence = 0;
    for (let yearIndex = 0; yearIndex <= 3; yearIndex++) {
      const year = firstYear + yearIndex;
      // From the baseline year to this year in equal steps.
      const otherCalls = shape.otherCalls * (1 + ((shape.otherCallsBy - 1) * yearIndex) / 3);
      const cases = shape.cases * (1 + ((shape.casesBy - 1) * yearIndex) / 3);
      for (let month = 0; month < 12; month++) {
        const monthStart = Date.UTC(year, month, 1) - 8 * 3_600_000;
        if (monthStart > now.getTime()) break;
        const monthMs = Date.UTC(year, month + 1, 1) - Date.UTC(year, month, 1);
        const add = (category: IncidentCategory) => {
          const occurredAt = new Date(monthStart + Math.floor(random() * monthMs));
          if (occurredAt > now) return;
          const address = random() < 0.85 ? shape.addresses[Math.floor(random() ** 2 * shape.addresses.length)]! : null;
          const briefs = BRIEFS[category];
          values.push({
            stationId: community.stationId,
            communityId: community.id,
            occurredAt,
            category,
            source: category === "invalid" ? "call_110" : pick(random, SOURCES),
            brief: briefs[Math.floor(random() * briefs.length)]!,
            address,
            addressKey: addressKey(address),
            externalId: `DEMO-${community.slug}-${year}-${String(++sequence).padStart(5, "0")}`,
          });
        };
        const caseCount = countNear(random, cases / 12);
        for (let i = 0; i < caseCount; i++) add(random() < 0.45 ? "criminal" : "public_order");
        const otherCount = countNear(random, otherCalls / 12);
        for (let i = 0; i < otherCount; i++) add(pick(random, OTHER_CATEGORIES));
        const invalidCount = countNear(random, ((otherCalls + cases) * INVALID_SHARE) / 12);
        for (let i = 0; i < invalidCount; i++) add("invalid");
      }
    }
  }
  for (let i = 0; i < values.length; i += 1000) {
    await db.insert(incidents).values(values.slice(i, i + 1000)).onConflictDoNothing({ target: [incidents.stationId, incidents.externalId] });
  }
}
