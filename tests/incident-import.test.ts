import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createIncidentImport, getIncidentImport, processIncidentImport } from "@/db/queries/incident-imports";
import { listIncidents, recordIncident } from "@/db/queries/incidents";
import { incidents, places } from "@/db/schema";
import { decodeCsv, importLabels } from "@/server/incident-imports";
import { openTestDb, type TestDb } from "./support/db";
import { buildStatsWorld, NOW, type StatsWorld } from "./support/stats-fixtures";

let handle: TestDb;
let world: StatsWorld;
const labels = importLabels();

beforeAll(async () => {
  handle = await openTestDb({ seed: false });
  world = await buildStatsWorld(handle.db);
  await handle.db.insert(places).values({ communityId: world.a, kind: "compound", name: "柳荫小区" });
});
afterAll(async () => handle?.close());

const stored = async () => (await handle.db.select({ n: count() }).from(incidents))[0]!.n;

async function importFile(name: string, content: string) {
  const created = await createIncidentImport(handle.db, world.chief, { name, content });
  await processIncidentImport(handle.db, created!.id, labels, NOW);
  return (await getIncidentImport(handle.db, world.chief, created!.id))!;
}

const GOOD = [
  "接警单号,报警时间,社区,类别,来源,简要警情,地址",
  "J-1,2025-03-01 08:30,柳荫社区,刑事,110 转警,电动车被盗,柳荫小区３栋",
  'J-2,2025-03-02 09:00,枫林社区,纠纷,来所报警,"邻里纠纷, 已调解",',
  "J-3,2025/3/3 21:15,柳荫社区,public_order,walk_in,酒后滋事,柳荫街1号",
].join("\r\n");

test("a file with bad lines stores nothing and names each bad line and column", async () => {
  const before = await stored();
  const content = [
    "external_id,occurred_at,community,category,source,brief,address",
    "B-1,2025-03-01 08:30,柳荫社区,刑事,110 转警,电动车被盗,",
    "B-2,2025-02-30 08:30,柳荫社区,刑事,110 转警,日期不对,",
    "B-3,2025-03-01 08:30,柳荫社区,刑事,110 转警,正常,",
    "B-4,2025-03-01 08:30,不存在社区,盗窃,110 转警,,",
    "B-1,2025-03-01 08:30,枫林社区,求助,网上报警,编号重复,",
  ].join("\n");
  const result = await importFile("bad.csv", content);
  expect(result.state).toBe("failed");
  expect(result.errors.map((e) => [e.line, e.column, e.error])).toEqual([
    [3, "occurredAt", "occurredAtInvalid"],
    [5, "community", "communityUnknown"],
    [5, "category", "categoryUnknown"],
    [5, "brief", "briefRequired"],
    [6, "externalId", "externalIdRepeated"],
  ]);
  expect(result.errors.at(-1)!.values).toEqual({ line: 2 });
  expect(result.errorCount).toBe(5);
  expect(await stored()).toBe(before);
});

test("a header without the needed columns, an empty file and a broken quote are each refused at their line", async () => {
  expect((await importFile("head.csv", "接警单号,社区\nX,柳荫社区")).errors).toEqual([{ line: 1, error: "missingColumns", values: { columns: "occurredAt, category, source, brief" } }]);
  expect((await importFile("empty.csv", GOOD.split("\r\n")[0]!)).errors.map((e) => e.error)).toEqual(["noRows"]);
  const broken = await importFile("broken.csv", `${GOOD}\r\nJ-9,2025-03-04 10:00,柳荫社区,刑事,110 转警,"没有结束的引号,`);
  expect(broken.state).toBe("failed");
  expect(broken.errors.map((e) => e.error)).toEqual(["unreadable"]);
});

test("a good file is stored whole, addresses normalized and matched to their place; importing it again adds nothing", async () => {
  const before = await stored();
  const first = await importFile("good.csv", GOOD);
  expect(first).toMatchObject({ state: "done", insertedRows: 3, skippedRows: 0, errorCount: 0, checkedRows: 3 });
  expect(await stored()).toBe(before + 3);
  const [j1] = await handle.db.select().from(incidents).where(eq(incidents.externalId, "J-1"));
  expect(j1).toMatchObject({ category: "criminal", source: "call_110", addressKey: "柳荫小区3幢", communityId: world.a, occurredAt: new Date("2025-03-01T00:30:00Z") });
  expect(j1!.placeId).not.toBeNull();

  const again = await importFile("good-again.csv", GOOD);
  expect(again).toMatchObject({ state: "done", insertedRows: 0, skippedRows: 3 });
  expect(await stored()).toBe(before + 3);
  // An id recorded by hand is an id the station has too.
  expect(await recordIncident(handle.db, world.chief, { communityId: world.b, occurredAt: NOW, category: "help", source: "walk_in", brief: "手工登记", address: null, externalId: "J-2" })).toEqual({
    status: "duplicate_external_id",
  });
});

test("the list flags an address with its third incident within 90 days, and keeps an officer to their community", async () => {
  const march = { range: { from: "2025-03-01", until: "2025-04-01" }, communityId: null, category: null, page: 1 };
  const { rows } = await listIncidents(handle.db, world.chief, march);
  // 柳荫小区3幢: J-1 (1 March 08:30) and the fixtures' three on 1, 2 and 3 March 09:00, written three ways: flagged
  // from the third on. 柳荫街1号: J-3 (3 March) and the fixtures' 6 and 7 March: the third.
  const flagged = rows.filter((r) => r.repeatAddress).map((r) => r.occurredAt.toISOString()).sort();
  expect(flagged).toEqual(["2025-03-02T01:00:00.000Z", "2025-03-03T01:00:00.000Z", "2025-03-07T01:00:00.000Z"]);
  const officer = await listIncidents(handle.db, world.officerB, { ...march, communityId: world.b });
  expect(new Set(officer.rows.map((r) => r.communityName))).toEqual(new Set(["枫林社区"]));
});

test("only the chief and the administrator import, and an import is its station's alone", async () => {
  expect(await createIncidentImport(handle.db, world.officerA, { name: "x.csv", content: GOOD })).toBeNull();
  const created = await createIncidentImport(handle.db, world.chief, { name: "x.csv", content: GOOD });
  expect(await getIncidentImport(handle.db, world.otherChief, created!.id)).toBeNull();
  expect(await getIncidentImport(handle.db, world.officerA, created!.id)).toBeNull();
});

test("an export saved by Excel in GB18030 reads like UTF-8; a binary file is refused", () => {
  // "社区" in GB18030
  expect(decodeCsv(new Uint8Array([0xc9, 0xe7, 0xc7, 0xf8]))).toBe("社区");
  expect(decodeCsv(new TextEncoder().encode("\uFEFF社区"))).toBe("社区");
  expect(decodeCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, 0x00]))).toBeNull();
});
