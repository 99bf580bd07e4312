import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { changeRequestStatus } from "@/db/queries/queue";
import { lookUpByPhone, openTrackedRequest, type TrackingProof } from "@/db/queries/resident-grant";
import { addResidentFollowUp, getPublicTimeline } from "@/db/queries/tracking";
import { notifications } from "@/db/schema";
import { newReferenceCode, newTrackingSecret } from "@/lib/codes";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor, requestByCode } from "./support/requests";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

// Every test uses its own client addresses, so failures counted in one test do not lock another.
let clientCount = 0;
const newClient = () => `198.51.100.${++clientCount}`;

const track = (code: string, proof: TrackingProof) => openTrackedRequest(db, { code, proof });
const lookUp = (code: string, phoneLast4: string, clientAddress = newClient()) => lookUpByPhone(db, { code, phoneLast4, clientAddress });

describe("a resident opening their request", () => {
  it("gets in with the secret of the private link, however the code is typed", async () => {
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan", phone: "13912345678" });
    const expected = { status: "ok", requestId: mine.id, referenceCode: mine.referenceCode };
    expect(await track(mine.referenceCode, { secret: mine.secret })).toEqual(expected);
    expect(await track(mine.referenceCode.toLowerCase().replace("-", " "), { secret: mine.secret })).toEqual(expected);
  });

  it("gets not_found with a wrong secret, a wrong code or something that is not a code", async () => {
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan", phone: "13912345678" });
    const other = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await track(mine.referenceCode, { secret: newTrackingSecret() })).toEqual({ status: "not_found" });
    expect(await track(mine.referenceCode, { secret: other.secret })).toEqual({ status: "not_found" });
    expect(await track(mine.referenceCode, { secret: "" })).toEqual({ status: "not_found" });
    expect(await track(newReferenceCode(), { secret: mine.secret })).toEqual({ status: "not_found" });
    expect(await track("hello", { secret: mine.secret })).toEqual({ status: "not_found" });
    expect(await track("'; drop table requests; --", { secret: mine.secret })).toEqual({ status: "not_found" });
  });

  it("gets in with the last four digits of the phone they gave", async () => {
    const mine = await leaveMessageFor(db, { officer: "tu-zhiheng", phone: "13912345678" });
    expect(await lookUp(mine.referenceCode, "5678")).toMatchObject({ status: "ok", requestId: mine.id });
    expect(await lookUp(mine.referenceCode, "1234")).toEqual({ status: "not_found" });
    expect(await lookUp(mine.referenceCode, "678")).toEqual({ status: "not_found" });
    expect(await lookUp(mine.referenceCode, "")).toEqual({ status: "not_found" });
  });

  it("cannot use phone digits when no phone was given", async () => {
    const anonymous = await leaveMessageFor(db, { officer: "tu-zhiheng", phone: null });
    for (const phoneLast4 of ["0000", "5678", ""]) {
      expect(await lookUp(anonymous.referenceCode, phoneLast4)).toEqual({ status: "not_found" });
    }
    expect(await track(anonymous.referenceCode, { secret: anonymous.secret })).toMatchObject({ status: "ok" });
  });
});

describe("someone guessing", () => {
  it("locks a code's phone look-up after 10 wrong endings, from however many addresses", async () => {
    const target = await leaveMessageFor(db, { officer: "ning-shuyuan", phone: "13600001234" });
    for (let i = 0; i < 10; i++) {
      expect(await lookUp(target.referenceCode, String(1000 + i))).toEqual({ status: "not_found" });
    }
    const result = await lookUp(target.referenceCode, "1234");
    expect(result.status).toBe("locked");
    expect(result.status === "locked" && result.until.getTime()).toBeGreaterThan(Date.now());
  });

  it("cannot lock the resident out: the private link and a look-up's grant still open the locked code", async () => {
    const target = await leaveMessageFor(db, { officer: "ning-shuyuan", phone: "13600004321" });
    for (let i = 0; i < 10; i++) await lookUp(target.referenceCode, String(3000 + i));
    expect(await lookUp(target.referenceCode, "4321")).toMatchObject({ status: "locked" });
    expect(await track(target.referenceCode, { secret: target.secret })).toMatchObject({ status: "ok", requestId: target.id });
    expect(await track(target.referenceCode, { grantedCode: target.referenceCode })).toMatchObject({ status: "ok", requestId: target.id });
  });

  it("cannot lock a code with foreign secrets either", async () => {
    const target = await leaveMessageFor(db, { officer: "ning-shuyuan", phone: "13600005555" });
    const other = await leaveMessageFor(db, { officer: "ning-shuyuan" });
    for (let i = 0; i < 30; i++) {
      expect(await track(target.referenceCode, { secret: i % 2 ? other.secret : newTrackingSecret() })).toEqual({ status: "not_found" });
    }
    expect(await lookUp(target.referenceCode, "5555")).toMatchObject({ status: "ok" });
    expect(await track(target.referenceCode, { secret: target.secret })).toMatchObject({ status: "ok" });
  });

  it("does not lock a code after 9 wrong endings", async () => {
    const target = await leaveMessageFor(db, { officer: "ning-shuyuan", phone: "13600001234" });
    for (let i = 0; i < 9; i++) await lookUp(target.referenceCode, String(2000 + i));
    expect(await lookUp(target.referenceCode, "1234")).toMatchObject({ status: "ok" });
  });

  it("locks a client's look-ups after 20 failures across codes, and only that client's", async () => {
    const mine = await leaveMessageFor(db, { officer: "li-jiaming", phone: "13500009999" });
    const guesser = newClient();
    for (let i = 0; i < 20; i++) {
      expect(await lookUp(newReferenceCode(), "9999", guesser)).toEqual({ status: "not_found" });
    }
    const result = await lookUp(mine.referenceCode, "9999", guesser);
    expect(result.status).toBe("locked");
    expect(result.status === "locked" && result.until.getTime()).toBeGreaterThan(Date.now());
    expect(await lookUp(mine.referenceCode, "9999", newClient())).toMatchObject({ status: "ok" });
  });

  it("a grant opens only the code it was made for", async () => {
    const mine = await leaveMessageFor(db, { officer: "li-jiaming" });
    const other = await leaveMessageFor(db, { officer: "li-jiaming" });
    expect(await track(mine.referenceCode, { grantedCode: other.referenceCode })).toEqual({ status: "not_found" });
    expect(await track(mine.referenceCode, { grantedCode: "" })).toEqual({ status: "not_found" });
  });
});

describe("a resident adding information", () => {
  it("appears on the public timeline", async () => {
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan" });
    await addResidentFollowUp(db, await grantFor(db, mine.id), "补充一下：车是白色面包车，车牌尾号 37。");
    const timeline = await getPublicTimeline(db, await grantFor(db, mine.id));
    expect(timeline!.status).toBe("submitted");
    expect(timeline!.events).toHaveLength(2);
    expect(timeline!.events).toContainEqual(
      expect.objectContaining({ type: "resident_followup", body: "补充一下：车是白色面包车，车牌尾号 37。", actorName: null }),
    );
  });

  it("is announced to the officer the request is assigned to, and to no one else", async () => {
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan" });
    await addResidentFollowUp(db, await grantFor(db, mine.id), "补充：时间是晚上十点以后。");
    const told = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.requestId, mine.id), eq(notifications.kind, "resident_update")));
    expect(told).toEqual([{ userId: (await staffByLogin(db, "officer.liuyin")).id }]);
  });

  it("puts a resolved request back into the officer's work", async () => {
    const officer = await staffByLogin(db, "officer.liuyin");
    const mine = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await changeRequestStatus(db, officer, mine.id, "resolved")).toBe("ok");

    await addResidentFollowUp(db, await grantFor(db, mine.id), "问题又出现了，今晚楼道里又在充电。");
    const row = await requestByCode(db, mine.referenceCode);
    expect(row).toMatchObject({ status: "in_progress", resolvedAt: null });
    const timeline = await getPublicTimeline(db, await grantFor(db, mine.id));
    expect(timeline!.events.map((e) => e.type).sort()).toEqual([
      "resident_followup",
      "status_change",
      "status_change",
      "status_change",
    ]);
    expect(timeline!.events).toContainEqual(
      expect.objectContaining({ type: "status_change", toStatus: "in_progress" }),
    );
  });

  // The follow-up and the reopening are written in the same instant (PGlite's clock has millisecond
  // resolution); the resident must still see them in the order they happened.
  it("shows the follow-up before the reopening it caused", async () => {
    const officer = await staffByLogin(db, "officer.liuyin");
    const misordered: string[] = [];
    for (let i = 0; i < 30; i++) {
      const mine = await leaveMessageFor(db, { officer: "he-wenchuan" });
      await changeRequestStatus(db, officer, mine.id, "resolved");
      await addResidentFollowUp(db, await grantFor(db, mine.id), `第${i + 1}次补充：问题还在。`);
      const types = (await getPublicTimeline(db, await grantFor(db, mine.id)))!.events.map((e) => e.type);
      if (types.at(-2) !== "resident_followup") misordered.push(`${mine.referenceCode}: ${types.join(" → ")}`);
    }
    expect(misordered).toEqual([]);
  });
});
