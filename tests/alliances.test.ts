import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  addActivity,
  answerReferral,
  closeReferral,
  getAlliance,
  listAlliances,
  referRequest,
  requestForReferral,
  revealAllianceContacts,
} from "@/db/queries/alliances";
import { getPublicTimeline } from "@/db/queries/tracking";
import { allianceOrganisations, alliances, requests } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { grantFor } from "./support/grants";
import { staffByLogin } from "./support/staff";
import { storeRequest } from "./support/staff-fixtures";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["chief", "admin", "mediator", "officer.liuyin", "aux.liuyin"]) staff[login] = await staffByLogin(db, login);
});
afterAll(() => test?.close());

async function organisation(name: string) {
  const [row] = await db.select({ id: allianceOrganisations.id, allianceId: allianceOrganisations.allianceId }).from(allianceOrganisations).where(eq(allianceOrganisations.name, name));
  return row!;
}

describe("the station's alliances", () => {
  it("are the five of the demo, with partners and joint activities, for officers, auxiliaries and the chief only", async () => {
    const listed = await listAlliances(db, staff["officer.liuyin"]!);
    expect(listed!.alliances.map((a) => a.name)).toEqual(["青石客运站警企共建联盟", "重点企业平安共建联盟", "城市管理联勤联动联盟", "物业服务共建联盟", "金融机构反诈联盟"]);
    for (const a of listed!.alliances) {
      expect(a.organisations, a.name).toBeGreaterThanOrEqual(3);
      expect(a.activities, a.name).toBeGreaterThan(0);
    }
    for (const login of ["mediator", "admin"]) {
      expect(await listAlliances(db, staff[login]!), login).toBeNull();
      expect(await getAlliance(db, staff[login]!, String(listed!.alliances[0]!.id)), login).toBeNull();
    }
  });

  it("are recorded by the chief and officers; an auxiliary reads them but adds no activity", async () => {
    const [alliance] = await db.select({ id: alliances.id }).from(alliances).limit(1);
    const activity = { alliance: alliance!.id, kind: "joint_patrol" as const, heldOn: "2026-02-01", title: "联合巡逻", participants: "派出所、客运站", outcome: "良好" };
    expect(await db.transaction((tx) => addActivity(tx, staff["aux.liuyin"]!, activity))).toBe("not_allowed");
    expect(await db.transaction((tx) => addActivity(tx, staff["officer.liuyin"]!, { ...activity, heldOn: "2099-01-01" }))).toBe("in_future");
    expect(await db.transaction((tx) => addActivity(tx, staff["officer.liuyin"]!, activity))).toBe("ok");
  });

  it("show partners' contact phones masked until an audited reveal", async () => {
    const { allianceId } = await organisation("柳荫物业服务有限公司");
    const masked = await getAlliance(db, staff["aux.liuyin"]!, String(allianceId), { revealContacts: true });
    expect(masked!.organisations.every((o) => o.phoneFull === null && o.phoneMasked.includes("****"))).toBe(true);
    expect(JSON.stringify(masked)).not.toContain("0571-86123301");
    expect(await db.transaction((tx) => revealAllianceContacts(tx, staff["aux.liuyin"]!, allianceId))).toBe(true);
    const shown = await getAlliance(db, staff["aux.liuyin"]!, String(allianceId), { revealContacts: true });
    expect(shown!.organisations.map((o) => o.phoneFull)).toContain("0571-86123301");
  });
});

describe("a resident's problem handed to a partner", () => {
  it("is followed to its end: referred, answered by the partner, checked and closed, and the resident sees where it went", async () => {
    const request = await storeRequest(db, { community: "liuyin", body: "小区东门路灯坏了一周。" });
    const partner = await organisation("柳荫物业服务有限公司");
    const officer = staff["officer.liuyin"]!;
    const referred = await db.transaction((tx) => referRequest(tx, officer, { request: request.id, organisation: partner.id, subject: "请物业维修东门路灯。" }));
    expect(referred).toEqual({ status: "ok", allianceId: partner.allianceId });
    const [answered] = await db.select({ status: requests.status, firstResponseAt: requests.firstResponseAt }).from(requests).where(eq(requests.id, request.id));
    expect(answered!.status).toBe("in_progress");
    expect(answered!.firstResponseAt).not.toBeNull();

    const referral = (await getAlliance(db, officer, String(partner.allianceId)))!.referrals.find((r) => r.requestId === request.id)!;
    expect(referral.status).toBe("awaiting_answer");
    // It cannot be closed before the partner has answered.
    expect(await db.transaction((tx) => closeReferral(tx, officer, { referral: referral.id, result: "resolved", closingNote: "已核实" }))).toEqual({ status: "not_answered" });
    expect(await db.transaction((tx) => answerReferral(tx, staff["aux.liuyin"]!, { referral: referral.id, answer: "已更换灯泡。", answeredBy: "葛红英" }))).toMatchObject({ status: "ok" });
    expect(await db.transaction((tx) => answerReferral(tx, officer, { referral: referral.id, answer: "again", answeredBy: "x" }))).toEqual({ status: "not_awaiting" });
    expect(await db.transaction((tx) => closeReferral(tx, officer, { referral: referral.id, result: "resolved", closingNote: "回访居民，路灯已亮。" }))).toMatchObject({ status: "ok" });
    const closed = (await getAlliance(db, officer, String(partner.allianceId)))!.referrals.find((r) => r.id === referral.id)!;
    expect(closed).toMatchObject({ status: "closed", answer: "已更换灯泡。", answeredBy: "葛红英", result: "resolved" });

    const timeline = await getPublicTimeline(db, await grantFor(db, request.id));
    expect(timeline!.events.filter((e) => e.type === "referral").map((e) => e.data)).toEqual([
      { referral: "sent", organisation: "柳荫物业服务有限公司" },
      { referral: "answered", organisation: "柳荫物业服务有限公司" },
    ]);
  });

  it("is never a tip, nor a request the user cannot see, nor for a mediator", async () => {
    const partner = await organisation("柳荫物业服务有限公司");
    const tip = await storeRequest(db, { community: "liuyin", kind: "tip" });
    const elsewhere = await storeRequest(db, { community: "nanqiao" });
    expect(await requestForReferral(db, staff["officer.liuyin"]!, tip.id)).toBeNull();
    expect(await db.transaction((tx) => referRequest(tx, staff["officer.liuyin"]!, { request: tip.id, organisation: partner.id, subject: "x" }))).toEqual({ status: "unknown_request" });
    expect(await db.transaction((tx) => referRequest(tx, staff["officer.liuyin"]!, { request: elsewhere.id, organisation: partner.id, subject: "x" }))).toEqual({ status: "unknown_request" });
    expect(await db.transaction((tx) => referRequest(tx, staff.mediator!, { request: elsewhere.id, organisation: partner.id, subject: "x" }))).toEqual({ status: "not_found" });
  });
});
