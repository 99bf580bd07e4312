import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { listFaq, publishFaqFromRequest } from "@/db/queries/public-content";
import {
  getRequestForStaff,
  handOverRequest,
  listHandoverCandidates,
  revealResidentPhone,
} from "@/db/queries/queue";
import { auditLog, faqEntries, requestEvents, requests, users } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";
import { storeRequest } from "./support/staff-fixtures";
import { communityBySlug, staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.wanghu", "aux.wanghu", "aux.wanghu2", "officer.fenglin", "aux.fenglin", "chief", "admin", "mediator"]) {
    staff[login] = await staffByLogin(db, login);
  }
});
afterAll(() => test?.close());

const auditOf = (requestId: string, action: string) =>
  db
    .select({ actorId: auditLog.actorId, createdAt: auditLog.createdAt, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "request"), eq(auditLog.targetId, requestId), eq(auditLog.action, action)));

const tipWithContact = () =>
  storeRequest(db, {
    community: "wanghu",
    kind: "tip",
    body: "湖滨路 12 号地下室晚上经常有人聚集赌博。",
    name: "邬女士",
    phone: "13912345678",
    details: { category: "gambling", where: "湖滨路 12 号地下室", when: "每晚十点后" },
  });

describe("a tip's reporter", () => {
  it("is never returned to an auxiliary officer, not even masked", async () => {
    const { id } = await tipWithContact();
    const view = await getRequestForStaff(db, staff["aux.wanghu"]!, id, { revealPhone: true });
    expect(view).toMatchObject({ kind: "tip", residentName: null, phoneMasked: null, phoneFull: null, hidesReporter: true });
    expect(JSON.stringify(view)).not.toMatch(/邬女士|13912345678|5678/);
    // The tip itself is there: what, where and when.
    expect(view!.details).toEqual({ category: "gambling", where: "湖滨路 12 号地下室", when: "每晚十点后" });
  });

  it("is shown to the officer with the phone masked, and opening the tip is audited for every staff member", async () => {
    const { id } = await tipWithContact();
    const officer = staff["officer.wanghu"]!;
    const view = await getRequestForStaff(db, officer, id);
    expect(view).toMatchObject({ residentName: "邬女士", phoneMasked: "139****5678", phoneFull: null, hidesReporter: false });
    expect(JSON.stringify(view)).not.toContain("13912345678");
    await getRequestForStaff(db, staff["aux.wanghu"]!, id);
    const opened = await auditOf(id, "request.open_tip");
    expect(opened.map((a) => a.actorId).sort()).toEqual([officer.id, staff["aux.wanghu"]!.id].sort());
    expect(opened.every((a) => a.createdAt instanceof Date)).toBe(true);
  });

  it("does not audit opening an ordinary message", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", phone: "13811112222" });
    await getRequestForStaff(db, staff["officer.wanghu"]!, id);
    expect(await auditOf(id, "request.open_tip")).toEqual([]);
  });

  it("of an anonymous tip is marked anonymous", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", kind: "tip", anonymous: true, details: { category: "drugs", where: "公园东门" } });
    expect(await getRequestForStaff(db, staff["officer.wanghu"]!, id)).toMatchObject({ anonymous: true, hasPhone: false, phoneMasked: null });
  });
});

describe("revealing a phone number", () => {
  it("shows the full number only after a reveal by the same user, which is audited", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", phone: "13800138000", name: "周先生" });
    const officer = staff["officer.wanghu"]!;
    // Asking the page to reveal is not enough: without the audit row there is no number.
    expect((await getRequestForStaff(db, officer, id, { revealPhone: true }))!.phoneFull).toBeNull();

    expect(await revealResidentPhone(db, officer, id)).toBe(true);
    expect(await auditOf(id, "request.reveal_phone")).toEqual([expect.objectContaining({ actorId: officer.id })]);
    expect((await getRequestForStaff(db, officer, id, { revealPhone: true }))!.phoneFull).toBe("13800138000");
    // Without asking, still masked; and another user's reveal does not count for the chief.
    expect((await getRequestForStaff(db, officer, id))!.phoneFull).toBeNull();
    expect((await getRequestForStaff(db, staff.chief!, id, { revealPhone: true }))!.phoneFull).toBeNull();
  });

  it("lasts ten minutes", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", phone: "13800138001" });
    const officer = staff["officer.wanghu"]!;
    // A reveal made eleven minutes ago (the audit log cannot be changed afterwards, so it is written that way).
    await db
      .insert(auditLog)
      .values({ actorId: officer.id, action: "request.reveal_phone", targetType: "request", targetId: id, createdAt: new Date(Date.now() - 11 * 60_000) });
    expect((await getRequestForStaff(db, officer, id, { revealPhone: true }))!.phoneFull).toBeNull();
  });

  it("is refused to mediators, other communities, and for a request without a phone; nothing is written", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", phone: "13800138002" });
    const { id: noPhone } = await storeRequest(db, { community: "wanghu" });
    const before = await countRows(db, auditLog);
    expect(await revealResidentPhone(db, staff.mediator!, id)).toBe(false);
    expect(await revealResidentPhone(db, staff["officer.fenglin"]!, id)).toBe(false);
    expect(await revealResidentPhone(db, staff["aux.fenglin"]!, id)).toBe(false);
    expect(await revealResidentPhone(db, staff["officer.wanghu"]!, noPhone)).toBe(false);
    expect(await revealResidentPhone(db, staff["aux.wanghu"]!, noPhone)).toBe(false);
    expect(await revealResidentPhone(db, staff["officer.wanghu"]!, "not-a-uuid")).toBe(false);
    expect(await countRows(db, auditLog)).toBe(before);
  });

  it("lets an auxiliary handed a call for help ring the resident back, audited like an officer's reveal", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", kind: "help", phone: "13800138003", name: "孔阿姨", details: { location: "望湖花园 2 幢" } });
    const auxiliary = staff["aux.wanghu2"]!;
    expect((await getRequestForStaff(db, auxiliary, id, { revealPhone: true }))).toMatchObject({ phoneMasked: "138****8003", phoneFull: null });
    expect(await revealResidentPhone(db, auxiliary, id)).toBe(true);
    expect(await auditOf(id, "request.reveal_phone")).toEqual([expect.objectContaining({ actorId: auxiliary.id })]);
    expect((await getRequestForStaff(db, auxiliary, id, { revealPhone: true }))!.phoneFull).toBe("13800138003");
    // The other auxiliary made no reveal of their own.
    expect((await getRequestForStaff(db, staff["aux.wanghu"]!, id, { revealPhone: true }))!.phoneFull).toBeNull();
  });

  it("of a tip cannot be forced by an auxiliary, and writes nothing", async () => {
    const { id } = await tipWithContact();
    const before = await countRows(db, auditLog);
    expect(await revealResidentPhone(db, staff["aux.wanghu"]!, id)).toBe(false);
    expect(await countRows(db, auditLog)).toBe(before);
    expect(await revealResidentPhone(db, staff["officer.wanghu"]!, id)).toBe(true);
  });
});

describe("handing a request over", () => {
  it("offers the active officers and auxiliaries of the request's community only, to officers and auxiliaries alike", async () => {
    const { id } = await storeRequest(db, { community: "wanghu" });
    const names = (await listHandoverCandidates(db, staff["officer.wanghu"]!, id)).map((c) => c.name);
    expect(names.sort()).toEqual(["宁书远", "檀永康", "濮海燕"].sort());
    expect((await listHandoverCandidates(db, staff["aux.wanghu"]!, id)).map((c) => c.name).sort()).toEqual(names);
    expect(await listHandoverCandidates(db, staff["officer.fenglin"]!, id)).toEqual([]);
    expect(await listHandoverCandidates(db, staff["aux.fenglin"]!, id)).toEqual([]);
    expect(await listHandoverCandidates(db, staff.mediator!, id)).toEqual([]);
    expect(await listHandoverCandidates(db, staff.chief!, id)).toHaveLength(3);
  });

  it("sets the assignee, records a handover event and an audit row", async () => {
    const { id } = await storeRequest(db, { community: "wanghu" });
    const officer = staff["officer.wanghu"]!;
    const to = staff["aux.wanghu2"]!;
    expect(await handOverRequest(db, officer, id, to.id)).toBe("ok");
    const view = await getRequestForStaff(db, officer, id);
    expect(view).toMatchObject({ assigneeId: to.id, assigneeName: "濮海燕" });
    expect(view!.events.at(-1)).toMatchObject({ type: "handover", actorName: "宁书远", assigneeName: "濮海燕" });
    expect(await auditOf(id, "request.handover")).toEqual([expect.objectContaining({ actorId: officer.id, details: { from: null, to: to.id } })]);
  });

  it("lets an auxiliary handed a call for help hand it back to the officer", async () => {
    const { id } = await storeRequest(db, { community: "wanghu", kind: "help", phone: "13800138004" });
    const officer = staff["officer.wanghu"]!;
    const auxiliary = staff["aux.wanghu2"]!;
    expect(await handOverRequest(db, officer, id, auxiliary.id)).toBe("ok");
    expect(await handOverRequest(db, auxiliary, id, officer.id)).toBe("ok");
    const view = await getRequestForStaff(db, officer, id);
    expect(view).toMatchObject({ assigneeId: officer.id, assigneeName: "宁书远" });
    expect(view!.events.at(-1)).toMatchObject({ type: "handover", actorName: "濮海燕", assigneeName: "宁书远" });
    expect((await auditOf(id, "request.handover")).map((a) => a.actorId)).toEqual([officer.id, auxiliary.id]);
  });

  it("lets the chief hand over in any community", async () => {
    const { id } = await storeRequest(db, { community: "fenglin" });
    expect(await handOverRequest(db, staff.chief!, id, staff["aux.fenglin"]!.id)).toBe("ok");
  });

  it("refuses another community's staff, inactive accounts, the chief as assignee and outsiders, writing nothing", async () => {
    const { id } = await storeRequest(db, { community: "wanghu" });
    const officer = staff["officer.wanghu"]!;
    const [inactive] = await db
      .update(users)
      .set({ active: false })
      .where(eq(users.login, "aux.wanghu"))
      .returning({ id: users.id });
    const before = { events: await countRows(db, requestEvents), audit: await countRows(db, auditLog) };
    expect(await handOverRequest(db, officer, id, staff["aux.fenglin"]!.id)).toBe("invalid_assignee");
    expect(await handOverRequest(db, officer, id, inactive!.id)).toBe("invalid_assignee");
    expect(await handOverRequest(db, officer, id, staff.chief!.id)).toBe("invalid_assignee");
    expect(await handOverRequest(db, officer, id, 999_999)).toBe("invalid_assignee");
    expect(await handOverRequest(db, staff["aux.wanghu2"]!, id, staff["aux.fenglin"]!.id)).toBe("invalid_assignee");
    expect(await handOverRequest(db, staff["officer.fenglin"]!, id, staff["aux.fenglin"]!.id)).toBe("not_found");
    expect(await handOverRequest(db, staff["aux.fenglin"]!, id, officer.id)).toBe("not_found");
    expect(await handOverRequest(db, staff.mediator!, id, officer.id)).toBe("not_found");
    expect({ events: await countRows(db, requestEvents), audit: await countRows(db, auditLog) }).toEqual(before);
    const [row] = await db.select({ assigneeId: requests.assigneeId }).from(requests).where(eq(requests.id, id));
    expect(row!.assigneeId).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.id, inactive!.id));
  });
});

describe("publishing a consultation to the FAQ", () => {
  it("stores the edited question and answer for the request's community, newest first, and audits it", async () => {
    const wanghu = await communityBySlug(db, "wanghu");
    const officer = staff["officer.wanghu"]!;
    const first = await storeRequest(db, { community: "wanghu", kind: "consultation", details: { topic: "residence_permit" }, body: "我是张三，居住证怎么办？" });
    const second = await storeRequest(db, { community: "wanghu", kind: "consultation", details: { topic: "household_registration" } });
    expect(await publishFaqFromRequest(db, officer, first.id, { question: "居住证怎么办理？", answer: "带身份证和租房合同到警务室。" })).toMatchObject({ communityId: wanghu.id });
    expect(await publishFaqFromRequest(db, officer, second.id, { question: "新生儿怎么落户？", answer: "出生后一个月内到派出所办理。" })).not.toBeNull();
    const faq = await listFaq(db, wanghu.id, 10);
    expect(faq.map((f) => f.question)).toEqual(["新生儿怎么落户？", "居住证怎么办理？"]);
    expect(faq[1]).toMatchObject({ topic: "residence_permit", answer: "带身份证和租房合同到警务室。" });
    expect(JSON.stringify(faq)).not.toContain("张三");
    expect(await auditOf(first.id, "faq.publish")).toHaveLength(1);
  });

  it("refuses other kinds, other communities, auxiliaries and mediators", async () => {
    const message = await storeRequest(db, { community: "wanghu", kind: "message" });
    const question = await storeRequest(db, { community: "wanghu", kind: "consultation" });
    const before = await countRows(db, faqEntries);
    const qa = { question: "问", answer: "答" };
    expect(await publishFaqFromRequest(db, staff["officer.wanghu"]!, message.id, qa)).toBeNull();
    expect(await publishFaqFromRequest(db, staff["officer.fenglin"]!, question.id, qa)).toBeNull();
    expect(await publishFaqFromRequest(db, staff["aux.wanghu2"]!, question.id, qa)).toBeNull();
    expect(await publishFaqFromRequest(db, staff.mediator!, question.id, qa)).toBeNull();
    expect(await countRows(db, faqEntries)).toBe(before);
    expect(await publishFaqFromRequest(db, staff.admin!, question.id, qa)).not.toBeNull();
  });
});

describe("the staff forms' schemas", () => {
  it("accept response targets from 5 minutes to 30 days, whole numbers only", async () => {
    const { responseTargetsSchema } = await import("@/lib/validation/staff-forms");
    const valid = { help: "5", tip: "1440", message: "1440", consultation: "2880", advice: "43200" };
    expect(responseTargetsSchema.safeParse(valid).data).toEqual({ help: 5, tip: 1440, message: 1440, consultation: 2880, advice: 43200 });
    for (const bad of ["4", "43201", "1.5", "-10", "", "abc", "١٠", "1e3", "99999999"]) {
      const result = responseTargetsSchema.safeParse({ ...valid, help: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error!.issues[0]!.message).toBe("validation.targetMinutesInvalid");
    }
  });
});
