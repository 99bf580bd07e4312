import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  bookSlot,
  cancelBooking,
  ensureSlots,
  getBookingOfRequest,
  listBookingChoices,
  listDayBookings,
  listOpenSlots,
  markAttendance,
  noShowBlockedUntil,
  personKeyOf,
  rescheduleBooking,
  type BookResult,
} from "@/db/queries/appointments";
import { appointmentBookings, appointmentSlots, appointmentTemplates, communities, requests, services, users } from "@/db/schema";
import { seedAppointmentTemplates } from "@/db/seed-appointments";
import { changeRequestStatus, listQueue, replyToRequest } from "@/db/queries/queue";
import { addResidentFollowUp, getPublicTimeline, rateRequest, reopenByResident } from "@/db/queries/tracking";
import { calendarEvent } from "@/lib/ics";
import { shanghaiInstant } from "@/lib/calendar-day";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;
let hallService: number;
let officerService: number;
let communityId: number;

// Monday 7 January 2030, 08:00 in Beijing.
const monday = shanghaiInstant("2030-01-07", "08:00");
const at = (day: string, time: string) => shanghaiInstant(day, time);

const guide = { "zh-CN": "", en: "" };
async function makeService(slug: string): Promise<number> {
  const [row] = await db
    .insert(services)
    .values({
      slug,
      category: "household",
      name: { "zh-CN": `测试事项 ${slug}`, en: `Test service ${slug}` },
      guide: { purpose: guide, eligibility: guide, materials: { "zh-CN": [], en: [] }, steps: { "zh-CN": [], en: [] }, timeLimit: guide, fee: guide, whereWhen: guide },
      appointment: true,
    })
    .returning({ id: services.id });
  return row!.id;
}

let phoneSeq = 0;
const newPhone = () => `139${String(10_000_000 + phoneSeq++).padStart(8, "0")}`;

/** Books as the server action does: its own transaction, committed whatever the answer. */
function book(slotId: number, phone = newPhone(), now = monday): Promise<BookResult> {
  return db.transaction((tx) =>
    bookSlot(
      tx,
      { slotId, communityId, residentName: "测试居民", residentPhone: phone, locale: "zh-CN", repeatKey: `r-${randomUUID()}`, clientKey: `c-${randomUUID()}`, addressKey: `a-${randomUUID()}` },
      now,
    ),
  );
}

async function slotAt(serviceId: number, startsAt: Date) {
  const [slot] = await db
    .select()
    .from(appointmentSlots)
    .where(and(eq(appointmentSlots.serviceId, serviceId), eq(appointmentSlots.startsAt, startsAt)));
  if (!slot) throw new Error(`no slot at ${startsAt.toISOString()}`);
  return slot;
}

async function stored(result: BookResult) {
  if (result.status !== "stored") throw new Error(`not stored: ${JSON.stringify(result)}`);
  const request = await requestByCode(db, result.referenceCode);
  return { ...result, id: request.id };
}

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  [{ id: communityId }] = (await db.select({ id: communities.id }).from(communities).limit(1)) as [{ id: number }];
  hallService = await makeService("test-hall");
  officerService = await makeService("test-officer");
  const [officer] = await db.select({ id: users.id }).from(users).where(eq(users.login, "officer.liuyin"));
  await db.insert(appointmentTemplates).values([
    { serviceId: hallService, weekdays: [1, 2, 3, 4, 5], startTime: "09:00", endTime: "11:30", slotMinutes: 30, capacity: 3, windowDays: 7, minNoticeHours: 12 },
    // Wednesdays only, with one officer, bookable three working days ahead with a day's notice.
    { serviceId: officerService, officerId: officer!.id, weekdays: [3], startTime: "14:00", endTime: "15:00", slotMinutes: 20, capacity: 1, windowDays: 3, minNoticeHours: 24 },
  ]);
  await ensureSlots(db, { from: monday, days: 21 });
});

afterAll(async () => {
  await test.close();
});

describe("slot generation", () => {
  it("makes each template's slots on its weekdays only, once however often it runs", async () => {
    const hall = await db.select().from(appointmentSlots).where(eq(appointmentSlots.serviceId, hallService));
    // 15 weekdays × 09:00, 09:30, 10:00, 10:30, 11:00 (the last ends at 11:30)
    expect(hall).toHaveLength(75);
    expect(new Set(hall.map((s) => s.startsAt.getUTCDay()))).toEqual(new Set([1, 2, 3, 4, 5]));
    const wednesdays = await db.select().from(appointmentSlots).where(eq(appointmentSlots.serviceId, officerService));
    expect(wednesdays.map((s) => s.startsAt.toISOString()).slice(0, 3)).toEqual([
      at("2030-01-09", "14:00").toISOString(),
      at("2030-01-09", "14:20").toISOString(),
      at("2030-01-09", "14:40").toISOString(),
    ]);
    expect(await ensureSlots(db, { from: monday, days: 21 })).toBe(0);
  });

  it("writes nothing when every template's slots reach the end of the range; a refill remakes a missing one", async () => {
    const gap = await slotAt(hallService, at("2030-01-22", "10:00"));
    await db.delete(appointmentSlots).where(eq(appointmentSlots.id, gap.id));
    expect(await ensureSlots(db, { from: monday, days: 21 })).toBe(0);
    expect(await ensureSlots(db, { from: monday, days: 21, refill: true })).toBe(1);
    // The window moving on by a day: the new day's slots are made (here, of the seeded templates too).
    expect(await ensureSlots(db, { from: monday, days: 22 })).toBeGreaterThanOrEqual(5);
    expect((await slotAt(hallService, at("2030-01-28", "11:00"))).booked).toBe(0);
  });

  it("lists slots from the minimum notice up to the window's last working day, with seats left", async () => {
    const open = await listOpenSlots(db, hallService, monday);
    // 12 hours' notice rules out Monday; 7 working days reach Wednesday the 16th.
    expect(open[0]!.startsAt).toEqual(at("2030-01-08", "09:00"));
    expect(open.at(-1)!.startsAt).toEqual(at("2030-01-16", "11:00"));
    expect(open).toHaveLength(7 * 5);
    expect(open.every((s) => s.remaining === 3)).toBe(true);

    // A day's notice at Tuesday 14:30 leaves Wednesday 14:40; three working days end on Friday, before the next Wednesday.
    const officer = await listOpenSlots(db, officerService, at("2030-01-08", "14:30"));
    expect(officer.map((s) => s.startsAt.toISOString())).toEqual([at("2030-01-09", "14:40").toISOString()]);
  });
});

describe("booking", () => {
  it("gives the last seat of a slot to exactly one of fifty people booking at once; the others hear it is full", async () => {
    const slot = await slotAt(hallService, at("2030-01-08", "09:00"));
    await db.update(appointmentSlots).set({ booked: 2 }).where(eq(appointmentSlots.id, slot.id));
    const results = await Promise.all(Array.from({ length: 50 }, () => book(slot.id)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === "stored")).toHaveLength(1);
    expect(statuses.filter((s) => s === "full")).toHaveLength(49);
    const [after] = await db.select().from(appointmentSlots).where(eq(appointmentSlots.id, slot.id));
    expect(after!.booked).toBe(3);
    expect(await db.select().from(appointmentBookings).where(eq(appointmentBookings.slotId, slot.id))).toHaveLength(1);
  });

  it("stores the booking as a request with the service and time, a reference code and a secret", async () => {
    const result = await stored(await book((await slotAt(hallService, at("2030-01-08", "10:00"))).id));
    const request = await requestByCode(db, result.referenceCode);
    expect(request.kind).toBe("appointment");
    expect(request.details).toEqual({ service: "测试事项 test-hall", slot: "2030-01-08 10:00–10:30" });
    expect(request.residentName).toBe("测试居民");
    expect(result.secret.length).toBeGreaterThan(20);
  });

  it("takes one booking per person, service and day", async () => {
    const phone = newPhone();
    await stored(await book((await slotAt(hallService, at("2030-01-09", "09:00"))).id, phone));
    expect((await book((await slotAt(hallService, at("2030-01-09", "10:00"))).id, phone)).status).toBe("already_booked");
    // Another day is fine, and the refused attempt took no seat.
    expect((await book((await slotAt(hallService, at("2030-01-10", "10:00"))).id, phone)).status).toBe("stored");
    expect((await slotAt(hallService, at("2030-01-09", "10:00"))).booked).toBe(0);
  });

  it("refuses a slot outside the window or the notice", async () => {
    expect((await book((await slotAt(hallService, at("2030-01-07", "10:00"))).id)).status).toBe("unavailable");
    expect((await book((await slotAt(hallService, at("2030-01-21", "10:00"))).id)).status).toBe("unavailable");
  });
});

describe("changing a booking", () => {
  it("reschedules to another slot, freeing the old seat", async () => {
    const from = await slotAt(hallService, at("2030-01-14", "09:00"));
    const to = await slotAt(hallService, at("2030-01-15", "11:00"));
    const booking = await stored(await book(from.id));
    expect(await rescheduleBooking(db, await grantFor(db, booking.id), to.id, "zh-CN", monday)).toBe("ok");
    expect((await slotAt(hallService, from.startsAt)).booked).toBe(0);
    expect((await slotAt(hallService, to.startsAt)).booked).toBe(1);
    expect((await getBookingOfRequest(db, await grantFor(db, booking.id), monday))!.startsAt).toEqual(to.startsAt);
    expect((await requestByCode(db, booking.referenceCode)).details.slot).toBe("2030-01-15 11:00–11:30");
  });

  it("refuses to move into a full slot", async () => {
    const full = await slotAt(hallService, at("2030-01-08", "09:00"));
    const booking = await stored(await book((await slotAt(hallService, at("2030-01-14", "09:30"))).id));
    expect(await rescheduleBooking(db, await grantFor(db, booking.id), full.id, "zh-CN", monday)).toBe("full");
  });

  it("cancels until the day before, not on the day", async () => {
    const slot = await slotAt(hallService, at("2030-01-14", "10:30"));
    const early = await stored(await book(slot.id));
    const late = await stored(await book(slot.id));
    expect(await cancelBooking(db, await grantFor(db, late.id), at("2030-01-14", "07:00"))).toBe("too_late");
    expect(await cancelBooking(db, await grantFor(db, early.id), at("2030-01-13", "23:00"))).toBe("ok");
    expect(await cancelBooking(db, await grantFor(db, early.id), at("2030-01-13", "23:00"))).toBe("not_allowed");
    expect((await slotAt(hallService, slot.startsAt)).booked).toBe(1);
    expect((await requestByCode(db, early.referenceCode)).status).toBe("resolved");
  });
});

describe("an appointment's own states", () => {
  const chief = () => staffByLogin(db, "chief");
  const queueRow = async (id: string) => (await listQueue(db, await chief(), { view: "all" })).rows.find((r) => r.id === id);
  const outcomes = async (id: string) =>
    (await getPublicTimeline(db, await grantFor(db, id)))!.events.filter((e) => e.type === "appointment" || e.type === "status_change").map((e) => e.data?.appointment ?? `status:${e.toStatus}`);

  it("awaits no answer: due at its booked time, in the queue as booked, neither unanswered nor overdue", async () => {
    const slot = await slotAt(hallService, at("2030-01-15", "09:30"));
    const booking = await stored(await book(slot.id));
    expect((await requestByCode(db, booking.referenceCode)).dueAt).toEqual(slot.startsAt);
    expect(await queueRow(booking.id)).toMatchObject({ bookingStatus: "booked", unanswered: false, overdue: false, dueAt: slot.startsAt });
    // The resident's tracking page gets no answer time to show, and the timeline says what was booked.
    expect(await outcomes(booking.id)).toEqual(["booked"]);
    expect((await getPublicTimeline(db, await grantFor(db, booking.id)))!.events[0]!.data).toEqual({ appointment: "booked", day: "2030-01-15", start: "09:30", end: "10:00" });
  });

  it("is cancelled, not resolved: the timeline says so, and there is nothing to rate or reopen", async () => {
    const booking = await stored(await book((await slotAt(hallService, at("2030-01-15", "10:00"))).id));
    expect(await cancelBooking(db, await grantFor(db, booking.id), monday)).toBe("ok");
    expect(await outcomes(booking.id)).toEqual(["booked", "cancelled"]);
    const timeline = (await getPublicTimeline(db, await grantFor(db, booking.id)))!;
    expect(timeline).toMatchObject({ bookingStatus: "cancelled", ratable: false, reopenableUntil: null });
    expect(await rateRequest(db, await grantFor(db, booking.id), 5, "")).toBe("not_allowed");
    expect(await reopenByResident(db, await grantFor(db, booking.id))).toBe("not_allowed");
    expect(await addResidentFollowUp(db, await grantFor(db, booking.id), "我还想来")).toBe("not_allowed");
    expect(await queueRow(booking.id)).toMatchObject({ bookingStatus: "cancelled", unanswered: false });
  });

  it("puts a move on the timeline with the new time, and is due at the new time", async () => {
    const to = await slotAt(hallService, at("2030-01-16", "09:30"));
    const booking = await stored(await book((await slotAt(hallService, at("2030-01-15", "10:30"))).id));
    expect(await rescheduleBooking(db, await grantFor(db, booking.id), to.id, "zh-CN", monday)).toBe("ok");
    const events = (await getPublicTimeline(db, await grantFor(db, booking.id)))!.events.filter((e) => e.type === "appointment");
    expect(events.map((e) => e.data)).toEqual([
      { appointment: "booked", day: "2030-01-15", start: "10:30", end: "11:00" },
      { appointment: "rescheduled", day: "2030-01-16", start: "09:30", end: "10:00" },
    ]);
    expect((await requestByCode(db, booking.referenceCode)).dueAt).toEqual(to.startsAt);
  });

  it("may be rated once attended, not when missed; staff mark it on the day view, not by status or reply", async () => {
    const staff = await chief();
    const attended = await stored(await book((await slotAt(hallService, at("2030-01-15", "11:00"))).id));
    const missed = await stored(await book((await slotAt(hallService, at("2030-01-15", "11:00"))).id));
    expect(await changeRequestStatus(db, staff, attended.id, "resolved")).toBe("not_allowed");
    expect(await replyToRequest(db, staff, attended.id, "请带好身份证。")).toBe(true);
    expect((await requestByCode(db, attended.referenceCode)).status).toBe("submitted");

    expect(await markAttendance(db, staff, attended.id, "attended", at("2030-01-15", "12:00"))).toBe("ok");
    expect(await markAttendance(db, staff, missed.id, "no_show", at("2030-01-15", "12:00"))).toBe("ok");
    expect(await outcomes(attended.id)).toEqual(["booked", "attended"]);
    expect(await outcomes(missed.id)).toEqual(["booked", "no_show"]);
    expect((await getPublicTimeline(db, await grantFor(db, attended.id)))!).toMatchObject({ status: "resolved", ratable: true, reopenableUntil: null });
    expect((await getPublicTimeline(db, await grantFor(db, missed.id)))!).toMatchObject({ status: "resolved", ratable: false });
    expect(await rateRequest(db, await grantFor(db, missed.id), 1, "")).toBe("not_allowed");
    expect(await rateRequest(db, await grantFor(db, attended.id), 5, "很快")).toBe("ok");
  });
});

describe("booking from an officer's page", () => {
  it("offers the officer's own times where they have a slot rule, and the station hall's bookable services", async () => {
    // 贺文川 keeps Wednesday afternoons for the test service (above) and the seeded registration hours.
    const withRules = await listBookingChoices(db, "he-wenchuan");
    expect(withRules.withOfficer.map((s) => s.slug)).toEqual(["test-officer", "residence-registration", "rental-registration"]);
    expect(withRules.withOfficer[0]!.hours).toEqual([{ weekdays: [3], startTime: "14:00", endTime: "15:00" }]);
    expect(withRules.withOfficer[1]!.hours).toEqual([{ weekdays: [2, 4], startTime: "14:30", endTime: "17:00" }]);
    expect(withRules.atHall.map((s) => s.slug)).toEqual(expect.arrayContaining(["residence-permit", "household-move-out", "cancel-registration", "test-hall"]));
    // An officer's rule is not the hall's, nor a colleague's.
    expect(withRules.atHall.map((s) => s.slug)).not.toContain("test-officer");
    expect((await listBookingChoices(db, "tu-zhiheng")).withOfficer.map((s) => s.slug)).toEqual(["residence-registration", "rental-registration"]);

    const without = await listBookingChoices(db, "zhong-liqun");
    expect(without.withOfficer).toEqual([]);
    expect(without.atHall).toEqual(withRules.atHall);
  });
});

describe("no-shows", () => {
  it("two no-shows within 30 days block online booking until 30 days after the second, then release", async () => {
    const phone = newPhone();
    const first = await stored(await book((await slotAt(hallService, at("2030-01-11", "09:00"))).id, phone));
    const second = await stored(await book((await slotAt(hallService, at("2030-01-14", "11:00"))).id, phone));
    const [chief] = await db.select().from(users).where(eq(users.login, "chief"));
    const staff = { id: chief!.id, role: chief!.role, stationId: chief!.stationId, communityId: chief!.communityId, name: chief!.name };
    expect(await markAttendance(db, staff, first.id, "no_show", monday)).toBe("not_yet");
    expect(await markAttendance(db, staff, first.id, "no_show", at("2030-01-11", "12:00"))).toBe("ok");
    expect(await markAttendance(db, staff, second.id, "no_show", at("2030-01-14", "12:00"))).toBe("ok");

    const slot = await slotAt(hallService, at("2030-01-16", "09:00"));
    expect(await book(slot.id, phone)).toEqual({ status: "blocked", until: "2030-02-13" });
    // The same dates moved into the past (as if time had passed): released after the period.
    await db.update(appointmentBookings).set({ day: "2029-11-01" }).where(eq(appointmentBookings.requestId, first.id));
    await db.update(appointmentBookings).set({ day: "2029-11-20" }).where(eq(appointmentBookings.requestId, second.id));
    expect((await book(slot.id, phone)).status).toBe("stored");
  });
});

describe("no-shows, with the clock", () => {
  const chief = async () => {
    const [row] = await db.select().from(users).where(eq(users.login, "chief"));
    return { id: row!.id, role: row!.role, stationId: row!.stationId, communityId: row!.communityId, name: row!.name };
  };

  it("blocks from the second no-show until 30 days after it, and releases on that day", async () => {
    const phone = newPhone();
    const first = await stored(await book((await slotAt(hallService, at("2030-01-15", "10:30"))).id, phone));
    const second = await stored(await book((await slotAt(hallService, at("2030-01-16", "10:30"))).id, phone));
    const staff = await chief();
    expect(await markAttendance(db, staff, first.id, "no_show", at("2030-01-15", "12:00"))).toBe("ok");
    const key = personKeyOf(phone);
    // One no-show alone blocks nothing.
    expect(await noShowBlockedUntil(db, key, at("2030-01-15", "13:00"))).toBeNull();
    expect(await markAttendance(db, staff, second.id, "no_show", at("2030-01-16", "12:00"))).toBe("ok");
    expect(await noShowBlockedUntil(db, key, at("2030-01-16", "13:00"))).toBe("2030-02-15");
    expect(await noShowBlockedUntil(db, key, at("2030-02-14", "23:59"))).toBe("2030-02-15");
    expect(await noShowBlockedUntil(db, key, at("2030-02-15", "00:00"))).toBeNull();

    // The same through booking: refused with the date the day before, booked on the day.
    await ensureSlots(db, { from: at("2030-02-11", "08:00"), days: 14 });
    const monday = (await slotAt(hallService, at("2030-02-18", "09:00"))).id;
    expect(await book(monday, phone, at("2030-02-14", "08:00"))).toEqual({ status: "blocked", until: "2030-02-15" });
    expect((await slotAt(hallService, at("2030-02-18", "09:00"))).booked).toBe(0);
    expect((await book(monday, phone, at("2030-02-15", "08:00"))).status).toBe("stored");
  });

  it("does not block for two no-shows more than 30 days apart", async () => {
    const phone = newPhone();
    const staff = await chief();
    const first = await stored(await book((await slotAt(hallService, at("2030-01-15", "09:00"))).id, phone));
    expect(await markAttendance(db, staff, first.id, "no_show", at("2030-01-15", "12:00"))).toBe("ok");
    await ensureSlots(db, { from: at("2030-02-11", "08:00"), days: 14 });
    const later = await stored(await book((await slotAt(hallService, at("2030-02-19", "09:30"))).id, phone, at("2030-02-15", "08:00")));
    expect(await markAttendance(db, staff, later.id, "no_show", at("2030-02-19", "12:00"))).toBe("ok");
    expect(await noShowBlockedUntil(db, personKeyOf(phone), at("2030-02-19", "13:00"))).toBeNull();
  });
});

describe("staff day view", () => {
  it("lists the day's bookings by time for staff who work a queue, station-hall ones for all of them", async () => {
    const [aux] = await db.select().from(users).where(eq(users.login, "aux.fenglin"));
    const staff = { id: aux!.id, role: aux!.role, stationId: aux!.stationId, communityId: aux!.communityId, name: aux!.name };
    const day = await listDayBookings(db, staff, "2030-01-14");
    expect(day.length).toBeGreaterThan(0);
    expect(day.map((b) => b.startsAt.getTime())).toEqual([...day.map((b) => b.startsAt.getTime())].sort((a, b) => a - b));
    const [mediator] = await db.select().from(users).where(eq(users.login, "mediator"));
    expect(await listDayBookings(db, { id: mediator!.id, role: "mediator", stationId: mediator!.stationId, communityId: null, name: "" }, "2030-01-14")).toEqual([]);
  });

  it("shows an officer's own slots only to staff of that officer's community", async () => {
    const slot = await slotAt(officerService, at("2030-01-09", "14:40"));
    const booking = await stored(await book(slot.id, newPhone(), at("2030-01-08", "08:00")));
    const viewer = async (login: string) => {
      const [u] = await db.select().from(users).where(eq(users.login, login));
      return { id: u!.id, role: u!.role, stationId: u!.stationId, communityId: u!.communityId, name: u!.name };
    };
    const ids = async (login: string) => (await listDayBookings(db, await viewer(login), "2030-01-09")).map((b) => b.requestId);
    expect(await ids("aux.liuyin")).toContain(booking.id);
    expect(await ids("aux.fenglin")).not.toContain(booking.id);
    expect(await markAttendance(db, await viewer("aux.fenglin"), booking.id, "attended", at("2030-01-09", "15:00"))).toBe("not_found");
    const [request] = await db.select().from(requests).where(eq(requests.id, booking.id));
    expect(request!.officerId).not.toBeNull();
  });
});

describe("seed", () => {
  it("gives the station hall's residence-permit and move-in services morning and afternoon templates, once", async () => {
    const ids: number[] = [];
    for (const slug of ["residence-permit", "household-move-in"]) {
      const [found] = await db.select({ id: services.id }).from(services).where(eq(services.slug, slug));
      ids.push(found?.id ?? (await makeService(slug)));
    }
    await seedAppointmentTemplates(db);
    await seedAppointmentTemplates(db);
    const templates = await db.select().from(appointmentTemplates).where(inArray(appointmentTemplates.serviceId, ids));
    expect(templates).toHaveLength(4);
    expect(templates.every((t) => t.capacity === 3 && t.slotMinutes === 30 && t.officerId === null)).toBe(true);
  });
});

describe("calendar file", () => {
  it("is one VEVENT with UID, UTC start and end, summary and location", () => {
    const ics = calendarEvent({
      uid: "7KQ4M9XD@portal.test",
      startsAt: at("2030-01-08", "09:00"),
      endsAt: at("2030-01-08", "09:30"),
      summary: "居住证申领 · 7KQ4M9XD",
      location: "柳荫派出所，幸福路1号; 一楼",
      now: new Date("2030-01-01T00:00:00Z"),
    });
    const lines = ics.split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("BEGIN:VEVENT");
    expect(lines).toContain("UID:7KQ4M9XD@portal.test");
    expect(lines).toContain("DTSTART:20300108T010000Z");
    expect(lines).toContain("DTEND:20300108T013000Z");
    expect(lines).toContain("SUMMARY:居住证申领 · 7KQ4M9XD");
    expect(lines).toContain("LOCATION:柳荫派出所，幸福路1号\\; 一楼");
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });
});
