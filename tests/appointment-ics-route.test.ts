import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { bookSlot, cancelBooking, ensureSlots, listOpenSlots } from "@/db/queries/appointments";
import { appointmentTemplates, communities, services } from "@/db/schema";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { grantFor } from "./support/grants";

let test: TestDb;
vi.mock("@/db", () => ({ getDb: async () => test.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
// The route's words come from the real catalogue, as next-intl would give them on the server.
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages")).catalogues["zh-CN"];
  return { localeFromCookie: async () => "zh-CN", translatorFor: async () => createTranslator({ locale: "zh-CN", messages }) };
});
const { GET } = await import("@/app/api/track/[code]/appointment.ics/route");

const ics = (code: string, k: string) =>
  GET(new Request(`http://portal.test/api/track/${code}/appointment.ics?k=${encodeURIComponent(k)}`), { params: Promise.resolve({ code }) });

let booked: { referenceCode: string; secret: string };

beforeAll(async () => {
  test = await openTestDb();
  const db = test.db;
  const text = { "zh-CN": "", en: "" };
  const [service] = await db
    .insert(services)
    .values({
      slug: "test-ics",
      category: "household",
      name: { "zh-CN": "居住证申领（测试）", en: "Residence permit (test)" },
      guide: { purpose: text, eligibility: text, materials: { "zh-CN": [], en: [] }, steps: { "zh-CN": [], en: [] }, timeLimit: text, fee: text, whereWhen: text },
      appointment: true,
    })
    .returning({ id: services.id });
  await db.insert(appointmentTemplates).values({ serviceId: service!.id, weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: "09:00", endTime: "10:00", slotMinutes: 30, capacity: 2 });
  const now = new Date();
  await ensureSlots(db, { from: now, days: 14 });
  const [slot] = await listOpenSlots(db, service!.id, now);
  const [community] = await db.select({ id: communities.id }).from(communities).limit(1);
  const result = await db.transaction((tx) =>
    bookSlot(tx, { slotId: slot!.id, communityId: community!.id, residentName: "测试", residentPhone: "13900001111", locale: "zh-CN", repeatKey: "ics-r", clientKey: "ics-c", addressKey: "ics-a" }),
  );
  if (result.status !== "stored") throw new Error(result.status);
  booked = result;
});

afterAll(async () => {
  await test.close();
});

describe("GET /api/track/[code]/appointment.ics", () => {
  it("gives the holder of the secret a calendar file with the booked time in UTC", async () => {
    const response = await ics(booked.referenceCode, booked.secret);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`UID:${booked.referenceCode}@`);
    expect(body).toMatch(/\r\nDTSTART:\d{8}T0[13]\d{4}Z\r\n/);
    expect(body).toContain("SUMMARY:居住证申领（测试）");
    // A station-hall booking: the station and its address, in the resident's language.
    expect(body).toContain("\r\nLOCATION:青石派出所，");
  });

  it("answers 404 to a wrong secret, a malformed code, and a cancelled booking", async () => {
    expect((await ics(booked.referenceCode, "x".repeat(43))).status).toBe(404);
    expect((await ics("../../etc", booked.secret)).status).toBe(404);
    const request = await requestByCode(test.db, booked.referenceCode);
    expect(await cancelBooking(test.db, await grantFor(test.db, request.id))).toBe("ok");
    expect((await ics(booked.referenceCode, booked.secret)).status).toBe(404);
  });
});
