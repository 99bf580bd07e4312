import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { exportCases, getCase, listCases, revealPartyPhone, takeCaseNumber, takeInCase } from "@/db/queries/mediation";
import {
  extendCase,
  listOverdueFollowUps,
  recordAgreement,
  recordFollowUp,
  recordNoAgreement,
  recordNotice,
  recordSession,
  remindOverdueFollowUps,
  scheduleFollowUp,
  scheduleSession,
  type AgreementInput,
} from "@/db/queries/mediation-work";
import { getPublicTimeline } from "@/db/queries/tracking";
import { auditLog, mediationCaseCounters, mediationCases, mediationFollowUps, mediationParties, requestEvents, requests, stations } from "@/db/schema";
import { mediationScope, type StaffUser } from "@/lib/authz";
import { shanghaiInstant } from "@/lib/calendar-day";
import { addMonth, caseClock, caseNumber, caseYear, judicialConfirmationLastDay, mediationDueAt } from "@/lib/mediation";
import { intakeSchema } from "@/lib/validation/mediation-forms";
import { openTestDb, type TestDb } from "./support/db";
import { grantFor } from "./support/grants";
import { intakeForm, memberId, takeIn } from "./support/mediation";
import { staffByLogin } from "./support/staff";
import { storeRequest } from "./support/staff-fixtures";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["chief", "admin", "mediator", "officer.fenglin", "officer.nanqiao", "aux.liuyin", "aux.wanghu"]) staff[login] = await staffByLogin(db, login);
});
afterAll(() => test?.close());

const AGREEMENT: AgreementInput = {
  form: "written",
  agreedOn: "2026-03-10",
  facts: "赵立新夜间在家中拖动家具，噪声影响楼下王秀兰休息。",
  matters: "夜间噪声及其对王秀兰休息的影响。",
  responsibility: "赵立新负主要责任。",
  terms: "赵立新在椅脚加装防滑垫，每晚22时后不再拖动家具。",
  performanceMethod: "自行整改，王秀兰监督",
  performanceDeadline: "2026-03-17",
  followUpOn: "2026-04-09",
};

describe("the committee's rules of time and numbering", () => {
  it("numbers a case by the year of acceptance in Beijing and the station's short name", () => {
    expect(caseNumber("青石", 2026, 12)).toBe("（2026）青石人调字第 12 号");
    // 31 December 20:00 UTC is already 1 January in Beijing.
    expect(caseYear(new Date("2025-12-31T20:00:00Z"))).toBe(2026);
  });

  it("gives a case one month from acceptance, to the end of the day, the month's last day when it has no such day", () => {
    expect(addMonth("2026-01-31")).toBe("2026-02-28");
    expect(addMonth("2026-12-15")).toBe("2027-01-15");
    expect(mediationDueAt(shanghaiInstant("2026-03-03", "10:00"))).toEqual(shanghaiInstant("2026-04-03", "23:59:59"));
  });

  it("leaves the parties 30 days from the agreement to apply for judicial confirmation", () => {
    expect(judicialConfirmationLastDay("2026-03-10")).toBe("2026-04-09");
  });

  it("shows the clock in days left, then days overdue, and stops it at the outcome", () => {
    const dueAt = shanghaiInstant("2026-04-03", "23:59:59");
    expect(caseClock({ status: "in_mediation", dueAt }, shanghaiInstant("2026-04-01", "09:00"))).toEqual({ state: "running", daysLeft: 2 });
    expect(caseClock({ status: "in_mediation", dueAt }, shanghaiInstant("2026-04-03", "23:00"))).toEqual({ state: "running", daysLeft: 0 });
    expect(caseClock({ status: "in_mediation", dueAt }, shanghaiInstant("2026-04-06", "09:00"))).toEqual({ state: "overdue", daysOver: 3 });
    expect(caseClock({ status: "agreed", dueAt }, shanghaiInstant("2026-04-06", "09:00"))).toEqual({ state: "stopped" });
  });

  it("lets the chief and the committee's officers see the station's cases, a seated mediator or auxiliary their own, anyone else none", () => {
    const seat = { memberId: 7 };
    expect(mediationScope(staff.chief!, null)).toEqual({ kind: "station" });
    expect(mediationScope(staff["officer.fenglin"]!, seat)).toEqual({ kind: "station" });
    expect(mediationScope(staff["officer.nanqiao"]!, null)).toEqual({ kind: "none" });
    expect(mediationScope(staff.mediator!, seat)).toEqual({ kind: "seated", memberId: 7 });
    expect(mediationScope(staff["aux.wanghu"]!, seat)).toEqual({ kind: "seated", memberId: 7 });
    expect(mediationScope(staff.mediator!, null)).toEqual({ kind: "none" });
    expect(mediationScope(staff.admin!, seat)).toEqual({ kind: "none" });
  });
});

describe("case numbers", () => {
  it(
    process.env.DATABASE_URL ? "50 intakes at once on PostgreSQL get 50 distinct consecutive numbers" : "50 intakes one after another get 50 consecutive numbers (PGlite has one connection)",
    async () => {
      const year = 2031;
      const now = shanghaiInstant(`${year}-05-06`, "10:00");
      const takeOne = () => takeIn(db, staff["officer.fenglin"]!, {}, now);
      const ids = process.env.DATABASE_URL ? await Promise.all(Array.from({ length: 50 }, takeOne)) : await sequentially(50, takeOne);
      const numbers = (await db.select({ n: mediationCases.number }).from(mediationCases).where(eq(mediationCases.year, year))).map((r) => r.n).sort((a, b) => a - b);
      expect(new Set(ids).size).toBe(50);
      expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    },
    120_000,
  );

  it("gives a rolled-back intake's number back: no gap", async () => {
    const [station] = await db.select({ id: stations.id }).from(stations);
    await expect(
      db.transaction(async (tx) => {
        expect(await takeCaseNumber(tx, station!.id, 2032)).toBe(1);
        throw new Error("the intake failed after taking its number");
      }),
    ).rejects.toThrow("the intake failed");
    await takeIn(db, staff["officer.fenglin"]!, {}, shanghaiInstant("2032-02-01", "09:00"));
    const [counter] = await db.select().from(mediationCaseCounters).where(eq(mediationCaseCounters.year, 2032));
    expect(counter!.lastNumber).toBe(1);
  });
});

async function sequentially<T>(n: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < n; i++) results.push(await run());
  return results;
}

describe("intake from a resident's request", () => {
  it("keeps the link both ways, answers the request, fills the first party's phone from it, and the resident's timeline says so", async () => {
    const request = await storeRequest(db, { community: "fenglin", phone: "13600001111", name: "陈女士", body: "楼上每天半夜搬东西，想请民警帮忙调解。" });
    const caseId = await takeIn(db, staff["officer.fenglin"]!, { request: request.id, source: "resident_request", p1Phone: "", p1Name: "陈女士" });
    const item = await getCase(db, staff["officer.fenglin"]!, caseId);
    expect(item).toMatchObject({ requestId: request.id, requestCode: request.referenceCode, source: "resident_request" });
    const [party] = await db.select({ phone: mediationParties.phone }).from(mediationParties).where(and(eq(mediationParties.caseId, caseId), eq(mediationParties.position, 1)));
    expect(party!.phone).toBe("13600001111");
    const [row] = await db.select({ status: requests.status, firstResponseAt: requests.firstResponseAt }).from(requests).where(eq(requests.id, request.id));
    expect(row!.status).toBe("in_progress");
    expect(row!.firstResponseAt).not.toBeNull();
    const timeline = await getPublicTimeline(db, await grantFor(db, request.id));
    expect(timeline!.events.find((e) => e.type === "mediation")?.data).toEqual({ mediation: "accepted", caseNumber: item!.number });

    // Once only: the same request cannot go to mediation twice.
    const again = intakeSchema.parse(await intakeForm(db, { request: request.id, source: "resident_request" }));
    expect(await db.transaction((tx) => takeInCase(tx, staff["officer.fenglin"]!, again))).toEqual({ status: "already_taken" });
  });

  it("refuses a request the officer cannot see, and anyone who is not the chief or a committee officer", async () => {
    const elsewhere = await storeRequest(db, { community: "nanqiao" });
    const input = intakeSchema.parse(await intakeForm(db, { request: elsewhere.id, source: "resident_request" }));
    expect(await db.transaction((tx) => takeInCase(tx, staff["officer.fenglin"]!, input))).toEqual({ status: "unknown_request" });
    for (const login of ["mediator", "officer.nanqiao", "aux.liuyin", "aux.wanghu", "admin"]) {
      const walkIn = intakeSchema.parse(await intakeForm(db));
      expect(await db.transaction((tx) => takeInCase(tx, staff[login]!, walkIn)), login).toEqual({ status: "not_allowed" });
    }
  });
});

describe("who sees a case", () => {
  let notTheirs: number;
  let theirs: number;
  beforeAll(async () => {
    // The mediator 柯文静 sits on `theirs` (as a co-mediator), not on `notTheirs`.
    notTheirs = await takeIn(db, staff.chief!, { lead: String(await memberId(db, "俞明哲")) });
    theirs = await takeIn(db, staff.chief!, { lead: String(await memberId(db, "俞明哲")), second: String(await memberId(db, "柯文静")) });
  });

  it("a mediator sees only the cases they sit on; a mediator who does not sit on one, an auxiliary and another community's officer find nothing", async () => {
    expect(await getCase(db, staff.mediator!, theirs)).not.toBeNull();
    for (const login of ["mediator", "aux.liuyin", "officer.nanqiao", "admin"]) {
      const user = staff[login]!;
      expect(await getCase(db, user, notTheirs), login).toBeNull();
      const [party] = await partiesOf(notTheirs);
      expect(await db.transaction((tx) => revealPartyPhone(tx, user, notTheirs, party!)), login).toBe(false);
      const work: ((tx: Db) => Promise<string>)[] = [
        (tx) => recordNotice(tx, user, notTheirs, "2026-01-01"),
        (tx) => scheduleSession(tx, user, notTheirs, { scheduledAt: new Date(), placeText: "调解室" }),
        (tx) => recordSession(tx, user, notTheirs, { session: 1, heldAt: new Date(), attendees: "x", record: "x" }),
        (tx) => extendCase(tx, user, notTheirs, { newDueOn: "2099-01-01", reason: "x", consent: "x" }),
        (tx) => recordAgreement(tx, user, notTheirs, AGREEMENT),
        (tx) => recordNoAgreement(tx, user, notTheirs, { referredTo: "litigation", reason: "x" }),
        (tx) => scheduleFollowUp(tx, user, notTheirs, "2026-05-01"),
        (tx) => recordFollowUp(tx, user, notTheirs, { followUp: 1, method: "visit", performance: "performed", satisfaction: "satisfied", newConflict: false, escalationRisk: "none", actionTaken: "x" }),
      ];
      for (const act of work) expect(await db.transaction(act), login).toBe("not_found");
    }
    const seated = await listCases(db, staff.mediator!, { year: caseYear(new Date()), page: 1 });
    expect(seated!.rows.map((r) => r.id)).toContain(theirs);
    expect(seated!.rows.map((r) => r.id)).not.toContain(notTheirs);
    const hidden = (await getCase(db, staff.chief!, notTheirs))!.number;
    expect((await exportCases(db, staff.mediator!))!.some((r) => r.number === hidden)).toBe(false);
    for (const login of ["aux.liuyin", "officer.nanqiao", "admin"]) {
      expect(await listCases(db, staff[login]!, { page: 1 }), login).toBeNull();
      expect(await exportCases(db, staff[login]!), login).toBeNull();
      expect(await listOverdueFollowUps(db, staff[login]!, new Date()), login).toEqual([]);
    }
    // The chief and the committee's officer see every case of the station.
    for (const login of ["chief", "officer.fenglin"]) expect(await getCase(db, staff[login]!, notTheirs), login).not.toBeNull();
  });

  it("shows parties' phones masked until this user's own audited reveal, for ten minutes", async () => {
    const [first] = await partiesOf(theirs);
    const masked = await getCase(db, staff.mediator!, theirs, { revealPhones: true });
    expect(masked!.parties[0]).toMatchObject({ phoneMasked: "139****5678", phoneFull: null });
    expect(JSON.stringify(masked)).not.toContain("13912345678");

    expect(await db.transaction((tx) => revealPartyPhone(tx, staff.mediator!, theirs, first!))).toBe(true);
    const [audited] = await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, "mediation.reveal_party_phone"), eq(auditLog.targetId, String(first))));
    expect(audited!.n).toBe(1);
    expect((await getCase(db, staff.mediator!, theirs, { revealPhones: true }))!.parties[0]!.phoneFull).toBe("13912345678");
    // Only with the reveal asked for, and only for the one who revealed.
    expect((await getCase(db, staff.mediator!, theirs))!.parties[0]!.phoneFull).toBeNull();
    expect((await getCase(db, staff.chief!, theirs, { revealPhones: true }))!.parties[0]!.phoneFull).toBeNull();
    // Ten minutes later it is masked again.
    const later = new Date(Date.now() + 11 * 60_000);
    expect((await getCase(db, staff.mediator!, theirs, { revealPhones: true, now: later }))!.parties[0]!.phoneFull).toBeNull();
  });
});

async function partiesOf(caseId: number): Promise<number[]> {
  return (await db.select({ id: mediationParties.id }).from(mediationParties).where(eq(mediationParties.caseId, caseId)).orderBy(mediationParties.position)).map((p) => p.id);
}

describe("a case from intake to follow-up", () => {
  it("needs the notice before a session is recorded and a session before an agreement, then schedules the follow-up and reminds once when it is overdue", async () => {
    const mediator = staff.mediator!;
    const accepted = shanghaiInstant("2026-03-02", "09:30");
    const caseId = await takeIn(db, staff["officer.fenglin"]!, {}, accepted);
    const work = <T,>(run: (tx: Db) => Promise<T>) => db.transaction(run);
    await work((tx) => scheduleSession(tx, mediator, caseId, { scheduledAt: shanghaiInstant("2026-03-05", "14:30"), placeText: "派出所调解室" }));
    const [session] = (await getCase(db, mediator, caseId))!.sessions;
    const held = { session: session!.id, heldAt: shanghaiInstant("2026-03-05", "14:30"), attendees: "王秀兰、赵立新、柯文静", record: "双方陈述，同意调解。" };
    const afterwards = shanghaiInstant("2026-03-10", "18:00");

    expect(await work((tx) => recordSession(tx, mediator, caseId, held, afterwards))).toBe("notice_missing");
    expect(await work((tx) => recordAgreement(tx, mediator, caseId, AGREEMENT, afterwards))).toBe("notice_missing");
    expect(await work((tx) => recordNotice(tx, mediator, caseId, "2026-03-01", afterwards))).toBe("before_acceptance");
    expect(await work((tx) => recordNotice(tx, mediator, caseId, "2026-03-02", afterwards))).toBe("ok");
    expect(await work((tx) => recordAgreement(tx, mediator, caseId, AGREEMENT, afterwards))).toBe("no_session_held");
    expect(await work((tx) => recordSession(tx, mediator, caseId, { ...held, heldAt: shanghaiInstant("2026-03-11", "09:00") }, afterwards))).toBe("in_future");
    expect(await work((tx) => recordSession(tx, mediator, caseId, held, afterwards))).toBe("ok");
    expect(await work((tx) => recordSession(tx, mediator, caseId, held, afterwards))).toBe("already_held");

    // The limit moves only forward, and not past 90 days.
    expect(await work((tx) => extendCase(tx, mediator, caseId, { newDueOn: "2026-04-01", reason: "等待鉴定", consent: "双方签字同意" }))).toBe("due_not_later");
    expect(await work((tx) => extendCase(tx, mediator, caseId, { newDueOn: "2026-08-01", reason: "等待鉴定", consent: "双方签字同意" }))).toBe("due_too_far");
    expect(await work((tx) => extendCase(tx, mediator, caseId, { newDueOn: "2026-04-20", reason: "等待鉴定", consent: "双方签字同意" }))).toBe("ok");
    expect((await getCase(db, mediator, caseId))!.dueAt).toEqual(shanghaiInstant("2026-04-20", "23:59:59"));

    expect(await work((tx) => recordAgreement(tx, mediator, caseId, AGREEMENT, afterwards))).toBe("ok");
    expect(await work((tx) => recordNoAgreement(tx, mediator, caseId, { referredTo: "litigation", reason: "x" }))).toBe("closed");
    const agreed = (await getCase(db, mediator, caseId))!;
    expect(agreed.status).toBe("agreed");
    expect(agreed.agreement).toMatchObject({ form: "written", terms: AGREEMENT.terms, performanceDeadline: "2026-03-17" });
    expect(agreed.followUps.map((f) => f.dueOn)).toEqual(["2026-04-09"]);

    // Overdue from 10 April: on the list of those who see the case, and reminded once.
    const tenth = shanghaiInstant("2026-04-10", "09:00");
    expect((await listOverdueFollowUps(db, mediator, shanghaiInstant("2026-04-09", "20:00"))).some((f) => f.caseId === caseId)).toBe(false);
    expect((await listOverdueFollowUps(db, mediator, tenth)).some((f) => f.caseId === caseId)).toBe(true);
    const reminders = await work((tx) => remindOverdueFollowUps(tx, tenth));
    expect(reminders.find((r) => r.caseId === caseId)?.userId).toBe(mediator.id);
    expect((await work((tx) => remindOverdueFollowUps(tx, tenth))).some((r) => r.caseId === caseId)).toBe(false);

    const followUp = agreed.followUps[0]!.id;
    const result = { followUp, method: "visit", performance: "performed", satisfaction: "satisfied", newConflict: false, escalationRisk: "none", actionTaken: "双方关系恢复正常。" } as const;
    expect(await work((tx) => recordFollowUp(tx, mediator, caseId, result, tenth))).toBe("ok");
    expect(await work((tx) => recordFollowUp(tx, mediator, caseId, result, tenth))).toBe("follow_up_not_found");
    expect((await listOverdueFollowUps(db, mediator, tenth)).some((f) => f.caseId === caseId)).toBe(false);
    const [done] = await db.select({ performance: mediationFollowUps.performance }).from(mediationFollowUps).where(eq(mediationFollowUps.id, followUp));
    expect(done!.performance).toBe("performed");
  });

  it("ends mediation without an agreement with the reason and where the parties were referred, and tells the resident", async () => {
    const request = await storeRequest(db, { community: "fenglin", phone: "13600002222" });
    const caseId = await takeIn(db, staff.chief!, { request: request.id, source: "resident_request" });
    expect(await db.transaction((tx) => recordNoAgreement(tx, staff.chief!, caseId, { referredTo: "litigation", reason: "双方分歧较大。" }))).toBe("ok");
    const item = (await getCase(db, staff.chief!, caseId))!;
    expect(item).toMatchObject({ status: "not_agreed", referredTo: "litigation", endReason: "双方分歧较大。" });
    const events = await db.select({ data: requestEvents.data }).from(requestEvents).where(and(eq(requestEvents.requestId, request.id), eq(requestEvents.type, "mediation")));
    expect(events.map((e) => e.data?.mediation)).toEqual(["accepted", "not_agreed"]);
  });
});

describe("the demo committee", () => {
  it("has more than 600 cases over four years, fewer each full year, numbered without gaps, with agreements and follow-ups", async () => {
    const perYear = await db
      .select({ year: mediationCases.year, n: count(), last: sql<number>`max(${mediationCases.number})`.mapWith(Number) })
      .from(mediationCases)
      .where(sql`${mediationCases.year} < 2030`)
      .groupBy(mediationCases.year)
      .orderBy(mediationCases.year);
    const total = perYear.reduce((sum, y) => sum + y.n, 0);
    expect(total).toBeGreaterThan(600);
    expect(perYear).toHaveLength(4);
    const full = perYear.slice(0, 3).map((y) => y.n);
    expect(full[0]!).toBeGreaterThan(full[1]!);
    expect(full[1]!).toBeGreaterThan(full[2]!);
    for (const y of perYear) expect(y.last, String(y.year)).toBe(y.n);
    const [agreed] = await db.select({ n: count() }).from(mediationCases).where(eq(mediationCases.status, "agreed"));
    const [followedUp] = await db.select({ n: count() }).from(mediationFollowUps).where(sql`${mediationFollowUps.doneAt} is not null`);
    expect(agreed!.n / total).toBeGreaterThan(0.8);
    expect(followedUp!.n).toBeGreaterThan(400);
  });
});

describe("the parties' personal data", () => {
  it("loses its phones and addresses two years after the case ended, keeping the names the case file needs", async () => {
    const { purgeExpired } = await import("@/db/retention");
    const caseId = await takeIn(db, staff.chief!);
    await db.update(mediationCases).set({ status: "not_agreed", closedAt: sql`now() - interval '731 days'` }).where(eq(mediationCases.id, caseId));
    const result = await purgeExpired(db);
    expect(result.partyContactsRemoved).toBeGreaterThanOrEqual(2);
    const parties = await db.select({ name: mediationParties.name, phone: mediationParties.phone, address: mediationParties.address }).from(mediationParties).where(eq(mediationParties.caseId, caseId));
    expect(parties).toEqual([
      { name: "王秀兰", phone: null, address: null },
      { name: "赵立新", phone: null, address: null },
    ]);
  });
});
