import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { countUnread, listNotifications, markRequestRead } from "@/db/queries/notifications";
import { addResidentFollowUp } from "@/db/queries/tracking";
import { setUserActive } from "@/db/queries/staff";
import { notifications, users } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { deliverPending } from "@/server/notifications/deliver";
import { DevLogSender, senderFromEnv, type NotificationMessage, type NotificationSender } from "@/server/notifications/sender";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor } from "./support/requests";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.liuyin", "aux.liuyin", "officer.fenglin", "chief", "admin"]) {
    staff[login] = await staffByLogin(db, login);
  }
});
afterAll(() => test?.close());

/** The logins the request's outbox rows are addressed to. */
async function recipientsOf(requestId: string): Promise<string[]> {
  const rows = await db
    .select({ login: users.login, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.requestId, requestId));
  expect(rows.every((r) => r.kind === "new_request")).toBe(true);
  return rows.map((r) => r.login).sort();
}

/** A sender that records what it was given, optionally slowly (so deliveries overlap). */
class RecordingSender implements NotificationSender {
  readonly sent: NotificationMessage[] = [];
  constructor(private readonly delayMs = 0) {}
  async send(message: NotificationMessage) {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.sent.push(message);
  }
}

/** Delivers whatever earlier tests left behind, so each delivery test sees only its own rows. */
async function drain() {
  while ((await deliverPending(db, new RecordingSender())) > 0);
}

/** How many outbox rows the requests have, and how many of them are still waiting for delivery. */
async function undeliveredFor(requestIds: string[]) {
  const rows = await db
    .select({ deliveredAt: notifications.deliveredAt })
    .from(notifications)
    .where(inArray(notifications.requestId, requestIds));
  return { all: rows.length, undelivered: rows.filter((r) => r.deliveredAt === null).length };
}

describe("a new request", () => {
  it("notifies the community's officer and auxiliary, and nobody else", async () => {
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await recipientsOf(id)).toEqual(["aux.liuyin", "officer.liuyin"]);
  });

  it("a call for help also reaches the station chief", async () => {
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan", kind: "help", details: { location: "柳荫路 3 号" } });
    expect(await recipientsOf(id)).toEqual(["aux.liuyin", "chief", "officer.liuyin"]);
  });

  it("skips a deactivated colleague", async () => {
    const aux = staff["aux.liuyin"]!;
    await setUserActive(db, aux.id, false);
    try {
      const { id } = await leaveMessageFor(db, { officer: "he-wenchuan", kind: "help", details: { location: "柳荫路 3 号" } });
      expect(await recipientsOf(id)).toEqual(["chief", "officer.liuyin"]);
    } finally {
      await setUserActive(db, aux.id, true);
    }
  });

  it("notifies once when the same submission arrives twice", async () => {
    const first = await leaveMessageFor(db, { officer: "he-wenchuan", repeatKey: "notify-twice" });
    const again = await leaveMessageFor(db, { officer: "he-wenchuan", repeatKey: "notify-twice" });
    expect(again).toMatchObject({ repeated: true, id: first.id });
    expect(await recipientsOf(first.id)).toEqual(["aux.liuyin", "officer.liuyin"]);
  });
});

describe("unread counts", () => {
  it("count a user's unread notifications, and opening a request reads only that user's", async () => {
    const officer = staff["officer.liuyin"]!;
    const aux = staff["aux.liuyin"]!;
    const before = { officer: await countUnread(db, officer), aux: await countUnread(db, aux) };
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan" });
    const other = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await countUnread(db, officer)).toBe(before.officer + 2);

    await markRequestRead(db, officer, id);
    expect(await countUnread(db, officer)).toBe(before.officer + 1);
    expect(await countUnread(db, aux)).toBe(before.aux + 2);
    await markRequestRead(db, officer, id);
    expect(await countUnread(db, officer)).toBe(before.officer + 1);
    await markRequestRead(db, officer, other.id);
    expect(await countUnread(db, officer)).toBe(before.officer);
  });

  it("are zero for staff who are never notified, and ignore malformed ids", async () => {
    await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect(await countUnread(db, staff["officer.fenglin"]!)).toBe(0);
    expect(await countUnread(db, staff["admin"]!)).toBe(0);
    await expect(markRequestRead(db, staff["officer.liuyin"]!, "not-a-uuid")).resolves.toBeUndefined();
  });
});

describe("the notification list", () => {
  it("shows a user's own notifications newest first, what each is about, and which were read by opening the request", async () => {
    const officer = staff["officer.liuyin"]!;
    const first = await leaveMessageFor(db, { officer: "he-wenchuan", body: "第一条：楼道灯坏了。" });
    const second = await leaveMessageFor(db, { officer: "he-wenchuan", kind: "help", details: { location: "柳荫公园" }, body: "第二条：老人走失。" });
    await addResidentFollowUp(db, await grantFor(db, first.id), "补充：是 3 幢的楼道。");

    const mine = (await listNotifications(db, officer)).rows.filter((n) => [first.id, second.id].includes(n.requestId ?? ""));
    expect(mine.map((n) => [n.referenceCode, n.kind, n.requestKind, n.readAt])).toEqual([
      [first.referenceCode, "resident_update", "message", null],
      [second.referenceCode, "new_request", "help", null],
      [first.referenceCode, "new_request", "message", null],
    ]);

    await markRequestRead(db, officer, first.id);
    const after = (await listNotifications(db, officer)).rows.filter((n) => [first.id, second.id].includes(n.requestId ?? ""));
    expect(after.map((n) => [n.referenceCode, n.readAt !== null])).toEqual([
      [first.referenceCode, true],
      [second.referenceCode, false],
      [first.referenceCode, true],
    ]);
    // The auxiliary's own notifications about it are still unread.
    const auxiliary = (await listNotifications(db, staff["aux.liuyin"]!)).rows.filter((n) => n.requestId === first.id);
    expect(auxiliary.map((n) => n.readAt)).toEqual([null]);
  });

  it("never shows another community's requests, and is empty for staff who are never notified", async () => {
    const theirs = await leaveMessageFor(db, { officer: "he-wenchuan" });
    expect((await listNotifications(db, staff["officer.fenglin"]!)).rows.map((n) => n.requestId)).not.toContain(theirs.id);
    expect((await listNotifications(db, staff.admin!)).rows).toEqual([]);
  });
});

describe("delivery", () => {
  it("sends each pending notification once and marks it delivered", async () => {
    await drain();
    const a = await leaveMessageFor(db, { officer: "he-wenchuan" });
    const b = await leaveMessageFor(db, { officer: "he-wenchuan", kind: "help", details: { location: "柳荫路 3 号" } });
    const sender = new RecordingSender();
    expect(await deliverPending(db, sender)).toBe(5);
    expect(sender.sent.map((m) => `${m.referenceCode}:${m.userId}`).sort()).toEqual(
      [
        ...[staff["officer.liuyin"]!, staff["aux.liuyin"]!].map((u) => `${a.referenceCode}:${u.id}`),
        ...[staff["officer.liuyin"]!, staff["aux.liuyin"]!, staff["chief"]!].map((u) => `${b.referenceCode}:${u.id}`),
      ].sort(),
    );
    expect(sender.sent[0]).toEqual({
      userId: expect.any(Number),
      requestId: expect.any(String),
      referenceCode: expect.any(String),
      kind: "new_request",
    });
    expect(await undeliveredFor([a.id, b.id])).toEqual({ all: 5, undelivered: 0 });
    expect(await deliverPending(db, sender)).toBe(0);
    expect(sender.sent).toHaveLength(5);
  });

  it("leaves a notification whose send failed for the next try", async () => {
    await drain();
    const { id } = await leaveMessageFor(db, { officer: "he-wenchuan" });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing: NotificationSender = {
      send: () => Promise.reject(new Error("SMS gateway down")),
    };
    expect(await deliverPending(db, failing)).toBe(0);
    error.mockRestore();
    expect(await undeliveredFor([id])).toEqual({ all: 2, undelivered: 2 });

    const sender = new RecordingSender();
    expect(await deliverPending(db, sender)).toBe(2);
    expect(await undeliveredFor([id])).toEqual({ all: 2, undelivered: 0 });
  });

  it("sends each notification once when two instances deliver at the same time", async () => {
    await drain();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await leaveMessageFor(db, { officer: "he-wenchuan" })).id);
    const sent: string[] = [];
    const instance = async () => {
      // Slow sends and small batches, so that the two instances' transactions overlap.
      const sender = new RecordingSender(15);
      while ((await deliverPending(db, sender, 4)) > 0);
      sent.push(...sender.sent.map((m) => `${m.requestId}:${m.userId}`));
    };
    await Promise.all([instance(), instance()]);
    expect(sent).toHaveLength(12);
    expect(new Set(sent).size).toBe(12);
    expect(await undeliveredFor(ids)).toEqual({ all: 12, undelivered: 0 });
  });

  it("in development writes one log line per message without the resident's name or phone", async () => {
    await drain();
    const { referenceCode } = await leaveMessageFor(db, { officer: "he-wenchuan", name: "林女士", phone: "13912345678" });
    const lines: string[] = [];
    expect(await deliverPending(db, new DevLogSender((line) => lines.push(line)))).toBe(2);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line.includes(referenceCode))).toBe(true);
    expect(lines.join("\n")).not.toMatch(/林女士|13912345678|5678/);
  });

  it("uses the log sender by default", () => {
    expect(senderFromEnv()).toBeInstanceOf(DevLogSender);
  });
});

describe("NOTIFY_SENDER", () => {
  it("stops the start on an unknown sender, naming the variable", async () => {
    const saved = process.env.NOTIFY_SENDER;
    process.env.NOTIFY_SENDER = "carrier-pigeon";
    vi.resetModules();
    try {
      await expect(import("@/lib/env")).rejects.toThrow(/NOTIFY_SENDER/);
    } finally {
      if (saved === undefined) delete process.env.NOTIFY_SENDER;
      else process.env.NOTIFY_SENDER = saved;
      vi.resetModules();
    }
  });
});
