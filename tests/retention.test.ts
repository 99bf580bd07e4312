import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { attachments, requests } from "@/db/schema";
import { purgeExpired } from "@/db/retention";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode, submit } from "./support/requests";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

async function request(kind: "message" | "tip", resolvedDaysAgo: number | null) {
  const result = await submit(db, { officer: "he-wenchuan", kind, name: "林女士", phone: "13912345678" });
  if (result.status !== "stored") throw new Error(result.status);
  const row = await requestByCode(db, result.referenceCode);
  if (resolvedDaysAgo !== null) {
    await db
      .update(requests)
      .set({ status: "resolved", resolvedAt: new Date(Date.now() - resolvedDaysAgo * 86_400_000) })
      .where(eq(requests.id, row.id));
  }
  await db.insert(attachments).values({ requestId: row.id, mimeType: "image/jpeg", byteSize: 3, width: 1, height: 1, data: Buffer.from([1, 2, 3]) });
  return row.id;
}

const contactOf = async (id: string) =>
  (await db.select({ name: requests.residentName, phone: requests.residentPhone, body: requests.body }).from(requests).where(eq(requests.id, id)))[0];
const photosOf = async (id: string) => (await db.select().from(attachments).where(eq(attachments.requestId, id))).length;

it("removes contact details two years after resolution and tip photos after one, and keeps everything else", async () => {
  const oldResolved = await request("message", 800);
  const recentResolved = await request("message", 100);
  const stillOpen = await request("message", null);
  const oldTip = await request("tip", 400);
  const recentTip = await request("tip", 200);

  const result = await purgeExpired(db);
  expect(result.contactsRemoved).toBeGreaterThanOrEqual(1);
  expect(await contactOf(oldResolved)).toMatchObject({ name: null, phone: null, body: expect.any(String) });
  expect(await contactOf(recentResolved)).toMatchObject({ name: "林女士", phone: "13912345678" });
  expect(await contactOf(stillOpen)).toMatchObject({ name: "林女士", phone: "13912345678" });
  expect(await photosOf(oldTip)).toBe(0);
  expect(await photosOf(recentTip)).toBe(1);
  // A message's photos follow the contact rule, not the one-year tip rule.
  expect(await photosOf(oldResolved)).toBe(1);

  expect((await purgeExpired(db)).contactsRemoved).toBe(0);
});
