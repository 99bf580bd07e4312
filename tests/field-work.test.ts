import { randomUUID } from "node:crypto";
import { and, count, eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { addCareSubject, closeCareSubject, getCareSubject, listCareSubjects, revealCareSubjectPhones, updateCareSubject } from "@/db/queries/care-subjects";
import { getHazard, handOverHazard, listHazards, moveHazard, reportHazard, revealHazardPhone } from "@/db/queries/field-hazards";
import { addFieldPhotos, getFieldPhoto } from "@/db/queries/field-photos";
import { remindHazardDeadlines, remindOverdueCareVisits } from "@/db/queries/field-reminders";
import { getVisit, listVisits, loggedTimeByWeek, logVisit, recordCareVisit } from "@/db/queries/field-visits";
import { countUnread, listNotifications } from "@/db/queries/notifications";
import { addPlaceOnTheSpot, listPlaceChoices, placeInOwnCommunity } from "@/db/queries/places";
import { auditLog, careSubjects, fieldPhotos, hazardEvents, hazards, notifications, places, users, visits } from "@/db/schema";
import { purgeFieldWork } from "@/db/retention-field-work";
import type { StaffUser } from "@/lib/authz";
import { shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { addWorkingDays, noticeServeBy } from "@/lib/field-work";
import { preparePhoto, type PreparedPhoto } from "@/lib/uploads/photos";
import { careSubjectFormSchema, careVisitFormSchema, hazardFormSchema, visitFormSchema, type CareSubjectForm, type HazardForm, type VisitForm } from "@/lib/validation/field-forms";
import { openTestDb, type TestDb } from "./support/db";
import { staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
let photo: PreparedPhoto;
const staff: Record<string, StaffUser> = {};
// Tuesday 10 March 2026, 9:00 in Beijing: the clock every rule below is given.
const now = shanghaiInstant("2026-03-10", "09:00");
const today = shanghaiDay(now);

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["officer.liuyin", "aux.liuyin", "officer.fenglin", "aux.fenglin", "chief", "admin", "mediator"]) {
    staff[login] = await staffByLogin(db, login);
  }
  const prepared = await preparePhoto(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a3" } }).jpeg().toBuffer());
  if (!("ok" in prepared)) throw new Error("test photo refused");
  photo = prepared.ok;
});
afterAll(() => test?.close());

const officer = () => staff["officer.liuyin"]!;
const auxiliary = () => staff["aux.liuyin"]!;
/** Who must get "not found" for every field record of 柳荫: another community's officer and auxiliary, the mediator (and the administrator). */
const outsiders = () => [staff["officer.fenglin"]!, staff["aux.fenglin"]!, staff["mediator"]!, staff["admin"]!];

async function placeOf(community: "liuyin" | "fenglin", kind: "compound" | "shop" | "building", name?: string) {
  const [row] = await db
    .select({ id: places.id })
    .from(places)
    .innerJoin(users, eq(users.communityId, places.communityId))
    .where(and(eq(users.login, `officer.${community}`), eq(places.kind, kind), name ? eq(places.name, name) : undefined))
    .orderBy(places.id)
    .limit(1);
  return row!.id;
}

function visitForm(input: Record<string, string> = {}): VisitForm {
  const parsed = visitFormSchema(now).safeParse({
    kind: "household",
    place: "",
    newPlaceName: "",
    newPlaceKind: "",
    placeNote: "柳荫街 12 号",
    peopleMet: "",
    notes: "入户走访。",
    outcome: "all_well",
    startedAt: "2026-03-10T08:30",
    durationMinutes: "30",
    requestCode: "",
    submissionKey: "",
    ...input,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

function hazardForm(input: Record<string, string> = {}): HazardForm {
  const parsed = hazardFormSchema(now).safeParse({
    place: "",
    newPlaceName: "",
    newPlaceKind: "",
    placeNote: "柳荫新村 7 幢楼道",
    visit: "",
    category: "fire",
    severity: "major",
    description: "楼道堆放纸箱，堵塞消防通道。",
    measures: "清理楼道杂物。",
    responsibleKind: "property_management",
    responsibleName: "柳荫物业",
    responsiblePhone: "0571-86123456",
    deadline: "2026-03-17",
    ...input,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

function careForm(input: Record<string, string> = {}): CareSubjectForm {
  const parsed = careSubjectFormSchema(now).safeParse({
    name: "测试老人",
    birthYear: "1936",
    place: "",
    address: "2 单元 301 室",
    phone: "13912340001",
    category: "elderly_alone",
    riskLevel: "high",
    cadenceDays: "",
    emergencyContactName: "测试老人之子",
    emergencyContactPhone: "13712340001",
    notes: "",
    ...input,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const countOf = async (table: typeof visits | typeof hazards | typeof careSubjects) => (await db.select({ n: count() }).from(table))[0]!.n;

describe("places", () => {
  it("lists the recorder's own community's places with the last one used on top, and adds a missing one once", async () => {
    const shop = await placeOf("liuyin", "shop");
    await logVisit(db, officer(), visitForm({ place: String(shop), placeNote: "" }));
    const choices = await listPlaceChoices(db, officer());
    expect(choices.recent[0]?.id).toBe(shop);
    const elsewhere = await placeOf("fenglin", "compound");
    expect(choices.all.some((p) => p.id === elsewhere)).toBe(false);
    expect(choices.all.find((p) => p.kind === "building")?.label).toMatch(/幢$/);

    const first = await addPlaceOnTheSpot(db, officer(), { kind: "shop", name: "新开 水果店" });
    expect(await addPlaceOnTheSpot(db, auxiliary(), { kind: "shop", name: "新开水果店" })).toBe(first);
    expect(await placeInOwnCommunity(db, officer(), first!)).toEqual({ id: first, kind: "shop" });
    expect(await placeInOwnCommunity(db, staff["officer.fenglin"]!, first!)).toBeNull();
    expect(await listPlaceChoices(db, staff["chief"]!)).toEqual({ recent: [], all: [] });
  });
});

describe("visits", () => {
  it("store one visit for a form sent twice with its key (a resubmit after a dropped connection)", async () => {
    const key = randomUUID();
    const before = await countOf(visits);
    const first = await logVisit(db, officer(), visitForm({ submissionKey: key }));
    const again = await logVisit(db, officer(), visitForm({ submissionKey: key }));
    expect(first.status).toBe("stored");
    expect(again).toEqual({ status: "repeated", id: "id" in first ? first.id : -1 });
    expect(await countOf(visits)).toBe(before + 1);
  });

  it("refuse a place of another community and a request the officer cannot see, storing nothing", async () => {
    const before = await countOf(visits);
    expect(await logVisit(db, officer(), visitForm({ place: String(await placeOf("fenglin", "compound")), placeNote: "" }))).toEqual({ status: "bad_place" });
    expect(await logVisit(db, officer(), visitForm({ requestCode: "DEMR-5M2P" }))).toEqual({ status: "bad_request" });
    expect(await logVisit(db, staff["chief"]!, visitForm())).toEqual({ status: "not_allowed" });
    expect(await countOf(visits)).toBe(before);
  });

  it("link the request a visit dealt with, and count the logged time per week", async () => {
    const result = await logVisit(db, officer(), visitForm({ requestCode: "DEMQ-3479", durationMinutes: "45", startedAt: "2026-03-09T10:00" }));
    const visit = await getVisit(db, officer(), "id" in result ? result.id : 0);
    expect(visit?.requestCode).toBe("DEMQ-3479");
    const weeks = await loggedTimeByWeek(db, officer(), { weeks: 2, today });
    expect(weeks.map((w) => w.week)).toEqual(["2026-03-02", "2026-03-09"]);
    const own = await db
      .select({ minutes: visits.durationMinutes })
      .from(visits)
      .where(and(eq(visits.officerId, officer().id), inArray(visits.startedAt, [shanghaiInstant("2026-03-09", "10:00"), shanghaiInstant("2026-03-10", "08:30")])));
    expect(weeks[1]!.minutes).toBe(own.reduce((sum, r) => sum + r.minutes, 0));
    expect((await listVisits(db, officer(), {})).rows[0]?.startedAt.getTime()).toBeGreaterThanOrEqual(shanghaiInstant("2026-03-10", "08:30").getTime());
  });

  it("are not found by another community's officer or auxiliary, the mediator or the administrator", async () => {
    const result = await logVisit(db, officer(), visitForm());
    const id = "id" in result ? result.id : 0;
    expect(await addFieldPhotos(db, officer(), { kind: "visit", id }, [photo])).toBe("ok");
    const [stored] = await db.select({ id: fieldPhotos.id }).from(fieldPhotos).where(eq(fieldPhotos.visitId, id));
    expect(await getFieldPhoto(db, staff["chief"]!, stored!.id)).not.toBeNull();
    for (const user of outsiders()) {
      expect(await getVisit(db, user, id)).toBeNull();
      expect(await getFieldPhoto(db, user, stored!.id)).toBeNull();
      expect(await addFieldPhotos(db, user, { kind: "visit", id }, [photo])).toBe("not_found");
    }
  });
});

describe("care subjects", () => {
  it("are due a visit by their cadence; a care visit moves the next due date on from it", async () => {
    const added = await addCareSubject(db, officer(), careForm(), now);
    const id = added.status === "ok" ? added.id : 0;
    // Due a first visit the day they are added; then every seven days (high risk) from the last care visit.
    expect((await getCareSubject(db, officer(), id))?.nextVisitDue).toBe(today);
    const parsed = careVisitFormSchema(now).safeParse({
      subject: String(id),
      startedAt: "2026-03-10T08:40",
      durationMinutes: "40",
      health: "血压正常。",
      living: "",
      gas: "ok",
      water: "problem",
      power: "ok",
      needs: "",
      followUp: "联系物业修水管。",
      outcome: "follow_up",
      submissionKey: randomUUID(),
    });
    if (!parsed.success) throw new Error("care visit refused");
    expect((await recordCareVisit(db, auxiliary(), parsed.data)).status).toBe("stored");
    expect((await recordCareVisit(db, auxiliary(), parsed.data)).status).toBe("repeated");
    const subject = await getCareSubject(db, officer(), id);
    expect(subject?.nextVisitDue).toBe("2026-03-17");
    expect(subject?.history).toHaveLength(1);
    expect(subject?.history[0]).toMatchObject({ water: "problem", followUp: "联系物业修水管。" });
    // A new cadence moves it from the same visit.
    expect(await updateCareSubject(db, officer(), id, careForm({ riskLevel: "key", phone: "", emergencyContactPhone: "" }))).toBe("ok");
    expect((await getCareSubject(db, officer(), id))?.nextVisitDue).toBe("2026-04-09");
    // The phones left empty on the edit are kept.
    expect(await db.select({ phone: careSubjects.phone }).from(careSubjects).where(eq(careSubjects.id, id))).toEqual([{ phone: "13912340001" }]);
  });

  it("show phones masked, in full only after an audited reveal by that user", async () => {
    const added = await addCareSubject(db, officer(), careForm({ name: "隐私测试", phone: "13900001111", emergencyContactPhone: "13700002222" }), now);
    const id = added.status === "ok" ? added.id : 0;
    const masked = await getCareSubject(db, auxiliary(), id, { revealPhones: true });
    expect(masked).toMatchObject({ phoneMasked: "139****1111", phoneFull: null, emergencyPhoneMasked: "137****2222", emergencyPhoneFull: null });
    expect(JSON.stringify(masked)).not.toContain("13900001111");
    expect(await revealCareSubjectPhones(db, auxiliary(), id)).toBe(true);
    expect(await getCareSubject(db, auxiliary(), id, { revealPhones: true })).toMatchObject({ phoneFull: "13900001111", emergencyPhoneFull: "13700002222" });
    // Without asking (the URL's flag), or for someone else, still masked.
    expect((await getCareSubject(db, auxiliary(), id))?.phoneFull).toBeNull();
    expect((await getCareSubject(db, officer(), id, { revealPhones: true }))?.phoneFull).toBeNull();
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.targetType, "care_subject"), eq(auditLog.targetId, String(id)), eq(auditLog.action, "field.reveal_phone")));
    expect(audits.map((a) => a.actorId)).toEqual([auxiliary().id]);
  });

  it("are seen only by their community's officers and auxiliaries and the chief", async () => {
    const added = await addCareSubject(db, auxiliary(), careForm({ name: "范围测试" }), now);
    const id = added.status === "ok" ? added.id : 0;
    expect(await getCareSubject(db, staff["chief"]!, id)).not.toBeNull();
    expect((await getCareSubject(db, staff["chief"]!, id, { revealPhones: true }))?.canReveal).toBe(false);
    for (const user of outsiders()) {
      expect(await getCareSubject(db, user, id)).toBeNull();
      expect(await revealCareSubjectPhones(db, user, id)).toBe(false);
      expect(await updateCareSubject(db, user, id, careForm())).toBe("not_found");
      expect(await closeCareSubject(db, user, id, "搬走了", now)).toBe("not_found");
      expect((await listCareSubjects(db, user, { view: "all", today })).rows.some((r) => r.id === id)).toBe(false);
    }
    expect(await addCareSubject(db, staff["mediator"]!, careForm(), now)).toEqual({ status: "not_allowed" });
  });

  it("overdue ones remind the community's officers once per missed visit", async () => {
    const added = await addCareSubject(db, officer(), careForm({ name: "逾期测试", riskLevel: "high" }), shanghaiInstant("2026-02-01", "10:00"));
    const id = added.status === "ok" ? added.id : 0;
    expect((await listCareSubjects(db, officer(), { view: "overdue", today })).rows.some((r) => r.id === id)).toBe(true);
    await remindOverdueCareVisits(db, now);
    await remindOverdueCareVisits(db, now);
    const sent = await db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.careSubjectId, id));
    expect(sent).toEqual([{ userId: officer().id }]);
    expect((await listNotifications(db, officer())).rows.some((n) => n.careSubjectId === id && n.kind === "care_visit_overdue")).toBe(true);
    expect((await listNotifications(db, staff["officer.fenglin"]!)).rows.some((n) => n.careSubjectId === id)).toBe(false);
    expect(await countUnread(db, officer())).toBeGreaterThan(0);
  });
});

describe("hazards", () => {
  it("go from finding to a verified rectification, the notice and verification by a sworn officer, rectified only with a proof photo", async () => {
    const reported = await reportHazard(db, auxiliary(), hazardForm(), now);
    const id = reported.status === "ok" ? reported.id : 0;
    const hazard = await getHazard(db, officer(), id, { now });
    expect(hazard).toMatchObject({ status: "found", assigneeName: null, clock: { serveBy: "2026-03-13", noticeLate: false, daysLeft: 7 } });
    expect(await moveHazard(db, auxiliary(), id, "notice_served", "", now)).toBe("not_allowed");
    expect(await moveHazard(db, officer(), id, "verified", "看过了", now)).toBe("bad_step");
    expect(await moveHazard(db, officer(), id, "notice_served", "", now)).toBe("ok");
    expect(await moveHazard(db, officer(), id, "notice_served", "", now)).toBe("bad_step");
    expect(await moveHazard(db, auxiliary(), id, "rectifying", "", now)).toBe("ok");
    expect(await moveHazard(db, auxiliary(), id, "rectified", "已清理", now)).toBe("proof_missing");
    expect(await db.transaction((tx) => addFieldPhotos(tx, auxiliary(), { kind: "hazard", id, purpose: "proof" }, [photo]))).toBe("ok");
    expect(await moveHazard(db, auxiliary(), id, "rectified", "已清理", now)).toBe("ok");
    expect(await moveHazard(db, auxiliary(), id, "verified", "复查合格", now)).toBe("not_allowed");
    expect(await handOverHazard(db, officer(), id, { authority: "fire_brigade", receiver: "青石消防站 张站长", day: today, note: "" }, now)).toBe("ok");
    expect(await moveHazard(db, officer(), id, "verified", "复查合格", now)).toBe("ok");
    const events = (await getHazard(db, officer(), id, { now }))!.events.map((e) => e.type);
    expect(events).toEqual(["found", "notice_served", "rectifying", "rectified", "handed_over", "verified"]);
    // A verified hazard takes no more proof.
    expect(await addFieldPhotos(db, officer(), { kind: "hazard", id, purpose: "proof" }, [photo])).toBe("not_found");
  });

  it("keep their clocks by the injected time: notice due on the third working day, deadline tomorrow, overdue, escalated, each reminded once", async () => {
    const found = await reportHazard(db, officer(), hazardForm({ deadline: "2026-03-20" }), shanghaiInstant("2026-03-05", "16:00"));
    const soon = await reportHazard(db, officer(), hazardForm({ deadline: "2026-03-11" }), shanghaiInstant("2026-03-02", "10:00"));
    const late = await reportHazard(db, officer(), hazardForm({ deadline: "2026-03-10" }), shanghaiInstant("2026-03-01", "10:00"));
    const ids = [found, soon, late].map((r) => (r.status === "ok" ? r.id : 0));
    await moveHazard(db, officer(), ids[1]!, "notice_served", "", now);
    await moveHazard(db, officer(), ids[2]!, "notice_served", "", now);
    // Found on Thursday: Friday, Monday, Tuesday — the notice is due today.
    expect(noticeServeBy(shanghaiInstant("2026-03-05", "16:00"))).toBe("2026-03-10");

    const remindersOf = async (id: number) =>
      (await db.select({ kind: notifications.kind }).from(notifications).where(eq(notifications.hazardId, id))).map((n) => n.kind).sort();
    for (let run = 0; run < 2; run++) await remindHazardDeadlines(db, now);
    expect(await remindersOf(ids[0]!)).toEqual(["hazard_notice_due"]);
    expect(await remindersOf(ids[1]!)).toEqual(["hazard_deadline_soon"]);
    expect(await remindersOf(ids[2]!)).toEqual(["hazard_deadline_soon"]);

    // The day after its deadline: overdue; three working days later: escalated, to the chief too.
    await remindHazardDeadlines(db, shanghaiInstant("2026-03-11", "09:00"));
    expect(await remindersOf(ids[2]!)).toEqual(["hazard_deadline_soon", "hazard_overdue"]);
    expect((await listHazards(db, officer(), { view: "overdue", today: "2026-03-11" })).rows.some((h) => h.id === ids[2])).toBe(true);
    expect(addWorkingDays("2026-03-10", 3)).toBe("2026-03-13");
    await remindHazardDeadlines(db, shanghaiInstant("2026-03-13", "09:00"));
    expect((await db.select({ status: hazards.status }).from(hazards).where(eq(hazards.id, ids[2]!)))[0]?.status).toBe("notice_served");
    for (let run = 0; run < 2; run++) await remindHazardDeadlines(db, shanghaiInstant("2026-03-16", "09:00"));
    expect((await db.select({ status: hazards.status }).from(hazards).where(eq(hazards.id, ids[2]!)))[0]?.status).toBe("escalated");
    const escalations = await db
      .select({ userId: notifications.userId })
      .from(notifications)
      .where(and(eq(notifications.hazardId, ids[2]!), eq(notifications.kind, "hazard_escalated")));
    expect(escalations.map((e) => e.userId).sort()).toEqual([officer().id, staff["chief"]!.id].sort());
    expect(await db.select({ n: count() }).from(hazardEvents).where(and(eq(hazardEvents.hazardId, ids[2]!), eq(hazardEvents.type, "escalated")))).toEqual([{ n: 1 }]);
  });

  it("show the responsible party's phone masked until an audited reveal, and are not found outside their community", async () => {
    const reported = await reportHazard(db, officer(), hazardForm({ responsiblePhone: "13655556666" }), now);
    const id = reported.status === "ok" ? reported.id : 0;
    expect(await getHazard(db, officer(), id, { revealPhone: true, now })).toMatchObject({ phoneMasked: "136****6666", phoneFull: null });
    expect(await revealHazardPhone(db, officer(), id)).toBe(true);
    expect((await getHazard(db, officer(), id, { revealPhone: true, now }))?.phoneFull).toBe("13655556666");
    for (const user of outsiders()) {
      expect(await getHazard(db, user, id, { now })).toBeNull();
      expect(await moveHazard(db, user, id, "notice_served", "", now)).toBe("not_found");
      expect(await handOverHazard(db, user, id, { authority: "other", receiver: "某人", day: today, note: "" }, now)).toBe("not_found");
      expect(await revealHazardPhone(db, user, id)).toBe(false);
      expect(await addFieldPhotos(db, user, { kind: "hazard", id, purpose: "finding" }, [photo])).toBe("not_found");
      expect((await listHazards(db, user, { view: "all", today })).rows.some((h) => h.id === id)).toBe(false);
    }
    expect((await listHazards(db, staff["chief"]!, { view: "all", today })).rows.some((h) => h.id === id)).toBe(true);
  });
});

describe("retention", () => {
  it("removes a care subject's personal details a year after they left the care list, and keeps the visits as counts", async () => {
    const added = await addCareSubject(db, officer(), careForm({ name: "保留期测试" }), now);
    const id = added.status === "ok" ? added.id : 0;
    await closeCareSubject(db, officer(), id, "已搬离本社区", shanghaiInstant("2024-12-01", "10:00"));
    const recent = await addCareSubject(db, officer(), careForm({ name: "刚移出" }), now);
    await closeCareSubject(db, officer(), recent.status === "ok" ? recent.id : 0, "已搬离", now);
    const result = await purgeFieldWork(db);
    expect(result.careSubjectsPurged).toBeGreaterThanOrEqual(1);
    const [purged] = await db.select().from(careSubjects).where(eq(careSubjects.id, id));
    expect(purged).toMatchObject({ name: "", phone: null, emergencyContactName: "", emergencyContactPhone: null, address: "", notes: "" });
    expect(purged?.purgedAt).not.toBeNull();
    const [kept] = await db.select({ name: careSubjects.name }).from(careSubjects).where(eq(careSubjects.id, recent.status === "ok" ? recent.id : 0));
    expect(kept?.name).toBe("刚移出");
  });
});
