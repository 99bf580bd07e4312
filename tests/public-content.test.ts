import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  createPreventionTip,
  deletePreventionTip,
  listPreventionTips,
  listPreventionTipsForStaff,
  publicPagesOfCommunity,
} from "@/db/queries/public-content";
import { getResponseMinutes, listResponseTargets, setResponseTargets } from "@/db/queries/service-levels";
import { auditLog, preventionTips, responseTargets } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";
import { communityBySlug, staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};
let liuyin: number;
let fenglin: number;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.liuyin", "officer.fenglin", "aux.liuyin", "chief", "admin", "mediator"]) {
    staff[login] = await staffByLogin(db, login);
  }
  liuyin = (await communityBySlug(db, "liuyin")).id;
  fenglin = (await communityBySlug(db, "fenglin")).id;
});
afterAll(() => test?.close());

const tip = (title: string) => ({ topic: "online_fraud" as const, title, body: "陌生来电自称公检法要求转账的，一律是诈骗。" });

describe("prevention tips", () => {
  it("go to the officer's own community, whatever community the form claims, newest first", async () => {
    const officer = staff["officer.liuyin"]!;
    expect(await createPreventionTip(db, officer, tip("谨防冒充公检法"))).toMatchObject({ communityId: liuyin });
    expect(await createPreventionTip(db, officer, { ...tip("谨防刷单返利"), communityId: fenglin })).toMatchObject({ communityId: liuyin });
    expect((await listPreventionTips(db, liuyin, 10)).map((t) => t.title)).toEqual(["谨防刷单返利", "谨防冒充公检法"]);
    expect(await listPreventionTips(db, fenglin, 10)).toEqual([]);
    expect(await listPreventionTips(db, liuyin, 1)).toHaveLength(1);
  });

  it("let the chief and the administrator choose the community, and need one", async () => {
    expect(await createPreventionTip(db, staff.chief!, { ...tip("枫林：防盗提示"), communityId: fenglin })).toMatchObject({ communityId: fenglin });
    expect(await createPreventionTip(db, staff.admin!, tip("没有社区"))).toBeNull();
    expect(await createPreventionTip(db, staff.admin!, { ...tip("不存在的社区"), communityId: 999_999 })).toBeNull();
  });

  it("are not written by auxiliaries or mediators", async () => {
    const before = await countRows(db, preventionTips);
    expect(await createPreventionTip(db, staff["aux.liuyin"]!, tip("辅警写的"))).toBeNull();
    expect(await createPreventionTip(db, staff.mediator!, { ...tip("调解员写的"), communityId: liuyin })).toBeNull();
    expect(await countRows(db, preventionTips)).toBe(before);
  });

  it("are listed for staff by community, and deleted only within the user's community, audited", async () => {
    const officer = staff["officer.liuyin"]!;
    const mine = await createPreventionTip(db, officer, tip("要删除的提示"));
    const theirs = await createPreventionTip(db, staff["officer.fenglin"]!, tip("枫林的提示"));

    const forOfficer = await listPreventionTipsForStaff(db, officer);
    expect(new Set(forOfficer.map((t) => t.communityId))).toEqual(new Set([liuyin]));
    expect(forOfficer.every((t) => t.canDelete)).toBe(true);
    expect((await listPreventionTipsForStaff(db, staff["aux.liuyin"]!)).every((t) => !t.canDelete && t.communityId === liuyin)).toBe(true);
    expect(new Set((await listPreventionTipsForStaff(db, staff.chief!)).map((t) => t.communityId))).toEqual(new Set([liuyin, fenglin]));
    expect(await listPreventionTipsForStaff(db, staff.mediator!)).toEqual([]);

    expect(await deletePreventionTip(db, officer, theirs!.tipId)).toBeNull();
    expect(await deletePreventionTip(db, staff["aux.liuyin"]!, mine!.tipId)).toBeNull();
    expect(await deletePreventionTip(db, officer, mine!.tipId)).toEqual({ communityId: liuyin });
    expect(await deletePreventionTip(db, officer, mine!.tipId)).toBeNull();
    expect(await deletePreventionTip(db, staff.admin!, theirs!.tipId)).toEqual({ communityId: fenglin });
    const audited = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, String(mine!.tipId)));
    expect(audited.map((a) => a.action).sort()).toEqual(["prevention_tip.create", "prevention_tip.delete"]);
  });

  it("name the public pages to refresh: the community page and its officers' pages, in both locales", async () => {
    const paths = await publicPagesOfCommunity(db, liuyin, { officerPages: true });
    expect(paths).toEqual(
      expect.arrayContaining([
        "/zh-CN/communities/liuyin",
        "/en/communities/liuyin",
        "/zh-CN/officers/he-wenchuan",
        "/en/officers/he-wenchuan",
        "/zh-CN/officers/zhong-liqun",
      ]),
    );
    expect(paths.some((p) => p.includes("tu-zhiheng"))).toBe(false);
    expect(await publicPagesOfCommunity(db, liuyin, { officerPages: false })).toEqual(["/zh-CN/communities/liuyin", "/en/communities/liuyin"]);
  });
});

describe("response targets", () => {
  it("fall back to the defaults when none is stored", async () => {
    await db.delete(responseTargets).where(eq(responseTargets.kind, "advice"));
    expect(await getResponseMinutes(db, "advice")).toBe(72 * 60);
    expect(await getResponseMinutes(db, "help")).toBe(60);
  });

  it("are listed and changed by the administrator only, audited", async () => {
    expect(await listResponseTargets(db, staff.chief!)).toBeNull();
    expect(await listResponseTargets(db, staff["officer.liuyin"]!)).toBeNull();
    expect(await setResponseTargets(db, staff.chief!, { help: 5 })).toBe(false);
    expect(await setResponseTargets(db, staff["officer.liuyin"]!, { help: 5 })).toBe(false);
    expect(await getResponseMinutes(db, "help")).toBe(60);

    const admin = staff.admin!;
    expect((await listResponseTargets(db, admin))!.map((t) => t.kind)).toEqual(["help", "tip", "message", "consultation", "advice"]);
    expect(await setResponseTargets(db, admin, { help: 30, advice: 30 * 24 * 60 })).toBe(true);
    expect(await getResponseMinutes(db, "help")).toBe(30);
    expect(await getResponseMinutes(db, "advice")).toBe(43_200);
    expect((await listResponseTargets(db, admin))!.find((t) => t.kind === "advice")).toMatchObject({ minutes: 43_200, isDefault: false });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "service_levels.update"));
    expect(audit).toMatchObject({ actorId: admin.id, details: { help: 30, advice: 43_200 } });
  });

  it("refuse values outside 5 minutes … 30 days", async () => {
    await expect(setResponseTargets(db, staff.admin!, { tip: 4 })).rejects.toThrow(RangeError);
    await expect(setResponseTargets(db, staff.admin!, { tip: 43_201 })).rejects.toThrow(RangeError);
    await expect(setResponseTargets(db, staff.admin!, { tip: 7.5 })).rejects.toThrow(RangeError);
    expect(await getResponseMinutes(db, "tip")).toBe(24 * 60);
  });
});
