import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { setUserActive } from "@/db/queries/staff";
import { requestEvents, requests, submissionKeys } from "@/db/schema";
import { hashTrackingSecret } from "@/lib/codes";
import { openTestDb, type TestDb } from "./support/db";
import { countRows, eventsOf, leaveMessage, requestByCode } from "./support/requests";
import { communityBySlug, userIdBySlug } from "./support/staff";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

async function stored() {
  return {
    requests: await countRows(db, requests),
    events: await countRows(db, requestEvents),
    keys: await countRows(db, submissionKeys),
  };
}

describe("a resident leaving a message on an officer's page", () => {
  it("is stored for the officer's community with its first status event", async () => {
    const submitted = await leaveMessage(db, {
      officer: "he-wenchuan",
      name: "林女士",
      phone: "13912345678",
      body: "7幢楼道有人飞线充电，请来看看。<b>谢谢</b>",
    });
    expect(submitted).toMatchObject({ referenceCode: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/), repeated: false });

    const row = await requestByCode(db, submitted!.referenceCode);
    const officerId = await userIdBySlug(db, "he-wenchuan");
    expect(row).toMatchObject({
      kind: "message",
      status: "submitted",
      communityId: (await communityBySlug(db, "liuyin")).id,
      officerId,
      assigneeId: officerId,
      residentName: "林女士",
      residentPhone: "13912345678",
      body: "7幢楼道有人飞线充电，请来看看。<b>谢谢</b>",
      firstResponseAt: null,
      resolvedAt: null,
    });
    const events = await eventsOf(db, row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "status_change", toStatus: "submitted", fromStatus: null, actorId: null });
  });

  it("goes to the community of whichever officer's page it came from", async () => {
    const submitted = await leaveMessage(db, { officer: "tu-zhiheng" });
    const row = await requestByCode(db, submitted!.referenceCode);
    expect(row.communityId).toBe((await communityBySlug(db, "fenglin")).id);
    expect(row.officerId).toBe(await userIdBySlug(db, "tu-zhiheng"));
  });

  it("keeps only a hash of the tracking secret", async () => {
    const submitted = await leaveMessage(db, { officer: "he-wenchuan" });
    const row = await requestByCode(db, submitted!.referenceCode);
    expect(row.trackingSecretHash).toBe(hashTrackingSecret(submitted!.secret));
    expect(JSON.stringify(row)).not.toContain(submitted!.secret);
    const keys = await db.select().from(submissionKeys);
    expect(JSON.stringify(keys)).not.toContain(submitted!.secret);
  });

  it("returns the first code and secret when the same submission arrives again, storing nothing new", async () => {
    const repeatKey = `double-tap-${randomUUID()}`;
    const first = await leaveMessage(db, { officer: "ning-shuyuan", repeatKey });
    const before = await stored();
    const again = await leaveMessage(db, { officer: "ning-shuyuan", repeatKey });
    expect(again).toEqual({ referenceCode: first!.referenceCode, secret: first!.secret, repeated: true, dueAt: first!.dueAt });
    expect(await stored()).toEqual(before);
  });

  it("stores one request when twenty identical submits arrive at once", async () => {
    const repeatKey = `flaky-network-${randomUUID()}`;
    const before = await stored();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => leaveMessage(db, { officer: "li-jiaming", repeatKey, body: "客运站出口有人拉客加价。" })),
    );
    expect(new Set(results.map((r) => r?.referenceCode)).size).toBe(1);
    expect(new Set(results.map((r) => r?.secret)).size).toBe(1);
    expect(results.filter((r) => r?.repeated === false)).toHaveLength(1);
    expect(await stored()).toEqual({ requests: before.requests + 1, events: before.events + 1, keys: before.keys + 1 });
  });

  it("stores a second request for a different submission", async () => {
    const first = await leaveMessage(db, { officer: "he-wenchuan", body: "同一段话，第一次。" });
    const second = await leaveMessage(db, { officer: "he-wenchuan", body: "同一段话，第一次。" });
    expect(second!.repeated).toBe(false);
    expect(second!.referenceCode).not.toBe(first!.referenceCode);
    expect(second!.secret).not.toBe(first!.secret);
  });

  it.each(["nobody-here", "", "chief"])("refuses an officer page that does not exist (%j) and stores nothing", async (slug) => {
    const before = await stored();
    expect(await leaveMessage(db, { officer: slug })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it("refuses an officer who has left (inactive) and stores nothing", async () => {
    await setUserActive(db, await userIdBySlug(db, "wu-chunsheng"), false);
    const before = await stored();
    expect(await leaveMessage(db, { officer: "wu-chunsheng" })).toBeNull();
    expect(await stored()).toEqual(before);
  });

  it("accepts a message on an auxiliary officer's page, for their community", async () => {
    const submitted = await leaveMessage(db, { officer: "pu-haiyan" });
    const row = await requestByCode(db, submitted!.referenceCode);
    expect(row.communityId).toBe((await communityBySlug(db, "wanghu")).id);
  });
});
