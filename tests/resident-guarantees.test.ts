import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { changeRequestStatus } from "@/db/queries/queue";
import { SUBMIT_RULE_ADDRESS, SUBMIT_RULE_CLIENT, SUBMIT_RULE_PHONE } from "@/db/queries/resident-requests";
import { addResidentFollowUp, getPublicTimeline, rateRequest, reopenByResident } from "@/db/queries/tracking";
import { requests, responseTargets } from "@/db/schema";
import { submissionClientOf } from "@/lib/submission-client";
import { contactOf, detailsOf, residentRequestSchema } from "@/lib/validation/request-forms";
import { openTestDb, type TestDb } from "./support/db";
import { countRows, requestByCode, submit } from "./support/requests";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

const minutesFromNow = (date: Date) => (date.getTime() - Date.now()) / 60_000;

describe("the clock on every request", () => {
  it("gives help an hour, a tip and a message a day, a question two days and advice three", async () => {
    const expected = { help: 60, tip: 1440, message: 1440, consultation: 2880, advice: 4320 } as const;
    for (const [kind, minutes] of Object.entries(expected)) {
      const result = await submit(db, { officer: "he-wenchuan", kind: kind as keyof typeof expected });
      if (result.status !== "stored") throw new Error(result.status);
      expect(minutesFromNow(result.dueAt)).toBeGreaterThan(minutes - 1);
      expect(minutesFromNow(result.dueAt)).toBeLessThanOrEqual(minutes);
    }
  });

  it("follows the target the administrator set", async () => {
    await db.update(responseTargets).set({ minutes: 30 }).where(eq(responseTargets.kind, "help"));
    const result = await submit(db, { officer: "tu-zhiheng", kind: "help" });
    await db.update(responseTargets).set({ minutes: 60 }).where(eq(responseTargets.kind, "help"));
    if (result.status !== "stored") throw new Error(result.status);
    expect(minutesFromNow(result.dueAt)).toBeLessThanOrEqual(30);
  });
});

describe("submission limits", () => {
  it("pauses a client after its hourly allowance, and stores nothing then", async () => {
    const clientKey = `busy-client-${randomUUID()}`;
    for (let i = 0; i < SUBMIT_RULE_CLIENT.maxAttempts; i++) {
      expect((await submit(db, { officer: "ning-shuyuan", clientKey })).status).toBe("stored");
    }
    const before = await countRows(db, requests);
    const refused = await submit(db, { officer: "ning-shuyuan", clientKey });
    expect(refused).toMatchObject({ status: "limited", until: expect.any(Date) });
    expect(await countRows(db, requests)).toBe(before);
    expect((await submit(db, { officer: "ning-shuyuan" })).status).toBe("stored");
  });

  it("pauses a phone number that keeps sending, from any client", async () => {
    const phone = "13600001111";
    for (let i = 0; i < SUBMIT_RULE_PHONE.maxAttempts; i++) {
      expect((await submit(db, { officer: "li-jiaming", phone })).status).toBe("stored");
    }
    expect((await submit(db, { officer: "li-jiaming", phone })).status).toBe("limited");
  });

  it("pauses one machine that sends anonymous tips under a new User-Agent each time, after a looser allowance", async () => {
    expect(SUBMIT_RULE_ADDRESS.maxAttempts).toBeGreaterThan(SUBMIT_RULE_CLIENT.maxAttempts);
    const fromThisMachine = (i: number) => submissionClientOf("198.51.100.23", `Mozilla/5.0 (flood ${i})`);
    const tip = (i: number) => ({ officer: "he-wenchuan", kind: "tip" as const, anonymous: true, ...fromThisMachine(i) });
    for (let i = 0; i < SUBMIT_RULE_ADDRESS.maxAttempts; i++) {
      expect((await submit(db, tip(i))).status).toBe("stored");
    }
    expect((await submit(db, tip(SUBMIT_RULE_ADDRESS.maxAttempts))).status).toBe("limited");
    // A neighbour on another address is not held up.
    expect((await submit(db, { officer: "he-wenchuan", kind: "tip", anonymous: true, ...submissionClientOf("198.51.100.24", "Mozilla/5.0 (flood 0)") })).status).toBe("stored");
  });

  it("does not count a repeat of the same submission", async () => {
    const clientKey = `double-tapper-${randomUUID()}`;
    const repeatKey = `same-form-${randomUUID()}`;
    for (let i = 0; i < SUBMIT_RULE_CLIENT.maxAttempts + 5; i++) {
      expect((await submit(db, { officer: "li-jiaming", clientKey, repeatKey })).status).toBe(i === 0 ? "stored" : "repeated");
    }
  });
});

describe("an anonymous tip", () => {
  const tip = {
    kind: "tip",
    officer: "he-wenchuan",
    category: "drugs",
    where: "柳荫街26号楼下",
    when: "",
    body: "每天深夜有人在车里交易。",
    name: "王先生",
    phone: "13912345678",
    submissionKey: "",
  };

  it("keeps no contact unless the reporter chose to leave it", () => {
    const anonymous = residentRequestSchema.parse(tip);
    expect(contactOf(anonymous)).toEqual({ name: null, phone: null });
    expect(detailsOf(anonymous)).toEqual({ category: "drugs", where: "柳荫街26号楼下" });
    const named = residentRequestSchema.parse({ ...tip, leaveContact: "on" });
    expect(contactOf(named)).toEqual({ name: "王先生", phone: "13912345678" });
  });

  it("refuses a tip without a category or a place", () => {
    const parsed = residentRequestSchema.safeParse({ ...tip, category: "", where: " " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["category", "validation.choiceRequired"],
      ["where", "validation.placeRequired"],
    ]);
  });
});

describe("after the officer resolves it", () => {
  async function resolved() {
    const result = await submit(db, { officer: "he-wenchuan" });
    if (result.status !== "stored") throw new Error(result.status);
    const row = await requestByCode(db, result.referenceCode);
    expect(await changeRequestStatus(db, await staffByLogin(db, "officer.liuyin"), row.id, "resolved")).toBe("ok");
    return row.id;
  }

  it("the resident rates it once", async () => {
    const id = await resolved();
    expect(await rateRequest(db, await grantFor(db, id), 5, "很及时")).toBe("ok");
    expect(await rateRequest(db, await grantFor(db, id), 1, "改主意了")).toBe("not_allowed");
    const row = await db.select({ rating: requests.rating, comment: requests.ratingComment }).from(requests).where(eq(requests.id, id));
    expect(row).toEqual([{ rating: 5, comment: "很及时" }]);
    expect((await getPublicTimeline(db, await grantFor(db, id)))?.events.at(-1)).toMatchObject({ type: "rating", body: "很及时" });
  });

  it("cannot be rated before it is resolved", async () => {
    const result = await submit(db, { officer: "he-wenchuan" });
    if (result.status !== "stored") throw new Error(result.status);
    expect(await rateRequest(db, await grantFor(db, (await requestByCode(db, result.referenceCode)).id), 4, "")).toBe("not_allowed");
  });

  it("the resident may reopen it within seven days, not after", async () => {
    const id = await resolved();
    expect((await getPublicTimeline(db, await grantFor(db, id)))?.reopenableUntil).toBeInstanceOf(Date);
    expect(await reopenByResident(db, await grantFor(db, id))).toBe("ok");
    expect((await requestByCode(db, (await getPublicTimeline(db, await grantFor(db, id)))!.referenceCode)).status).toBe("in_progress");

    const old = await resolved();
    await db.update(requests).set({ resolvedAt: new Date(Date.now() - 8 * 86_400_000) }).where(eq(requests.id, old));
    expect((await getPublicTimeline(db, await grantFor(db, old)))?.reopenableUntil).toBeNull();
    expect(await reopenByResident(db, await grantFor(db, old))).toBe("not_allowed");
    expect(await addResidentFollowUp(db, await grantFor(db, old), "还是没解决。")).toBe("not_allowed");
  });
});
