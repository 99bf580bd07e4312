import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { changeRequestStatus, getRequestForStaff, listQueue, replyToRequest } from "@/db/queries/queue";
import { addResidentFollowUp, getPublicTimeline, rateRequest, reopenByResident } from "@/db/queries/tracking";
import { defaultResponseMinutes, notifications } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor } from "./support/requests";
import { storeRequest } from "./support/staff-fixtures";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
let officer: StaffUser;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  officer = await staffByLogin(db, "officer.nanqiao");
});
afterAll(() => test?.close());

/** A message to 南桥's officer, answered, resolved and rated by its resident. */
async function resolvedAndRated(rating: number, comment = "") {
  const mine = await leaveMessageFor(db, { officer: "li-jiaming", phone: "13612340000" });
  await replyToRequest(db, officer, mine.id, "已联系物业，明天修好。");
  await changeRequestStatus(db, officer, mine.id, "resolved");
  expect(await rateRequest(db, await grantFor(db, mine.id), rating, comment)).toBe("ok");
  return mine;
}

const rowOf = async (id: string) => (await listQueue(db, officer, { view: "open" })).rows.find((r) => r.id === id);

describe("a request its resident reopens", () => {
  it("waits for an answer again, due within its kind's target from the reopening, and is marked reopened", async () => {
    const mine = await resolvedAndRated(2);
    const before = Date.now();
    expect(await reopenByResident(db, await grantFor(db, mine.id))).toBe("ok");
    const after = Date.now();

    const row = await rowOf(mine.id);
    expect(row).toMatchObject({ status: "in_progress", reopened: true, unanswered: true, overdue: false });
    const target = defaultResponseMinutes.message * 60_000;
    expect(row!.dueAt.getTime()).toBeGreaterThanOrEqual(before + target - 1000);
    expect(row!.dueAt.getTime()).toBeLessThanOrEqual(after + target + 1000);

    const detail = await getRequestForStaff(db, officer, mine.id);
    expect(detail!.reopenedAt).toBeInstanceOf(Date);
    expect(detail!.reopenDueAt).toEqual(row!.dueAt);
    // The first answer's time and its due time are kept: response times are measured against them.
    expect(detail!.firstResponseAt).toBeInstanceOf(Date);
    expect(detail!.dueAt.getTime()).toBeLessThan(row!.dueAt.getTime());
  });

  it("sorts with the requests waiting for an answer, by its new due time, not below the answered ones", async () => {
    const answered = await storeRequest(db, { community: "nanqiao", answered: true, dueInMinutes: -600 });
    const soon = await storeRequest(db, { community: "nanqiao", dueInMinutes: 60 });
    const later = await storeRequest(db, { community: "nanqiao", dueInMinutes: 48 * 60 });
    const mine = await resolvedAndRated(3);
    await reopenByResident(db, await grantFor(db, mine.id));

    const codes = (await listQueue(db, officer, { view: "open" })).rows.map((r) => r.referenceCode);
    const at = (code: string) => codes.indexOf(code);
    expect(at(soon.referenceCode)).toBeLessThan(at(mine.referenceCode));
    expect(at(mine.referenceCode)).toBeLessThan(at(later.referenceCode));
    expect(at(later.referenceCode)).toBeLessThan(at(answered.referenceCode));
  });

  it("loses its old rating, which stays in its history, and can be rated again once resolved again", async () => {
    const mine = await resolvedAndRated(2, "灯还是不亮。");
    await reopenByResident(db, await grantFor(db, mine.id));

    const detail = await getRequestForStaff(db, officer, mine.id);
    expect(detail).toMatchObject({ rating: null, ratingComment: null });
    expect(detail!.events.filter((e) => e.type === "rating")).toEqual([expect.objectContaining({ body: "灯还是不亮。" })]);
    expect(detail!.events.at(-1)).toMatchObject({
      type: "status_change",
      fromStatus: "resolved",
      toStatus: "in_progress",
      data: { reopened: "resident", previousRating: "2" },
    });
    const timeline = await getPublicTimeline(db, await grantFor(db, mine.id));
    expect(timeline!.rating).toBeNull();

    // Not while it is open again; after the next resolution, yes.
    expect(await rateRequest(db, await grantFor(db, mine.id), 5, "")).toBe("not_allowed");
    await replyToRequest(db, officer, mine.id, "已换新灯。");
    await changeRequestStatus(db, officer, mine.id, "resolved");
    expect(await rateRequest(db, await grantFor(db, mine.id), 5, "修好了。")).toBe("ok");
    expect(await getRequestForStaff(db, officer, mine.id)).toMatchObject({ rating: 5, ratingComment: "修好了。" });
  });

  it("stops waiting once the officer answers, and keeps its mark until it is resolved", async () => {
    const mine = await resolvedAndRated(1);
    await reopenByResident(db, await grantFor(db, mine.id));
    await replyToRequest(db, officer, mine.id, "今天下午再去看一次。");
    expect(await rowOf(mine.id)).toMatchObject({ reopened: true, unanswered: false, overdue: false });
    expect((await getRequestForStaff(db, officer, mine.id))!.reopenDueAt).toBeNull();

    await changeRequestStatus(db, officer, mine.id, "resolved");
    const resolved = (await listQueue(db, officer, { view: "resolved" })).rows.find((r) => r.id === mine.id);
    expect(resolved).toMatchObject({ reopened: false, unanswered: false });
  });

  it("is overdue when its new due time passes unanswered", async () => {
    const mine = await resolvedAndRated(2);
    await reopenByResident(db, await grantFor(db, mine.id));
    // The reopening's clock ran out an hour ago.
    await db.execute(sql`update requests set reopen_due_at = now() - interval '1 hour' where id = ${mine.id}`);
    expect(await rowOf(mine.id)).toMatchObject({ unanswered: true, overdue: true });
  });

  it("is reopened the same way by information the resident adds, and its officer hears of it", async () => {
    const mine = await resolvedAndRated(3);
    await addResidentFollowUp(db, await grantFor(db, mine.id), "今晚灯又灭了。");
    expect(await rowOf(mine.id)).toMatchObject({ reopened: true, unanswered: true });
    expect(await getRequestForStaff(db, officer, mine.id)).toMatchObject({ rating: null });

    const other = await resolvedAndRated(4);
    await reopenByResident(db, await grantFor(db, other.id));
    const told = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.requestId, other.id), eq(notifications.kind, "reopened")));
    expect(told).toEqual([{ userId: officer.id }]);
  });
});
