import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  bookSlot,
  cancelBooking,
  ensureSlots,
  getBookingOfRequest,
  listOpenSlots,
  type BookResult,
} from "@/db/queries/appointments";
import {
  getSlotTemplate,
  listSlotTemplates,
  listTemplateOfficers,
  listTemplateServices,
  saveSlotTemplate,
  setSlotTemplateActive,
} from "@/db/queries/slot-templates";
import { appointmentBookings, appointmentSlots, appointmentTemplates, auditLog, communities, services } from "@/db/schema";
import { canCreateSlotTemplates, canEditSlotTemplate, seesSlotTemplates, slotTemplateScope, type StaffUser } from "@/lib/authz";
import { MAX_WINDOW_DAYS, slotTemplateSchema, type SlotTemplateInput } from "@/lib/validation/slot-templates";
import { shanghaiInstant } from "@/lib/calendar-day";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};
let communityId: number;

// Monday 7 January 2030, 08:00 in Beijing.
const at = (day: string, time: string) => shanghaiInstant(day, time);
const now = at("2030-01-07", "08:00");

const guide = { "zh-CN": "", en: "" };
async function makeService(slug: string, appointment = true): Promise<number> {
  const [row] = await db
    .insert(services)
    .values({
      slug,
      category: "household",
      name: { "zh-CN": `测试事项 ${slug}`, en: `Test service ${slug}` },
      guide: { purpose: guide, eligibility: guide, materials: { "zh-CN": [], en: [] }, steps: { "zh-CN": [], en: [] }, timeLimit: guide, fee: guide, whereWhen: guide },
      appointment,
    })
    .returning({ id: services.id });
  return row!.id;
}

/** A valid template as the schema outputs it; override what a test is about. */
function rule(serviceId: number, over: Partial<SlotTemplateInput> = {}): SlotTemplateInput {
  return {
    id: null,
    serviceId,
    officerId: null,
    weekdays: [1, 2, 3, 4, 5],
    startTime: "09:00",
    endTime: "11:30",
    slotMinutes: 30,
    capacity: 3,
    windowDays: 7,
    minNoticeHours: 12,
    ...over,
  };
}

async function saved(result: Awaited<ReturnType<typeof saveSlotTemplate>>) {
  if (result.status !== "saved") throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result;
}

let phoneSeq = 0;
const newPhone = () => `137${String(20_000_000 + phoneSeq++).padStart(8, "0")}`;

/** Books as the server action does: its own transaction, committed whatever the answer. */
function book(slotId: number, when = now, phone = newPhone()): Promise<BookResult> {
  return db.transaction((tx) =>
    bookSlot(
      tx,
      { slotId, communityId, residentName: "测试居民", residentPhone: phone, locale: "zh-CN", repeatKey: `r-${randomUUID()}`, clientKey: `c-${randomUUID()}`, addressKey: `a-${randomUUID()}` },
      when,
    ),
  );
}

async function bookedId(result: BookResult): Promise<string> {
  if (result.status !== "stored") throw new Error(`not stored: ${JSON.stringify(result)}`);
  return (await requestByCode(db, result.referenceCode)).id;
}

function slotsOf(templateId: number) {
  return db.select().from(appointmentSlots).where(eq(appointmentSlots.templateId, templateId)).orderBy(asc(appointmentSlots.startsAt));
}

async function slotAt(templateId: number, startsAt: Date) {
  const [slot] = await db
    .select()
    .from(appointmentSlots)
    .where(and(eq(appointmentSlots.templateId, templateId), eq(appointmentSlots.startsAt, startsAt)));
  return slot ?? null;
}

const clock = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

async function auditOf(templateId: number) {
  return db
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "appointment_template"), eq(auditLog.targetId, String(templateId))))
    .orderBy(asc(auditLog.id));
}

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["admin", "chief", "officer.liuyin", "officer.fenglin", "aux.liuyin", "mediator"]) staff[login] = await staffByLogin(db, login);
  [{ id: communityId }] = (await db.select({ id: communities.id }).from(communities).limit(1)) as [{ id: number }];
});
afterAll(() => test?.close());

describe("the editor's validation", () => {
  const form = {
    id: "",
    serviceId: "3",
    officerId: "",
    weekday1: "on",
    weekday3: "on",
    startTime: "09:00",
    endTime: "11:30",
    slotMinutes: "30",
    capacity: "3",
    windowDays: "7",
    minNoticeHours: "12",
  };
  const issues = (over: Record<string, string | undefined>) => {
    const parsed = slotTemplateSchema.safeParse({ ...form, ...over });
    return parsed.success ? [] : parsed.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
  };

  it("reads a form as a rule: ticked weekdays, times as HH:MM, numbers, the hall as no officer", () => {
    expect(slotTemplateSchema.parse({ ...form, startTime: "9:00", endTime: "11:30:00", officerId: "12", id: "4" })).toEqual({
      id: 4,
      serviceId: 3,
      officerId: 12,
      weekdays: [1, 3],
      startTime: "09:00",
      endTime: "11:30",
      slotMinutes: 30,
      capacity: 3,
      windowDays: 7,
      minNoticeHours: 12,
    });
    expect(slotTemplateSchema.parse(form).officerId).toBeNull();
  });

  it("wants at least one weekday, a service and real times", () => {
    expect(issues({ weekday1: undefined, weekday3: undefined })).toEqual(["weekdays:slotTemplates.validation.weekdaysRequired"]);
    expect(issues({ serviceId: "" })).toEqual(["serviceId:slotTemplates.validation.serviceRequired"]);
    expect(issues({ startTime: "25:00" })).toEqual(["startTime:slotTemplates.validation.timeInvalid"]);
    expect(issues({ endTime: "" })).toEqual(["endTime:slotTemplates.validation.timeInvalid"]);
    expect(issues({ officerId: "x" })).toEqual(["officerId:slotTemplates.validation.officerInvalid"]);
  });

  it("wants the end after the start, and a slot that fits at least once", () => {
    expect(issues({ endTime: "09:00" })).toEqual(["endTime:slotTemplates.validation.endBeforeStart"]);
    expect(issues({ startTime: "14:00", endTime: "09:00" })).toEqual(["endTime:slotTemplates.validation.endBeforeStart"]);
    expect(issues({ slotMinutes: "180" })).toEqual(["slotMinutes:slotTemplates.validation.slotTooLong"]);
    expect(issues({ endTime: "09:30", slotMinutes: "30" })).toEqual([]);
  });

  it("keeps slot length 5–240, capacity 1–50, window 1–MAX_WINDOW_DAYS working days, notice 0–168 h", () => {
    const wide = { startTime: "06:00", endTime: "22:00" };
    expect(issues({ ...wide, slotMinutes: "4" })).toEqual(["slotMinutes:slotTemplates.validation.slotMinutesRange"]);
    expect(issues({ ...wide, slotMinutes: "5" })).toEqual([]);
    expect(issues({ ...wide, slotMinutes: "240" })).toEqual([]);
    expect(issues({ ...wide, slotMinutes: "241" })).toEqual(["slotMinutes:slotTemplates.validation.slotMinutesRange"]);
    expect(issues({ capacity: "0" })).toEqual(["capacity:slotTemplates.validation.capacityRange"]);
    expect(issues({ capacity: "50" })).toEqual([]);
    expect(issues({ capacity: "51" })).toEqual(["capacity:slotTemplates.validation.capacityRange"]);
    expect(issues({ capacity: "2.5" })).toEqual(["capacity:slotTemplates.validation.capacityRange"]);
    expect(issues({ windowDays: "0" })).toEqual(["windowDays:slotTemplates.validation.windowRange"]);
    expect(issues({ windowDays: String(MAX_WINDOW_DAYS) })).toEqual([]);
    expect(issues({ windowDays: String(MAX_WINDOW_DAYS + 1) })).toEqual(["windowDays:slotTemplates.validation.windowRange"]);
    expect(issues({ minNoticeHours: "0" })).toEqual([]);
    expect(issues({ minNoticeHours: "168" })).toEqual([]);
    expect(issues({ minNoticeHours: "169" })).toEqual(["minNoticeHours:slotTemplates.validation.noticeRange"]);
    expect(issues({ minNoticeHours: "-1" })).toEqual(["minNoticeHours:slotTemplates.validation.noticeRange"]);
  });

  it("reports every bad field at once, and nothing malformed throws", () => {
    expect(issues({ weekday1: undefined, weekday3: undefined, capacity: "0", endTime: "08:00" })).toEqual([
      "weekdays:slotTemplates.validation.weekdaysRequired",
      "capacity:slotTemplates.validation.capacityRange",
      "endTime:slotTemplates.validation.endBeforeStart",
    ]);
    expect(slotTemplateSchema.safeParse("garbage").success).toBe(false);
    expect(slotTemplateSchema.safeParse({ ...form, capacity: "\u0000" }).success).toBe(false);
  });
});

describe("who may see and change templates", () => {
  const user = (role: StaffUser["role"], id = 7): StaffUser => ({ id, role, stationId: 1, communityId: 1, name: "测试" });

  it("the administrator edits every template, the chief only looks, an officer edits their own", () => {
    expect(slotTemplateScope(user("admin"))).toEqual({ kind: "all" });
    expect(slotTemplateScope(user("chief"))).toEqual({ kind: "all" });
    expect(slotTemplateScope(user("officer", 7))).toEqual({ kind: "officer", officerId: 7 });
    for (const role of ["auxiliary", "mediator"] as const) {
      expect(seesSlotTemplates(user(role))).toBe(false);
      expect(canCreateSlotTemplates(user(role))).toBe(false);
    }
    expect(canEditSlotTemplate(user("admin"), { officerId: null })).toBe(true);
    expect(canEditSlotTemplate(user("admin"), { officerId: 3 })).toBe(true);
    expect(canEditSlotTemplate(user("chief"), { officerId: null })).toBe(false);
    expect(canEditSlotTemplate(user("officer", 7), { officerId: 7 })).toBe(true);
    expect(canEditSlotTemplate(user("officer", 7), { officerId: 8 })).toBe(false);
    expect(canEditSlotTemplate(user("officer", 7), { officerId: null })).toBe(false);
    expect(canEditSlotTemplate(user("auxiliary", 7), { officerId: 7 })).toBe(false);
  });

  it("lists all templates for the administrator and the chief (read-only), an officer's own for them, none for others", async () => {
    const serviceId = await makeService("tpl-visibility");
    const hall = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId), now));
    const liuyin = await saved(await saveSlotTemplate(db, staff["officer.liuyin"]!, rule(serviceId, { officerId: staff["officer.liuyin"]!.id }), now));

    const forAdmin = (await listSlotTemplates(db, staff.admin!, now))!;
    // The seed's station-hall templates are there too.
    expect(forAdmin.length).toBeGreaterThanOrEqual(6);
    expect(forAdmin.filter((r) => [hall.id, liuyin.id].includes(r.id)).map((r) => r.editable)).toEqual([true, true]);
    const forChief = (await listSlotTemplates(db, staff.chief!, now))!;
    expect(forChief.map((r) => r.id)).toEqual(forAdmin.map((r) => r.id));
    expect(forChief.every((r) => !r.editable)).toBe(true);

    // An officer sees their own (the seed gives each community officer office hours for registrations), no one else's.
    const own = (await listSlotTemplates(db, staff["officer.liuyin"]!, now))!;
    expect(own.map((r) => r.id)).toContain(liuyin.id);
    expect(own.every((r) => r.officerId === staff["officer.liuyin"]!.id)).toBe(true);
    const colleague = (await listSlotTemplates(db, staff["officer.fenglin"]!, now))!;
    expect(colleague.map((r) => r.id)).not.toContain(liuyin.id);
    expect(colleague.every((r) => r.officerId === staff["officer.fenglin"]!.id)).toBe(true);
    expect(await listSlotTemplates(db, staff["aux.liuyin"]!, now)).toBeNull();
    expect(await listSlotTemplates(db, staff.mediator!, now)).toBeNull();

    expect(await getSlotTemplate(db, staff["officer.fenglin"]!, liuyin.id, now)).toBeNull();
    expect(await getSlotTemplate(db, staff["officer.liuyin"]!, hall.id, now)).toBeNull();
    expect((await getSlotTemplate(db, staff.chief!, liuyin.id, now))?.officerName).toBe("贺文川");
    expect(await getSlotTemplate(db, staff.admin!, 2_147_483_648, now)).toBeNull();
  });

  it("offers services that take appointments, and officers and auxiliaries (an officer: only themselves)", async () => {
    const closed = await makeService("tpl-no-appointments", false);
    const choices = await listTemplateServices(db);
    expect(choices.some((s) => s.id === closed)).toBe(false);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const officers = await listTemplateOfficers(db, staff.admin!);
    expect(officers.map((o) => o.role).sort()).toEqual(expect.arrayContaining(["auxiliary", "officer"]));
    expect(officers.some((o) => o.id === staff.chief!.id || o.id === staff.mediator!.id)).toBe(false);
    expect((await listTemplateOfficers(db, staff["officer.liuyin"]!)).map((o) => o.id)).toEqual([staff["officer.liuyin"]!.id]);
    expect(await listTemplateOfficers(db, staff.chief!)).toEqual([]);
  });
});

describe("creating a template", () => {
  it("makes its slots at once, bookable under its rule, and audits who did it", async () => {
    const serviceId = await makeService("tpl-create");
    const result = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { weekdays: [2, 4], startTime: "14:00", endTime: "15:00", slotMinutes: 20 }), now));
    expect(result.created).toBe(true);
    expect(result.slots.added).toBeGreaterThan(0);
    const open = await listOpenSlots(db, serviceId, now);
    // Tuesdays and Thursdays within 7 working days: the 8th, 10th, 15th; three 20-minute slots each.
    expect(open.map((s) => `${s.startsAt.toISOString().slice(0, 10)} ${clock(s.startsAt)}`)).toEqual(
      ["2030-01-08", "2030-01-10", "2030-01-15"].flatMap((d) => ["14:00", "14:20", "14:40"].map((c) => `${d} ${c}`)),
    );
    expect(open.every((s) => s.remaining === 3)).toBe(true);
    const [entry] = await auditOf(result.id);
    expect(entry).toMatchObject({ action: "slot_templates.create", actorId: staff.admin!.id });
    expect(entry!.details).toMatchObject({ rule: { weekdays: [2, 4], startTime: "14:00", slotMinutes: 20 }, slots: { removed: 0, keptBooked: 0 } });
  });

  it("lets an officer make templates for themselves only, never for the hall or a colleague", async () => {
    const serviceId = await makeService("tpl-officer");
    const me = staff["officer.liuyin"]!;
    const own = await saved(await saveSlotTemplate(db, me, rule(serviceId, { officerId: me.id }), now));
    expect((await listOpenSlots(db, serviceId, now))[0]!.officerName).toBe("贺文川");
    expect(await saveSlotTemplate(db, me, rule(serviceId), now)).toEqual({ status: "invalid", fieldErrors: { officerId: ["slotTemplates.validation.officerNotYours"] } });
    expect(await saveSlotTemplate(db, me, rule(serviceId, { officerId: staff["officer.fenglin"]!.id }), now)).toMatchObject({ status: "invalid" });
    // Nor move their own to a colleague, nor touch a colleague's.
    expect(await saveSlotTemplate(db, me, rule(serviceId, { id: own.id, officerId: staff["officer.fenglin"]!.id }), now)).toMatchObject({ status: "invalid" });
    const theirs = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { officerId: staff["officer.fenglin"]!.id }), now));
    expect(await saveSlotTemplate(db, me, rule(serviceId, { id: theirs.id, officerId: me.id }), now)).toEqual({ status: "not_found" });
    expect(await setSlotTemplateActive(db, me, theirs.id, false, now)).toEqual({ status: "not_found" });
    // The chief looks but does not change.
    expect(await saveSlotTemplate(db, staff.chief!, rule(serviceId), now)).toEqual({ status: "not_found" });
    expect(await saveSlotTemplate(db, staff.chief!, rule(serviceId, { id: theirs.id }), now)).toEqual({ status: "not_found" });
  });

  it("refuses a service that takes no appointments and someone who is not an officer or auxiliary", async () => {
    const closed = await makeService("tpl-closed", false);
    const open = await makeService("tpl-open");
    expect(await saveSlotTemplate(db, staff.admin!, rule(closed), now)).toEqual({
      status: "invalid",
      fieldErrors: { serviceId: ["slotTemplates.validation.serviceNotBookable"] },
    });
    expect(await saveSlotTemplate(db, staff.admin!, rule(999_999), now)).toMatchObject({ fieldErrors: { serviceId: ["slotTemplates.validation.serviceNotBookable"] } });
    for (const login of ["chief", "mediator", "admin"]) {
      expect(await saveSlotTemplate(db, staff.admin!, rule(open, { officerId: staff[login]!.id }), now)).toEqual({
        status: "invalid",
        fieldErrors: { officerId: ["slotTemplates.validation.officerInvalid"] },
      });
    }
    expect(await saveSlotTemplate(db, staff.admin!, rule(open, { officerId: 999_999 }), now)).toMatchObject({ status: "invalid" });
    expect(await saved(await saveSlotTemplate(db, staff.admin!, rule(open, { officerId: staff["aux.liuyin"]!.id }), now))).toMatchObject({ created: true });
    expect(await saveSlotTemplate(db, staff.admin!, rule(open, { id: 999_999 }), now)).toEqual({ status: "not_found" });
  });
});

describe("changing a template", () => {
  it("makes future unbooked slots again from the new rule and leaves booked ones, and the past, as they were", async () => {
    const serviceId = await makeService("tpl-change");
    const template = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId), now));
    // Last week's slots, in the past by now.
    await ensureSlots(db, { from: at("2029-12-31", "08:00"), days: 7, templateId: template.id, refill: true });
    const past = await db
      .select()
      .from(appointmentSlots)
      .where(and(eq(appointmentSlots.templateId, template.id), lte(appointmentSlots.startsAt, now)));
    expect(past.length).toBe(25);

    const nine = (await slotAt(template.id, at("2030-01-08", "09:00")))!;
    const first = await bookedId(await book(nine.id));
    const second = await bookedId(await book(nine.id));
    // A booking made and cancelled: its slot holds no seat but is still referred to.
    const halfPast = (await slotAt(template.id, at("2030-01-08", "09:30")))!;
    const cancelled = await bookedId(await book(halfPast.id));
    expect(await cancelBooking(db, await grantFor(db, cancelled), now)).toBe("ok");

    const change = await saved(
      await saveSlotTemplate(db, staff.admin!, rule(serviceId, { id: template.id, startTime: "14:00", endTime: "15:00", slotMinutes: 20, capacity: 1 }), now),
    );
    expect(change.created).toBe(false);
    expect(change.slots.keptBooked).toBe(1);
    expect(change.slots.added).toBeGreaterThan(0);

    // The booked 09:00 slot stays, closed at the two seats taken; both bookings stand.
    const kept = (await slotAt(template.id, nine.startsAt))!;
    expect(kept).toMatchObject({ id: nine.id, booked: 2, capacity: 2, endsAt: nine.endsAt });
    for (const id of [first, second]) expect((await getBookingOfRequest(db, await grantFor(db, id), now))).toMatchObject({ status: "booked", startsAt: nine.startsAt });
    // The cancelled one's slot stays (the booking refers to it) but offers no seat.
    expect(await slotAt(template.id, halfPast.startsAt)).toMatchObject({ booked: 0, capacity: 0 });
    expect(await slotAt(template.id, at("2030-01-08", "10:00"))).toBeNull();

    // The picker offers the new times only, with the new seats.
    const open = await listOpenSlots(db, serviceId, now);
    const fresh = open.filter((s) => s.id !== nine.id);
    expect(new Set(fresh.map((s) => clock(s.startsAt)))).toEqual(new Set(["14:00", "14:20", "14:40"]));
    expect(fresh.every((s) => s.remaining === 1)).toBe(true);
    expect(open.find((s) => s.id === nine.id)?.remaining).toBe(0);
    expect(open.some((s) => s.id === halfPast.id)).toBe(false);

    // The past is left alone.
    const pastAfter = await db
      .select()
      .from(appointmentSlots)
      .where(and(eq(appointmentSlots.templateId, template.id), lte(appointmentSlots.startsAt, now)));
    expect(pastAfter).toEqual(past);

    const entries = await auditOf(template.id);
    expect(entries.at(-1)).toMatchObject({
      action: "slot_templates.update",
      actorId: staff.admin!.id,
      details: {
        changed: ["startTime", "endTime", "slotMinutes", "capacity"],
        before: { startTime: "09:00", endTime: "11:30", slotMinutes: 30, capacity: 3 },
        slots: { keptBooked: 1 },
      },
    });
  });

  it("never gives a booked slot fewer seats than are taken when capacity is lowered, and gives it more when raised", async () => {
    const serviceId = await makeService("tpl-capacity");
    const template = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { capacity: 5 }), now));
    const slot = (await slotAt(template.id, at("2030-01-09", "10:00")))!;
    for (let i = 0; i < 4; i++) await bookedId(await book(slot.id));

    await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { id: template.id, capacity: 2 }), now));
    expect(await slotAt(template.id, slot.startsAt)).toMatchObject({ id: slot.id, booked: 4, capacity: 4 });
    const others = (await slotsOf(template.id)).filter((s) => s.id !== slot.id && s.startsAt > now);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((s) => s.capacity === 2 && s.booked === 0)).toBe(true);
    expect((await book(slot.id)).status).toBe("full");

    await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { id: template.id, capacity: 6 }), now));
    expect(await slotAt(template.id, slot.startsAt)).toMatchObject({ id: slot.id, booked: 4, capacity: 6 });
    expect((await book(slot.id)).status).toBe("stored");
  });

  it("keeps every slot within its capacity while people book during changes", async () => {
    const serviceId = await makeService("tpl-race");
    const template = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId, { capacity: 4 }), now));
    const targets = (await listOpenSlots(db, serviceId, now)).slice(0, 3).map((s) => s.id);
    const bookings = Array.from({ length: 30 }, (_, i) => book(targets[i % 3]!).catch((e: Error) => ({ status: `error: ${e.message}` })));
    const changes = [1, 2, 5].map((capacity) =>
      db.transaction((tx) => saveSlotTemplate(tx, staff.admin!, rule(serviceId, { id: template.id, capacity }), now)),
    );
    const results = await Promise.all(bookings);
    expect((await Promise.all(changes)).every((r) => r.status === "saved")).toBe(true);
    expect(results.filter((r) => r.status.startsWith("error"))).toEqual([]);
    expect(results.every((r) => ["stored", "full", "unavailable"].includes(r.status))).toBe(true);

    const counts = await db
      .select({
        id: appointmentSlots.id,
        booked: appointmentSlots.booked,
        capacity: appointmentSlots.capacity,
        bookings: sql<number>`(select count(*) from ${appointmentBookings} where ${appointmentBookings.slotId} = ${appointmentSlots.id} and ${appointmentBookings.status} = 'booked')`.mapWith(Number),
      })
      .from(appointmentSlots)
      .where(eq(appointmentSlots.templateId, template.id));
    expect(counts.every((c) => c.booked <= c.capacity && c.booked === c.bookings)).toBe(true);
    expect(counts.reduce((n, c) => n + c.bookings, 0)).toBe(results.filter((r) => r.status === "stored").length);
  });
});

describe("deactivating a template", () => {
  it("stops new bookings, keeps the existing ones, and opens again when reactivated", async () => {
    const serviceId = await makeService("tpl-deactivate");
    const template = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId), now));
    const slot = (await slotAt(template.id, at("2030-01-10", "09:30")))!;
    const booking = await bookedId(await book(slot.id));
    const another = (await slotAt(template.id, at("2030-01-10", "10:00")))!;

    const off = await saved(await setSlotTemplateActive(db, staff.admin!, template.id, false, now));
    expect(off.slots).toMatchObject({ keptBooked: 1, added: 0 });
    expect(await listOpenSlots(db, serviceId, now)).toEqual([]);
    expect((await book(slot.id)).status).toBe("unavailable");
    expect(await getBookingOfRequest(db, await grantFor(db, booking), now)).toMatchObject({ status: "booked", startsAt: slot.startsAt });
    expect(await slotAt(template.id, slot.startsAt)).toMatchObject({ booked: 1 });
    expect(await slotAt(template.id, another.startsAt)).toBeNull();
    expect((await getSlotTemplate(db, staff.admin!, template.id, now))!.active).toBe(false);

    const on = await saved(await setSlotTemplateActive(db, staff.admin!, template.id, true, now));
    expect(on.slots.added).toBeGreaterThan(0);
    const open = await listOpenSlots(db, serviceId, now);
    expect(open.find((s) => s.id === slot.id)?.remaining).toBe(2);
    expect((await book(open.find((s) => s.id !== slot.id)!.id)).status).toBe("stored");
    expect((await auditOf(template.id)).map((e) => e.action)).toEqual(["slot_templates.create", "slot_templates.deactivate", "slot_templates.activate"]);
  });

  it("cannot reactivate a template whose service no longer takes appointments", async () => {
    const serviceId = await makeService("tpl-service-closed");
    const template = await saved(await saveSlotTemplate(db, staff.admin!, rule(serviceId), now));
    await saved(await setSlotTemplateActive(db, staff.admin!, template.id, false, now));
    await db.update(services).set({ appointment: false }).where(eq(services.id, serviceId));
    expect(await setSlotTemplateActive(db, staff.admin!, template.id, true, now)).toEqual({
      status: "invalid",
      fieldErrors: { serviceId: ["slotTemplates.validation.serviceNotBookable"] },
    });
    const [row] = await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.id, template.id));
    expect(row!.active).toBe(false);
    // Still, it can be deactivated (already is) and seen.
    expect((await listSlotTemplates(db, staff.admin!, now))!.find((r) => r.id === template.id)).toMatchObject({ active: false, serviceBookable: false });
    expect(await db.select().from(appointmentSlots).where(and(eq(appointmentSlots.templateId, template.id), gt(appointmentSlots.startsAt, now)))).toEqual([]);
  });
});
