import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { boardScans, services } from "@/db/schema";
import { countScan, createBoard, getBoardForPrint, listAllBoardsForPrint, listBoardOfficers, listBoardsForOfficer, scanCounts } from "@/db/queries/boards";
import { seedBoards } from "@/db/seed-boards";
import { boardIdPrefix } from "@/lib/board-ids";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { staffByLogin } from "./support/staff";

let t: TestDb;
let liuyin: StaffUser;
let fenglin: StaffUser;
let auxiliary: StaffUser;
let chief: StaffUser;
let admin: StaffUser;

const text = { "zh-CN": "测试", en: "test" };
const guide = {
  purpose: text,
  eligibility: text,
  materials: { "zh-CN": [], en: [] },
  steps: { "zh-CN": [], en: [] },
  timeLimit: text,
  fee: text,
  whereWhen: text,
};

beforeAll(async () => {
  t = await openTestDb();
  liuyin = await staffByLogin(t.db, "officer.liuyin");
  fenglin = await staffByLogin(t.db, "officer.fenglin");
  auxiliary = await staffByLogin(t.db, "aux.liuyin");
  chief = await staffByLogin(t.db, "chief");
  admin = await staffByLogin(t.db, "admin");
  await t.db.insert(services).values([
    { slug: "test-dog-licence", category: "public_order", name: { "zh-CN": "犬证办理", en: "Dog licence" }, guide, sortOrder: 2 },
    { slug: "test-residence-permit", category: "household", name: { "zh-CN": "居住证申领", en: "Residence permit" }, guide, sortOrder: 1 },
    { slug: "test-retired", category: "household", name: text, guide, active: false, sortOrder: 0 },
  ]);
});
afterAll(async () => t?.close());

describe("who manages which contact boards", () => {
  it("gives each board id the community's initials", () => {
    expect(["liuyin", "fenglin", "wanghu", "nanqiao"].map(boardIdPrefix)).toEqual(["LY", "FL", "WH", "NQ"]);
  });

  it("lets an officer list and add boards for themselves only", async () => {
    const board = await createBoard(t.db, liuyin, "he-wenchuan", "柳荫小区3幢1单元");
    expect(board?.id).toMatch(/^LY-\d{2}$/);
    const own = await listBoardsForOfficer(t.db, liuyin, "he-wenchuan");
    expect(own?.boards.map((b) => b.location)).toContain("柳荫小区3幢1单元");
    expect(await listBoardOfficers(t.db, liuyin)).toEqual([expect.objectContaining({ slug: "he-wenchuan" })]);

    expect(await listBoardsForOfficer(t.db, fenglin, "he-wenchuan")).toBeNull();
    expect(await createBoard(t.db, fenglin, "he-wenchuan", "别人的牌")).toBeNull();
    expect(await getBoardForPrint(t.db, fenglin, board!.id)).toBeNull();
    expect(await listBoardsForOfficer(t.db, auxiliary, "he-wenchuan")).toBeNull();
    expect(await getBoardForPrint(t.db, auxiliary, board!.id)).toBeNull();
    expect(await listAllBoardsForPrint(t.db, liuyin)).toBeNull();
    expect(await scanCounts(t.db, liuyin)).toBeNull();
  });

  it("lets the chief and the administrator manage and print every officer's boards", async () => {
    const board = await createBoard(t.db, chief, "tu-zhiheng", "枫林苑南门");
    expect(board?.id).toMatch(/^FL-\d{2}$/);
    expect(await listBoardsForOfficer(t.db, admin, "tu-zhiheng")).not.toBeNull();
    expect(await getBoardForPrint(t.db, admin, board!.id)).not.toBeNull();
    expect((await listBoardOfficers(t.db, chief)).length).toBe(4);
    const all = await listAllBoardsForPrint(t.db, admin);
    expect(all?.map((b) => b.id)).toEqual(expect.arrayContaining([board!.id]));
  });

  it("numbers an officer's boards one after the other and seeds one board per officer, once", async () => {
    await seedBoards(t.db);
    await seedBoards(t.db);
    const boards = await listBoardsForOfficer(t.db, chief, "ning-shuyuan");
    expect(boards?.boards.map((b) => b.id)).toEqual(["WH-01"]);
    const second = await createBoard(t.db, chief, "ning-shuyuan", "望湖花园");
    expect(second?.id).toBe("WH-02");
  });

  it("prints the officer's public profile, community, station and the active services in catalogue order", async () => {
    const board = await createBoard(t.db, liuyin, "he-wenchuan", "柳荫街口");
    const print = await getBoardForPrint(t.db, liuyin, board!.id);
    expect(print).toMatchObject({
      location: "柳荫街口",
      officer: { name: "贺文川", slug: "he-wenchuan" },
      community: { name: "柳荫社区" },
      station: { name: "青石派出所" },
    });
    expect(print!.officer).not.toHaveProperty("passwordHash");
    // Whatever else the catalogue holds: active ones only, in catalogue order.
    const slugs = print!.services.map((s) => s.slug);
    expect(slugs.filter((slug) => slug.startsWith("test-"))).toEqual(["test-residence-permit", "test-dog-licence"]);
  });

  it("finds no board for an unknown or malformed id", async () => {
    expect(await getBoardForPrint(t.db, chief, "XX-99")).toBeNull();
    expect(await getBoardForPrint(t.db, chief, "../etc")).toBeNull();
  });
});

describe("scans of a board's QR codes", () => {
  it("leads to the officer page or the service page and counts each of twenty concurrent scans", async () => {
    const board = await createBoard(t.db, liuyin, "he-wenchuan", "柳荫公园东门");
    const scans = await Promise.all(Array.from({ length: 20 }, () => countScan(t.db, board!.id, "officer")));
    expect(new Set(scans)).toEqual(new Set(["/officers/he-wenchuan"]));
    expect(await countScan(t.db, board!.id, "test-dog-licence")).toBe("/services/test-dog-licence");

    const rows = await t.db.select().from(boardScans).where(eq(boardScans.boardId, board!.id));
    expect(rows.find((r) => r.target === "officer")?.count).toBe(20);
    expect(rows.find((r) => r.target === "test-dog-licence")?.count).toBe(1);
    // Only board, target, day and count: nothing about who scanned.
    expect(Object.keys(rows[0]!).sort()).toEqual(["boardId", "count", "day", "target"]);

    const counts = await scanCounts(t.db, chief, 1);
    expect(counts).toContainEqual(expect.objectContaining({ boardId: board!.id, target: "officer", count: 20, officerName: "贺文川" }));
    expect(counts).toContainEqual(
      expect.objectContaining({ boardId: board!.id, target: "test-dog-licence", count: 1, serviceName: { "zh-CN": "犬证办理", en: "Dog licence" } }),
    );
  });

  it("leads nowhere, and counts nothing, for an unknown board, an unknown or inactive service, or a malformed id", async () => {
    const board = await createBoard(t.db, liuyin, "he-wenchuan", "柳荫菜场");
    expect(await countScan(t.db, "NO-SUCH", "officer")).toBeNull();
    expect(await countScan(t.db, board!.id, "no-such-service")).toBeNull();
    expect(await countScan(t.db, board!.id, "test-retired")).toBeNull();
    expect(await countScan(t.db, "a b", "officer")).toBeNull();
    expect(await countScan(t.db, board!.id, "Officer<script>")).toBeNull();
    expect(await t.db.select().from(boardScans).where(eq(boardScans.boardId, board!.id))).toEqual([]);
  });
});
