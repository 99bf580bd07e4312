import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  addInternalNote,
  changeRequestStatus,
  getRequestForStaff,
  listQueue,
  listVisibleCommunities,
  replyToRequest,
} from "@/db/queries/queue";
import { getPublicTimeline } from "@/db/queries/tracking";
import { auditLog, requestEvents } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { countRows, eventsOf, leaveMessageFor, requestByCode } from "./support/requests";
import { storeRequest } from "./support/staff-fixtures";
import { communityBySlug, staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.liuyin", "officer.fenglin", "officer.wanghu", "officer.nanqiao", "aux.wanghu2", "chief", "admin", "mediator"]) {
    staff[login] = await staffByLogin(db, login);
  }
});
afterAll(() => test?.close());

const codesIn = (rows: { referenceCode: string }[]) => rows.map((r) => r.referenceCode);

describe("the queue each staff member sees", () => {
  it("shows an officer only their own community's requests", async () => {
    const { rows } = await listQueue(db, staff["officer.liuyin"]!, { view: "all" });
    expect(codesIn(rows).sort()).toEqual(["DEMA-2P4R", "DEMA-4R6T", "DEMQ-2345", "DEMQ-3479", "DEMQ-4K8N"]);
    expect(new Set(rows.map((r) => r.communityName))).toEqual(new Set(["柳荫社区"]));
  });

  it("does not let an officer widen it by asking for another community", async () => {
    const fenglin = await communityBySlug(db, "fenglin");
    const { rows } = await listQueue(db, staff["officer.liuyin"]!, { view: "all", communityId: fenglin.id });
    expect(rows).toEqual([]);
    expect(await listVisibleCommunities(db, staff["officer.liuyin"]!)).toEqual([
      { id: (await communityBySlug(db, "liuyin")).id, name: "柳荫社区" },
    ]);
  });

  it("shows an auxiliary officer their own community too", async () => {
    const { rows } = await listQueue(db, staff["aux.wanghu2"]!, { view: "all" });
    expect(codesIn(rows)).toEqual(expect.arrayContaining(["DEMS-7T3V", "DEMS-8W9X"]));
    expect(new Set(rows.map((r) => r.communityName))).toEqual(new Set(["望湖社区"]));
  });

  it.each(["chief", "admin"])("shows the %s every community, and one when filtered", async (login) => {
    const user = staff[login]!;
    const all = await listQueue(db, user, { view: "all" });
    expect(new Set(all.rows.map((r) => r.communityName))).toEqual(new Set(["柳荫社区", "枫林社区", "望湖社区", "南桥社区"]));
    expect(await listVisibleCommunities(db, user)).toHaveLength(4);

    const fenglin = await communityBySlug(db, "fenglin");
    const filtered = await listQueue(db, user, { view: "all", communityId: fenglin.id });
    expect(codesIn(filtered.rows)).toEqual(expect.arrayContaining(["DEMR-5M2P", "DEMR-6Q7S"]));
    expect(new Set(filtered.rows.map((r) => r.communityName))).toEqual(new Set(["枫林社区"]));
  });

  it("shows a mediator nothing", async () => {
    expect((await listQueue(db, staff.mediator!, { view: "all" })).rows).toEqual([]);
    expect(await listVisibleCommunities(db, staff.mediator!)).toEqual([]);
    const demo = await requestByCode(db, "DEMQ-2345");
    expect(await getRequestForStaff(db, staff.mediator!, demo.id)).toBeNull();
  });

  it("splits open and resolved requests", async () => {
    const open = await listQueue(db, staff["officer.liuyin"]!, { view: "open" });
    const resolved = await listQueue(db, staff["officer.liuyin"]!, { view: "resolved" });
    expect(open.rows.every((r) => r.status !== "resolved")).toBe(true);
    expect(codesIn(resolved.rows)).toEqual(["DEMQ-2345"]);
  });

  it("puts open requests first — help, then the unanswered, each by due time — and the resolved ones newest first", async () => {
    // 南桥 from the seed: DEMT-9Y2Z (answered, its first answer was due 6 h ago), DEMT-AB3C (due in 22 h).
    const officer = staff["officer.nanqiao"]!;
    const later = await storeRequest(db, { community: "nanqiao", kind: "message", dueInMinutes: 300 });
    const help = await storeRequest(db, { community: "nanqiao", kind: "help", dueInMinutes: 50, ageMinutes: 10 });
    const tip = await storeRequest(db, { community: "nanqiao", kind: "tip", dueInMinutes: 10 });
    const late = await storeRequest(db, { community: "nanqiao", kind: "message", dueInMinutes: -60, ageMinutes: 25 * 60 });
    const resolvedEarlier = await storeRequest(db, { community: "nanqiao", status: "resolved", resolvedMinutesAgo: 120 });
    const resolvedNow = await storeRequest(db, { community: "nanqiao", status: "resolved", resolvedMinutesAgo: 2 });

    const all = (await listQueue(db, officer, { view: "all" })).rows;
    expect(codesIn(all)).toEqual([
      help.referenceCode,
      late.referenceCode,
      tip.referenceCode,
      later.referenceCode,
      "DEMT-AB3C",
      // Answered already: after every request still waiting, although its clock ran out first.
      "DEMT-9Y2Z",
      resolvedNow.referenceCode,
      resolvedEarlier.referenceCode,
    ]);
    // Overdue: open, unanswered and past due — an answered request is not, however late its answer came.
    expect(all.filter((r) => r.overdue).map((r) => r.referenceCode)).toEqual([late.referenceCode]);
    expect(all.find((r) => r.referenceCode === late.referenceCode)!.dueAt).toBeInstanceOf(Date);

    expect(codesIn((await listQueue(db, officer, { view: "open" })).rows)).toEqual(codesIn(all).slice(0, 6));
    expect(codesIn((await listQueue(db, officer, { view: "resolved" })).rows)).toEqual(codesIn(all).slice(6));

    // Answering the overdue request clears the mark and moves it behind the ones still waiting.
    await replyToRequest(db, officer, late.id, "已联系物业处理。");
    const after = (await listQueue(db, officer, { view: "open" })).rows;
    expect(after.find((r) => r.referenceCode === late.referenceCode)).toMatchObject({ overdue: false, unanswered: false });
    expect(codesIn(after)).toEqual([help.referenceCode, tip.referenceCode, later.referenceCode, "DEMT-AB3C", "DEMT-9Y2Z", late.referenceCode]);
  });

  it("keeps the community filter with the new order", async () => {
    const nanqiao = await communityBySlug(db, "nanqiao");
    const rows = (await listQueue(db, staff.chief!, { view: "open", communityId: nanqiao.id })).rows;
    expect(rows[0]!.kind).toBe("help");
    expect(new Set(rows.map((r) => r.communityName))).toEqual(new Set(["南桥社区"]));
  });
});

describe("opening one request", () => {
  it("shows the officer their community's request with its timeline", async () => {
    const demo = await requestByCode(db, "DEMQ-3479");
    const request = await getRequestForStaff(db, staff["officer.liuyin"]!, demo.id);
    expect(request).toMatchObject({ referenceCode: "DEMQ-3479", residentName: "周先生", communityName: "柳荫社区" });
    expect(request!.events.map((e) => e.type)).toEqual(["status_change", "public_reply", "status_change"]);
  });

  it("looks the same for another community's request as for a missing or malformed id", async () => {
    const liuyin = await requestByCode(db, "DEMQ-3479");
    const officer = staff["officer.fenglin"]!;
    expect(await getRequestForStaff(db, officer, liuyin.id)).toBeNull();
    expect(await getRequestForStaff(db, officer, randomUUID())).toBeNull();
    expect(await getRequestForStaff(db, officer, "not-a-request")).toBeNull();
    expect(await getRequestForStaff(db, officer, "'; drop table requests; --")).toBeNull();
  });

  // The page /dashboard/requests/[id] passes the URL segment straight in: a 36-character id that is not a
  // UUID must be "not found", not a database error (a 500).
  it.each([
    ["36 hex digits, no dashes", "0123456789abcdef0123456789abcdef0123"],
    ["36 dashes", "-".repeat(36)],
    ["dashes in the wrong places", "0f8fad5b-d9cb-469f-a165-70867728950-"],
  ])("answers not found for a malformed id of UUID length (%s)", async (_label, id) => {
    await expect(getRequestForStaff(db, staff["officer.fenglin"]!, id)).resolves.toBeNull();
  });
});

describe("an officer working a request", () => {
  it("answers it: the first reply records the response time once, starts the work and is audited", async () => {
    const officer = staff["officer.fenglin"]!;
    const { id } = await leaveMessageFor(db, { officer: "tu-zhiheng", phone: "13700001111" });

    expect(await replyToRequest(db, officer, id, "您好，明天上午我来现场看看。")).toBe(true);
    const afterFirst = await getRequestForStaff(db, officer, id);
    expect(afterFirst!.status).toBe("in_progress");
    expect(afterFirst!.firstResponseAt).toBeInstanceOf(Date);
    expect(afterFirst!.events).toHaveLength(3);
    expect(afterFirst!.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "status_change", toStatus: "submitted" }),
        expect.objectContaining({ type: "public_reply", body: "您好，明天上午我来现场看看。", actorName: "屠志恒" }),
        expect.objectContaining({ type: "status_change", fromStatus: "submitted", toStatus: "in_progress" }),
      ]),
    );

    expect(await replyToRequest(db, officer, id, "已处理，请查看。")).toBe(true);
    const afterSecond = await getRequestForStaff(db, officer, id);
    expect(afterSecond!.firstResponseAt).toEqual(afterFirst!.firstResponseAt);
    expect(afterSecond!.events.map((e) => e.type).sort()).toEqual(["public_reply", "public_reply", "status_change", "status_change"]);

    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit).toEqual([
      expect.objectContaining({ actorId: officer.id, action: "request.reply", targetType: "request" }),
      expect.objectContaining({ actorId: officer.id, action: "request.reply", targetType: "request" }),
    ]);
  });

  // A reply writes two events in the same instant; PGlite's clock_timestamp() only has millisecond resolution,
  // so the timeline must not rely on the timestamp alone to keep them in the order they were written.
  it("shows each reply before the status change it caused, on the officer's and the resident's timeline", async () => {
    const officer = staff["officer.fenglin"]!;
    const misordered: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { id, referenceCode } = await leaveMessageFor(db, { officer: "tu-zhiheng" });
      await replyToRequest(db, officer, id, `第${i + 1}条回复：已收到。`);
      const forStaff = (await getRequestForStaff(db, officer, id))!.events.map((e) => e.type);
      const forResident = (await getPublicTimeline(db, await grantFor(db, id)))!.events.map((e) => e.type);
      const written = ["status_change", "public_reply", "status_change"];
      if (forStaff.join() !== written.join()) misordered.push(`${referenceCode} staff: ${forStaff.join(" → ")}`);
      if (forResident.join() !== written.join()) misordered.push(`${referenceCode} resident: ${forResident.join(" → ")}`);
    }
    expect(misordered).toEqual([]);
  });

  it("lets an auxiliary officer of the same community reply", async () => {
    const { id } = await leaveMessageFor(db, { officer: "ning-shuyuan" });
    expect(await replyToRequest(db, staff["aux.wanghu2"]!, id, "收到，民警会尽快联系您。")).toBe(true);
  });

  it("keeps internal notes off the resident's timeline", async () => {
    const officer = staff["officer.fenglin"]!;
    const { id } = await leaveMessageFor(db, { officer: "tu-zhiheng" });
    await replyToRequest(db, officer, id, "您好，已收到。");
    expect(await addInternalNote(db, officer, id, "该住户曾多次反映，注意核实。")).toBe(true);

    const forStaff = await getRequestForStaff(db, officer, id);
    expect(forStaff!.events.map((e) => e.body)).toContain("该住户曾多次反映，注意核实。");

    const forResident = await getPublicTimeline(db, await grantFor(db, id));
    expect(forResident!.events.map((e) => e.type)).not.toContain("internal_note");
    expect(JSON.stringify(forResident)).not.toContain("注意核实");
    expect(forResident!.events.map((e) => e.body)).toContain("您好，已收到。");
  });

  it("moves the status only along the allowed paths, and can reopen a resolved request", async () => {
    const officer = staff["officer.fenglin"]!;
    const { id } = await leaveMessageFor(db, { officer: "tu-zhiheng" });
    const status = async () => (await getRequestForStaff(db, officer, id))!;

    expect(await changeRequestStatus(db, officer, id, "in_progress")).toBe("ok");
    expect(await changeRequestStatus(db, officer, id, "submitted")).toBe("not_allowed");
    expect(await changeRequestStatus(db, officer, id, "in_progress")).toBe("not_allowed");
    expect((await status()).status).toBe("in_progress");

    expect(await changeRequestStatus(db, officer, id, "resolved")).toBe("ok");
    expect((await status()).resolvedAt).toBeInstanceOf(Date);

    expect(await changeRequestStatus(db, officer, id, "in_progress")).toBe("ok");
    expect(await status()).toMatchObject({ status: "in_progress", resolvedAt: null });

    const moves = (await eventsOf(db, id))
      .filter((e) => e.type === "status_change")
      .map((e) => `${e.fromStatus}→${e.toStatus}`);
    expect(moves.sort()).toEqual(["in_progress→resolved", "null→submitted", "resolved→in_progress", "submitted→in_progress"]);
    const audited = await db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "request.status")));
    expect(audited).toHaveLength(3);
    expect(audited.map((a) => a.details)).toContainEqual({ from: "resolved", to: "in_progress" });
  });

  it("lets the chief change any community's request", async () => {
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await changeRequestStatus(db, staff.chief!, id, "resolved")).toBe("ok");
  });

  it("does not let another community's officer reply, note or change, and writes nothing", async () => {
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan", body: "柳荫街的门禁坏了。" });
    const outsider = staff["officer.fenglin"]!;
    const before = { events: await countRows(db, requestEvents), audit: await countRows(db, auditLog) };

    expect(await replyToRequest(db, outsider, id, "我来回复一下。")).toBe(false);
    expect(await addInternalNote(db, outsider, id, "看看这个。")).toBe(false);
    expect(await changeRequestStatus(db, outsider, id, "resolved")).toBe("not_found");
    expect(await changeRequestStatus(db, staff.mediator!, id, "resolved")).toBe("not_found");

    expect({ events: await countRows(db, requestEvents), audit: await countRows(db, auditLog) }).toEqual(before);
    const request = await getRequestForStaff(db, staff["officer.liuyin"]!, id);
    expect(request).toMatchObject({ status: "submitted", firstResponseAt: null });
  });

  it("answers not_found for a request that does not exist", async () => {
    expect(await changeRequestStatus(db, staff.chief!, randomUUID(), "resolved")).toBe("not_found");
    expect(await replyToRequest(db, staff.chief!, randomUUID(), "你好")).toBe(false);
  });
});
