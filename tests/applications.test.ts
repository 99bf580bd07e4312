import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  addApplicationDocument,
  answerApplicationQuestion,
  getApplicationForStaff,
  getApplicationOfRequest,
  getApplicationService,
  missingRequiredDocuments,
  moveApplication,
  revealApplicationIdNumbers,
  submitApplication,
  type NewApplication,
} from "@/db/queries/applications";
import { shanghaiInstant } from "@/lib/calendar-day";
import { deliveryEvenings } from "@/lib/delivery-evenings";
import { askForDelivery, getDeliveryOfRequest, listEveningDeliveries, recordDelivery, revealDeliveryPhone } from "@/db/queries/deliveries";
import { changeRequestStatus } from "@/db/queries/queue";
import { getPublicTimeline, reopenByResident } from "@/db/queries/tracking";
import { applications, attachments, auditLog, deliveries, notifications, places, requestEvents, requests } from "@/db/schema";
import { compoundId } from "@/db/seed-places";
import { purgeExpired } from "@/db/retention";
import { preparePhoto, type PreparedPhoto } from "@/lib/uploads/photos";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { communityBySlug, staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
let liuyin: number;
let fenglin: number;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  liuyin = (await communityBySlug(db, "liuyin")).id;
  fenglin = (await communityBySlug(db, "fenglin")).id;
});
afterAll(() => test?.close());

const officer = () => staffByLogin(db, "officer.liuyin");
const auxiliary = () => staffByLogin(db, "aux.liuyin");
const otherOfficer = () => staffByLogin(db, "officer.fenglin");

const RESIDENCE_PERMIT_ANSWERS = {
  address: "柳荫路 18 号 3 幢 502 室",
  livingSince: "2025-06-01",
  basis: "employment",
};

// Each application from its own phone: the per-phone daily limit is not what these tests are about.
let phoneSeq = 0;
const newPhone = () => `139${String(20_000_000 + phoneSeq++).padStart(8, "0")}`;

/** Applies as the server action does (its own transaction), with answers already checked. */
async function apply(overrides: Partial<NewApplication> & { slug?: string } = {}) {
  const service = await getApplicationService(db, overrides.slug ?? "residence-permit");
  if (!service) throw new Error("service not open for online applications");
  const result = await db.transaction((tx) =>
    submitApplication(tx, {
      serviceId: service.id,
      communityId: liuyin,
      residentName: "王小明",
      residentPhone: newPhone(),
      answers: RESIDENCE_PERMIT_ANSWERS,
      idNumbers: { idNumber: "11010519491231002X" },
      note: "",
      locale: "zh-CN",
      repeatKey: `r-${randomUUID()}`,
      clientKey: `c-${randomUUID()}`,
      addressKey: `a-${randomUUID()}`,
      ...overrides,
    }),
  );
  if (result.status !== "stored" && result.status !== "repeated") throw new Error(result.status);
  return { ...result, id: (await requestByCode(db, result.referenceCode)).id };
}

/** The resident sends a photo for each of the residence permit's required documents. */
async function sendDocuments(id: string) {
  for (const field of ["idCardPhoto", "proofPhoto"]) {
    expect(await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, id), field, await documentPhoto()))).toBe("ok");
  }
}

const applicationRow = async (id: string) => (await db.select().from(applications).where(eq(applications.requestId, id)))[0]!;

let photo: PreparedPhoto;
async function documentPhoto(): Promise<PreparedPhoto> {
  if (photo) return photo;
  const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#ddeeff" } }).png().toBuffer();
  const result = await preparePhoto(png);
  if (!("ok" in result)) throw new Error(result.refuse);
  return (photo = result.ok);
}

describe("a resident applying online", () => {
  it("gets a reference code; the answers are stored with the form they answered, the ID number apart", async () => {
    const mine = await apply({ note: "白天上班，晚上在家" });
    const request = await requestByCode(db, mine.referenceCode);
    expect(request).toMatchObject({ kind: "application", status: "submitted", communityId: liuyin, residentName: "王小明" });
    const row = await applicationRow(mine.id);
    expect(row.status).toBe("received");
    expect(row.answers).toEqual(RESIDENCE_PERMIT_ANSWERS);
    expect(JSON.stringify(row.answers)).not.toContain("11010519491231002X");
    expect(row.idNumbers).toEqual({ idNumber: "11010519491231002X" });
    expect(row.form.map((f) => f.name)).toContain("proofPhoto");
  });

  it("keeps no ID number for a service that does not need one, whatever was sent", async () => {
    const birth = await apply({ slug: "birth-registration", answers: { childName: "王贝贝" }, idNumbers: { idNumber: "11010519491231002X" } });
    expect((await applicationRow(birth.id)).idNumbers).toBeNull();
  });

  it("is answered with the first result when the same submission arrives again", async () => {
    const repeatKey = `r-${randomUUID()}`;
    const first = await apply({ repeatKey });
    const again = await apply({ repeatKey });
    expect(again).toMatchObject({ status: "repeated", referenceCode: first.referenceCode, secret: first.secret });
  });

  it("sees the ID number masked on the tracking page", async () => {
    const mine = await apply();
    const view = await getApplicationOfRequest(db, await grantFor(db, mine.id), "zh-CN");
    expect(view?.answers.find((a) => a.type === "id_number")?.value).toBe("110105********002X");
    expect(view?.answers.find((a) => a.name === "basis")?.value).toBe("合法稳定就业");
    expect(view?.documentFields.map((d) => [d.name, d.document])).toEqual([
      ["idCardPhoto", null],
      ["proofPhoto", null],
    ]);
  });

  it("sends a photographed document per field, may replace it, and may not add one the form does not ask for", async () => {
    const mine = await apply();
    const document = await documentPhoto();
    expect(await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, mine.id), "idCardPhoto", document))).toBe("ok");
    expect(await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, mine.id), "idCardPhoto", document))).toBe("ok");
    expect(await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, mine.id), "salarySlip", document))).toBe("not_allowed");
    const stored = await db.select().from(attachments).where(eq(attachments.requestId, mine.id));
    expect(stored.map((a) => a.fieldName)).toEqual(["idCardPhoto"]);
  });
});

describe("staff working an application", () => {
  it("see the ID number masked; a reveal is audited and shows it for a while, to officers only", async () => {
    const mine = await apply();
    const user = await officer();
    const masked = await getApplicationForStaff(db, user, mine.id, "zh-CN", { revealIdNumbers: true });
    expect(masked?.answers.find((a) => a.type === "id_number")?.value).toBe("110105********002X");

    expect(await revealApplicationIdNumbers(db, user, mine.id)).toBe(true);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, mine.id), eq(auditLog.action, "application.reveal_id_number")));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.actorId).toBe(user.id);
    const shown = await getApplicationForStaff(db, user, mine.id, "zh-CN", { revealIdNumbers: true });
    expect(shown?.answers.find((a) => a.type === "id_number")?.value).toBe("11010519491231002X");

    expect(await revealApplicationIdNumbers(db, await auxiliary(), mine.id)).toBe(false);
    const aux = await getApplicationForStaff(db, await auxiliary(), mine.id, "zh-CN", { revealIdNumbers: true });
    expect(aux?.answers.find((a) => a.type === "id_number")?.value).toBe("110105********002X");
  });

  it("cannot see another community's application at all", async () => {
    const mine = await apply();
    expect(await getApplicationForStaff(db, await otherOfficer(), mine.id, "zh-CN")).toBeNull();
    expect(await revealApplicationIdNumbers(db, await otherOfficer(), mine.id)).toBe(false);
    expect(await moveApplication(db, await otherOfficer(), mine.id, "reviewing", "")).toBe("not_found");
  });

  it("ask for more information, the resident answers, and it goes back into review", async () => {
    const mine = await apply();
    const user = await auxiliary();
    expect(await moveApplication(db, user, mine.id, "needs_info", "")).toBe("text_required");
    expect(await moveApplication(db, user, mine.id, "needs_info", "请补充租房合同第二页")).toBe("ok");
    expect(await applicationRow(mine.id)).toMatchObject({ status: "needs_info", question: "请补充租房合同第二页" });
    expect(await requestByCode(db, mine.referenceCode)).toMatchObject({ status: "in_progress", firstResponseAt: expect.any(Date) });

    const before = await db.select().from(notifications).where(and(eq(notifications.requestId, mine.id), eq(notifications.kind, "resident_update")));
    expect(before).toHaveLength(0);
    expect(await answerApplicationQuestion(db, await grantFor(db, mine.id), "第二页已拍照上传，房东电话 13800001111")).toBe("ok");
    // The community's officers hear of the answer (the application has no assignee yet).
    const told = await db.select().from(notifications).where(and(eq(notifications.requestId, mine.id), eq(notifications.kind, "resident_update")));
    expect(told.map((n) => n.userId)).toContain((await officer()).id);
    expect(await applicationRow(mine.id)).toMatchObject({ status: "reviewing", question: null });
    expect(await answerApplicationQuestion(db, await grantFor(db, mine.id), "再说一遍")).toBe("not_allowed");

    const timeline = await getPublicTimeline(db, await grantFor(db, mine.id));
    expect(timeline?.events.map((e) => [e.type, e.data?.applicationStatus ?? null, e.body])).toEqual([
      ["status_change", null, null],
      ["application_step", "needs_info", "请补充租房合同第二页"],
      ["resident_followup", null, "第二页已拍照上传，房东电话 13800001111"],
      ["application_step", "reviewing", null],
    ]);
  });

  it("decide it only as an officer: an auxiliary may not mark it ready or refuse it", async () => {
    const mine = await apply();
    expect(await moveApplication(db, await auxiliary(), mine.id, "ready_for_collection", "")).toBe("not_allowed");
    expect(await moveApplication(db, await auxiliary(), mine.id, "refused", "材料不全")).toBe("not_allowed");
    expect((await getApplicationForStaff(db, await auxiliary(), mine.id, "zh-CN"))?.nextSteps).toEqual(["reviewing", "needs_info"]);
    await sendDocuments(mine.id);
    expect(await moveApplication(db, await officer(), mine.id, "ready_for_collection", "")).toBe("ok");
  });

  it("warns before marking it ready while a required document is missing, and goes ahead once confirmed", async () => {
    const mine = await apply();
    const user = await officer();
    await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, mine.id), "idCardPhoto", await documentPhoto()));
    const before = await db.select().from(requestEvents).where(eq(requestEvents.requestId, mine.id));
    for (const to of ["ready_for_collection", "ready_for_delivery"] as const) {
      expect(await moveApplication(db, user, mine.id, to, "")).toBe("documents_missing");
    }
    // Nothing changed, and what is missing can be named.
    expect((await applicationRow(mine.id)).status).toBe("received");
    expect(await db.select().from(requestEvents).where(eq(requestEvents.requestId, mine.id))).toHaveLength(before.length);
    expect((await missingRequiredDocuments(db, user, mine.id)).map((label) => label["zh-CN"])).toEqual(["租房合同、房产证或工作证明照片"]);
    // Other steps need no documents.
    expect(await moveApplication(db, user, mine.id, "reviewing", "")).toBe("ok");

    expect(await moveApplication(db, user, mine.id, "ready_for_collection", "", { missingDocumentsConfirmed: true })).toBe("ok");
    expect((await applicationRow(mine.id)).status).toBe("ready_for_collection");
  });

  it("marks it ready without asking once every required document is in (optional ones may be missing)", async () => {
    const mine = await apply();
    await sendDocuments(mine.id);
    expect(await missingRequiredDocuments(db, await officer(), mine.id)).toEqual([]);
    expect(await moveApplication(db, await officer(), mine.id, "ready_for_delivery", "")).toBe("ok");
  });

  it("cannot skip steps, set the request's status by hand, or move a decided application", async () => {
    const mine = await apply();
    const user = await officer();
    expect(await moveApplication(db, user, mine.id, "completed", "")).toBe("not_allowed");
    expect(await changeRequestStatus(db, user, mine.id, "resolved")).toBe("not_allowed");
    expect(await moveApplication(db, user, mine.id, "refused", "")).toBe("text_required");
    expect(await moveApplication(db, user, mine.id, "refused", "不符合居住证申领条件：居住未满半年")).toBe("ok");
    expect(await moveApplication(db, user, mine.id, "reviewing", "")).toBe("not_allowed");
    expect(await requestByCode(db, mine.referenceCode)).toMatchObject({ status: "resolved", resolvedAt: expect.any(Date) });
    expect(await getApplicationOfRequest(db, await grantFor(db, mine.id), "zh-CN")).toMatchObject({ status: "refused", refusalReason: "不符合居住证申领条件：居住未满半年" });
    // Decided is decided: the resident applies again rather than reopening it, and sends no more documents.
    expect(await reopenByResident(db, await grantFor(db, mine.id))).toBe("not_allowed");
    expect(await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, mine.id), "idCardPhoto", await documentPhoto()))).toBe("not_allowed");
  });
});

describe("evening doorstep delivery", () => {
  // Tuesday 1 December 2026.
  const tuesdayMorning = shanghaiInstant("2026-12-01", "10:00");

  it("offers the next five weekday evenings, today's only before the afternoon cut-off", () => {
    expect(deliveryEvenings(tuesdayMorning)).toEqual(["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-07"]);
    expect(deliveryEvenings(shanghaiInstant("2026-12-01", "16:00"))[0]).toBe("2026-12-02");
    expect(deliveryEvenings(shanghaiInstant("2026-12-05", "10:00"))[0]).toBe("2026-12-07");
  });

  async function readyApplication() {
    const mine = await apply();
    await sendDocuments(mine.id);
    expect(await moveApplication(db, await officer(), mine.id, "ready_for_collection", "")).toBe("ok");
    return mine;
  }
  const ask = async (id: string, day = "2026-12-02", community = liuyin, compound = "柳荫小区") =>
    askForDelivery(db, await grantFor(db, id), { day, placeId: await compoundId(db, community, compound), address: "3 幢 1 单元 502 室" }, tuesdayMorning);

  it("can be asked for only once the certificate is ready, for an offered evening, in the station's area", async () => {
    const early = await apply();
    expect(await ask(early.id)).toBe("not_allowed");
    const ready = await readyApplication();
    expect(await ask(ready.id, "2026-12-05")).toBe("bad_day");
    expect(await askForDelivery(db, await grantFor(db, ready.id), { day: "2026-12-02", placeId: 999_999, address: "1 幢" }, tuesdayMorning)).toBe("bad_compound");
    // A building is not a compound: the resident chooses the compound and writes the building.
    const [building] = await db.select({ id: places.id }).from(places).where(eq(places.kind, "building")).limit(1);
    expect(await askForDelivery(db, await grantFor(db, ready.id), { day: "2026-12-02", placeId: building!.id, address: "1 单元" }, tuesdayMorning)).toBe("bad_compound");
    expect((await applicationRow(ready.id)).status).toBe("ready_for_collection");
    expect(await ask(ready.id)).toBe("ok");
    expect((await applicationRow(ready.id)).status).toBe("ready_for_delivery");
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ day: "2026-12-02", windowStart: "18:30", windowEnd: "20:30", status: "scheduled" });
  });

  it("takes no more deliveries for a community's evening than one round can carry", async () => {
    const [a, b, c] = [await readyApplication(), await readyApplication(), await readyApplication()];
    const placeId = await compoundId(db, fenglin, "枫林新村");
    const askWithCap = async (id: string) => askForDelivery(db, await grantFor(db, id), { day: "2026-12-03", placeId, address: "1 幢" }, tuesdayMorning, 2);
    expect(await askWithCap(a.id)).toBe("ok");
    expect(await askWithCap(b.id)).toBe("ok");
    expect(await askWithCap(c.id)).toBe("evening_full");
    // Moving one's own delivery within the same evening does not count it twice.
    expect(await askWithCap(a.id)).toBe("ok");
  });

  it("keeps one scheduled delivery per application when the resident changes the evening", async () => {
    const ready = await readyApplication();
    expect(await ask(ready.id, "2026-12-02")).toBe("ok");
    expect(await ask(ready.id, "2026-12-03")).toBe("ok");
    const rows = await db.select().from(deliveries).where(eq(deliveries.requestId, ready.id));
    expect(rows.map((r) => [r.day, r.status]).sort()).toEqual([
      ["2026-12-02", "cancelled"],
      ["2026-12-03", "scheduled"],
    ]);
  });

  it("lists an evening's round for the officers of the community it goes to, by community and compound", async () => {
    const a = await readyApplication();
    const b = await readyApplication();
    const c = await readyApplication();
    await ask(a.id, "2026-12-04", liuyin, "柳荫小区");
    await ask(b.id, "2026-12-04", liuyin, "桂花苑");
    await ask(c.id, "2026-12-04", fenglin, "枫林新村");
    // Only these three (the demo station's own delivery may fall on any evening).
    const mine = new Set([a.id, b.id, c.id]);
    const roundOf = async (login: string) =>
      (await listEveningDeliveries(db, await staffByLogin(db, login), "2026-12-04", "zh-CN")).filter((d) => mine.has(d.requestId));
    const round = await roundOf("officer.liuyin");
    expect(round.map((d) => d.compound)).toEqual(["柳荫小区", "桂花苑"].sort());
    expect(round[0]).toMatchObject({ window: "18:30–20:30", serviceName: "居住证申领", phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/) });
    expect((await roundOf("officer.fenglin")).map((d) => d.compound)).toEqual(["枫林新村"]);
    expect(await roundOf("chief")).toHaveLength(3);
  });

  it("records delivered with the recipient's name, completing the application, once", async () => {
    const ready = await readyApplication();
    await ask(ready.id, "2026-12-07");
    const [delivery] = await db.select().from(deliveries).where(and(eq(deliveries.requestId, ready.id), eq(deliveries.status, "scheduled")));
    // At the door, that evening.
    const atTheDoor = shanghaiInstant("2026-12-07", "19:10");
    expect(await recordDelivery(db, await otherOfficer(), delivery!.id, { outcome: "delivered", recipientName: "王小明" }, atTheDoor)).toBe("not_found");
    expect(await recordDelivery(db, await auxiliary(), delivery!.id, { outcome: "delivered", recipientName: "王小明的母亲" }, atTheDoor)).toBe("ok");
    expect(await recordDelivery(db, await auxiliary(), delivery!.id, { outcome: "delivered", recipientName: "又一次" }, atTheDoor)).toBe("not_found");
    expect((await applicationRow(ready.id)).status).toBe("completed");
    expect(await requestByCode(db, ready.referenceCode)).toMatchObject({ status: "resolved" });
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ status: "delivered", recipientName: "王小明的母亲" });
    const timeline = await getPublicTimeline(db, await grantFor(db, ready.id));
    expect(timeline?.events.at(-2)).toMatchObject({ type: "delivery", data: { delivery: "delivered", recipient: "王小明的母亲" } });
  });

  it("records delivered only on that evening, from a little before the window to midnight, Beijing time", async () => {
    const ready = await readyApplication();
    await ask(ready.id, "2026-12-03");
    const [delivery] = await db.select().from(deliveries).where(and(eq(deliveries.requestId, ready.id), eq(deliveries.status, "scheduled")));
    const user = await officer();
    const delivered = (day: string, time: string) =>
      recordDelivery(db, user, delivery!.id, { outcome: "delivered", recipientName: "王小明" }, shanghaiInstant(day, time));
    expect(await delivered("2026-12-03", "05:31")).toBe("too_early");
    expect(await delivered("2026-12-02", "19:00")).toBe("too_early");
    expect(await delivered("2026-12-03", "17:59")).toBe("too_early");
    expect(await delivered("2026-12-04", "00:00")).toBe("too_late");
    expect(await delivered("2026-12-04", "09:00")).toBe("too_late");
    // Refused times change nothing.
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ status: "scheduled" });
    expect((await applicationRow(ready.id)).status).toBe("ready_for_delivery");
    expect(await delivered("2026-12-03", "23:59")).toBe("ok");
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ status: "delivered" });
  });

  it("may be noted as missed later, e.g. the next morning", async () => {
    const ready = await readyApplication();
    await ask(ready.id, "2026-12-03");
    const [delivery] = await db.select().from(deliveries).where(and(eq(deliveries.requestId, ready.id), eq(deliveries.status, "scheduled")));
    expect(await recordDelivery(db, await officer(), delivery!.id, { outcome: "missed", note: "无人应门" }, shanghaiInstant("2026-12-04", "08:30"))).toBe("ok");
  });

  it("shows the round's phones masked until the officer reveals one, which is audited and lasts a while", async () => {
    const ready = await readyApplication();
    expect(await ask(ready.id, "2026-12-04")).toBe("ok");
    const round = async (login: string, revealPhones: boolean) =>
      (await listEveningDeliveries(db, await staffByLogin(db, login), "2026-12-04", "zh-CN", { revealPhones })).find((d) => d.requestId === ready.id);
    const phone = (await requestByCode(db, ready.referenceCode)).residentPhone!;
    // Asking the page is not enough without the audited reveal.
    expect(await round("officer.liuyin", true)).toMatchObject({ phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/), phoneFull: null });

    expect(await revealDeliveryPhone(db, await officer(), ready.id)).toBe(true);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.targetId, ready.id), eq(auditLog.action, "request.reveal_phone")))).toEqual([
      expect.objectContaining({ actorId: (await officer()).id }),
    ]);
    expect(await round("officer.liuyin", true)).toMatchObject({ phoneFull: phone });
    expect(await round("officer.liuyin", false)).toMatchObject({ phoneFull: null });
    // Each staff member reveals for themselves; an auxiliary on the round may, another community's officer may not.
    expect(await round("aux.liuyin", true)).toMatchObject({ phoneFull: null });
    expect(await revealDeliveryPhone(db, await auxiliary(), ready.id)).toBe(true);
    expect(await round("aux.liuyin", true)).toMatchObject({ phoneFull: phone });
    expect(await revealDeliveryPhone(db, await otherOfficer(), ready.id)).toBe(false);
    expect(await revealDeliveryPhone(db, await otherOfficer(), "not-a-uuid")).toBe(false);
    expect(JSON.stringify(await listEveningDeliveries(db, await otherOfficer(), "2026-12-04", "zh-CN", { revealPhones: true }))).not.toContain(phone);
  });

  it("offers the address and community given in the application before the first delivery is asked for", async () => {
    const ready = await readyApplication();
    expect((await getApplicationOfRequest(db, await grantFor(db, ready.id), "zh-CN"))?.deliveryPrefill).toEqual({ communityId: liuyin, address: "柳荫路 18 号 3 幢 502 室" });
  });

  it("leaves the round when the resident collects it at the station instead", async () => {
    const ready = await readyApplication();
    await ask(ready.id, "2026-12-04");
    expect(await moveApplication(db, await officer(), ready.id, "completed", "")).toBe("ok");
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toBeNull();
    expect((await listEveningDeliveries(db, await officer(), "2026-12-04", "zh-CN")).map((d) => d.requestId)).not.toContain(ready.id);
  });

  it("records a missed delivery and lets the resident choose another evening", async () => {
    const ready = await readyApplication();
    await ask(ready.id, "2026-12-02");
    const [delivery] = await db.select().from(deliveries).where(and(eq(deliveries.requestId, ready.id), eq(deliveries.status, "scheduled")));
    expect(await recordDelivery(db, await officer(), delivery!.id, { outcome: "missed", note: "家中无人，电话未接" })).toBe("ok");
    expect((await applicationRow(ready.id)).status).toBe("ready_for_delivery");
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ status: "missed" });
    expect(await ask(ready.id, "2026-12-03")).toBe("ok");
    expect(await getDeliveryOfRequest(db, await grantFor(db, ready.id))).toMatchObject({ status: "scheduled", day: "2026-12-03" });
  });
});

it("forgets an application's answers, ID numbers, documents and delivery address with its contact details", async () => {
  const old = await apply();
  await db.transaction(async (tx) => addApplicationDocument(tx, await grantFor(tx, old.id), "idCardPhoto", await documentPhoto()));
  await moveApplication(db, await officer(), old.id, "ready_for_collection", "", { missingDocumentsConfirmed: true });
  await askForDelivery(db, await grantFor(db, old.id), { day: deliveryEvenings(new Date())[0]!, placeId: await compoundId(db, liuyin, "柳荫小区"), address: "3 幢 502" });
  await db.update(requests).set({ status: "resolved", resolvedAt: new Date(Date.now() - 800 * 86_400_000) }).where(eq(requests.id, old.id));
  const recent = await apply();

  const result = await purgeExpired(db);
  expect(result.applicationsCleared).toBeGreaterThanOrEqual(1);
  expect(await applicationRow(old.id)).toMatchObject({ answers: {}, idNumbers: null });
  expect(await db.select().from(attachments).where(eq(attachments.requestId, old.id))).toHaveLength(0);
  expect((await db.select().from(deliveries).where(eq(deliveries.requestId, old.id))).map((d) => d.address)).toEqual([""]);
  expect((await applicationRow(recent.id)).idNumbers).toEqual({ idNumber: "11010519491231002X" });
});
