import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { addDutyShift, listDutyCandidates, listDutyRoster, removeDutyShift } from "@/db/queries/duty-roster";
import { countUnread } from "@/db/queries/notifications";
import { getRequestForStaff, listQueue } from "@/db/queries/queue";
import { auditLog, dutyShifts, notifications, requests } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { shanghaiInstant } from "@/lib/calendar-day";
import { dutyDayOf, isOfficeHours } from "@/lib/office-hours";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor } from "./support/requests";
import { staffByLogin } from "./support/staff";

// 2026-03-02 is a Monday, 2026-03-07 a Saturday.
const MONDAY = "2026-03-02";
const TUESDAY = "2026-03-03";
const SATURDAY = "2026-03-07";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["chief", "admin", "officer.liuyin", "officer.fenglin", "aux.fenglin", "aux.liuyin"]) {
    staff[login] = await staffByLogin(db, login);
  }
});
afterAll(() => test?.close());
afterEach(() => vi.useRealTimers());

/** A resident asks for help on 贺文川's page (柳荫) at a Beijing wall-clock time. */
async function askForHelpAt(day: string, time: string, kind: "help" | "message" = "help") {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(shanghaiInstant(day, time));
  try {
    return await leaveMessageFor(db, { officer: "he-wenchuan", kind, details: kind === "help" ? { location: "柳荫路 3 号楼下" } : {} });
  } finally {
    vi.useRealTimers();
  }
}

async function notified(userId: number, requestId: string): Promise<boolean> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.requestId, requestId)));
  return rows.length > 0;
}

describe("office hours", () => {
  it("are Monday to Friday, 8:30 to 17:30 Beijing time", () => {
    expect(isOfficeHours(shanghaiInstant(TUESDAY, "08:30"))).toBe(true);
    expect(isOfficeHours(shanghaiInstant(TUESDAY, "17:29"))).toBe(true);
    expect(isOfficeHours(shanghaiInstant(TUESDAY, "05:35"))).toBe(false);
    expect(isOfficeHours(shanghaiInstant(TUESDAY, "17:30"))).toBe(false);
    expect(isOfficeHours(shanghaiInstant(SATURDAY, "10:00"))).toBe(false);
  });

  it("a duty day runs from opening time to opening time: 05:35 on Tuesday is still Monday's", () => {
    expect(dutyDayOf(shanghaiInstant(TUESDAY, "05:35"))).toBe(MONDAY);
    expect(dutyDayOf(shanghaiInstant(MONDAY, "22:00"))).toBe(MONDAY);
    expect(dutyDayOf(shanghaiInstant(TUESDAY, "08:30"))).toBe(TUESDAY);
  });
});

describe("the duty roster", () => {
  it("is set by the chief alone: officers, auxiliaries and the administrator are refused and nothing is stored", async () => {
    for (const login of ["officer.liuyin", "aux.fenglin", "admin"]) {
      const user = staff[login]!;
      expect(await addDutyShift(db, user, { staff: staff["officer.liuyin"]!.id, firstDay: MONDAY, lastDay: MONDAY })).toBe("not_allowed");
      expect(await listDutyRoster(db, user, MONDAY)).toBeNull();
      expect(await listDutyCandidates(db, user)).toEqual([]);
    }
    expect(await db.select().from(dutyShifts)).toEqual([]);
  });

  it("puts only the station's officers and chief on duty, not an auxiliary (who cannot call a caller back)", async () => {
    const chief = staff["chief"]!;
    const candidates = (await listDutyCandidates(db, chief)).map((c) => c.id);
    expect(candidates).toContain(staff["officer.fenglin"]!.id);
    expect(candidates).toContain(chief.id);
    expect(candidates).not.toContain(staff["aux.fenglin"]!.id);
    expect(await addDutyShift(db, chief, { staff: staff["aux.fenglin"]!.id, firstDay: MONDAY, lastDay: MONDAY })).toBe("unknown_staff");
    expect(await addDutyShift(db, chief, { staff: 999_999, firstDay: MONDAY, lastDay: MONDAY })).toBe("unknown_staff");
  });

  it("records who added and who removed an entry in the audit log", async () => {
    const chief = staff["chief"]!;
    expect(await addDutyShift(db, chief, { staff: staff["officer.liuyin"]!.id, firstDay: SATURDAY, lastDay: "2026-03-08" })).toBe("ok");
    const [entry] = (await listDutyRoster(db, chief, SATURDAY))!.filter((e) => e.firstDay === SATURDAY);
    expect(entry).toMatchObject({ staffName: "贺文川", lastDay: "2026-03-08", setByName: "庞振国" });
    expect(await removeDutyShift(db, staff["officer.liuyin"]!, entry!.id)).toBe("not_allowed");
    expect(await removeDutyShift(db, chief, entry!.id)).toBe("ok");
    expect(await removeDutyShift(db, chief, entry!.id)).toBe("not_found");
    const audit = await db
      .select({ actorId: auditLog.actorId, action: auditLog.action, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.targetType, "duty_shift"), eq(auditLog.targetId, String(entry!.id))));
    expect(audit).toEqual([
      { actorId: chief.id, action: "duty_roster.add", details: { userId: staff["officer.liuyin"]!.id, firstDay: SATURDAY, lastDay: "2026-03-08" } },
      { actorId: chief.id, action: "duty_roster.remove", details: { userId: staff["officer.liuyin"]!.id, firstDay: SATURDAY, lastDay: "2026-03-08" } },
    ]);
  });
});

describe("a call for help outside office hours", () => {
  beforeAll(async () => {
    // 屠志恒 (枫林) is the station's duty officer on Monday, for the night into Tuesday too.
    expect(await addDutyShift(db, staff["chief"]!, { staff: staff["officer.fenglin"]!.id, firstDay: MONDAY, lastDay: MONDAY })).toBe("ok");
  });

  it("at 05:35 reaches the duty officer of another community: notified, in their queue, and theirs to open", async () => {
    const duty = staff["officer.fenglin"]!;
    const unreadBefore = await countUnread(db, duty);
    const { id } = await askForHelpAt(TUESDAY, "05:35");
    expect(await notified(duty.id, id)).toBe(true);
    expect(await countUnread(db, duty)).toBe(unreadBefore + 1);
    expect((await listQueue(db, duty, { view: "open" })).rows.map((r) => r.id)).toContain(id);
    expect(await getRequestForStaff(db, duty, id)).toMatchObject({ id, kind: "help" });
    // The chief hears of every call for help; the other communities' auxiliaries do not.
    expect(await notified(staff["chief"]!.id, id)).toBe(true);
    expect(await getRequestForStaff(db, staff["aux.fenglin"]!, id)).toBeNull();
  });

  it("during office hours goes to the community's own officers, not to the duty officer", async () => {
    const { id } = await askForHelpAt(TUESDAY, "10:00");
    expect(await notified(staff["officer.fenglin"]!.id, id)).toBe(false);
    expect(await getRequestForStaff(db, staff["officer.fenglin"]!, id)).toBeNull();
    const [row] = await db.select({ dutyDay: requests.dutyDay }).from(requests).where(eq(requests.id, id));
    expect(row?.dutyDay).toBeNull();
  });

  it("is the only kind of request that reaches the duty officer: a message at night does not", async () => {
    const { id } = await askForHelpAt(TUESDAY, "05:40", "message");
    expect(await notified(staff["officer.fenglin"]!.id, id)).toBe(false);
    expect(await getRequestForStaff(db, staff["officer.fenglin"]!, id)).toBeNull();
  });

  it("on a day nobody is on the roster reaches the chief", async () => {
    const { id } = await askForHelpAt(SATURDAY, "23:00");
    expect(await notified(staff["officer.fenglin"]!.id, id)).toBe(false);
    expect(await notified(staff["chief"]!.id, id)).toBe(true);
  });
});
