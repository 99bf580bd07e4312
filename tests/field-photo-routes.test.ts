import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/authz";
import { fieldPhotos, visits } from "@/db/schema";
import { openTestDb, type TestDb } from "./support/db";
import { staffByLogin } from "./support/staff";

// The routes as the server runs them, on a test database and with the session of whoever is `signedIn`.
let test: TestDb;
let signedIn: StaffUser | null = null;
vi.mock("@/db", () => ({ getDb: async () => test.db }));
vi.mock("@/server/auth", () => ({ currentStaff: async () => signedIn }));
vi.mock("@/lib/i18n/server", () => ({ localeFromCookie: async () => "zh-CN", translatorFor: async () => (key: string) => key }));
const upload = await import("@/app/api/field/photos/route");
const download = await import("@/app/api/field/photos/[id]/route");

const staff: Record<string, StaffUser> = {};
let visitId: number;
let jpeg: Buffer;

beforeAll(async () => {
  test = await openTestDb();
  for (const login of ["officer.liuyin", "officer.fenglin", "aux.fenglin", "mediator", "chief"]) staff[login] = await staffByLogin(test.db, login);
  const [visit] = await test.db.select({ id: visits.id }).from(visits).where(eq(visits.officerId, staff["officer.liuyin"]!.id)).limit(1);
  visitId = visit!.id;
  jpeg = await sharp({ create: { width: 80, height: 60, channels: 3, background: "#58a" } }).jpeg().toBuffer();
});
afterAll(() => test?.close());

function post(target: string) {
  const form = new FormData();
  form.append("target", target);
  form.append("photos", new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }), "site.jpg");
  return upload.POST(new Request("http://portal.test/api/field/photos", { method: "POST", body: form, headers: { host: "portal.test", origin: "http://portal.test" } }));
}
const stored = async () => (await test.db.select({ n: count() }).from(fieldPhotos).where(eq(fieldPhotos.visitId, visitId)))[0]!.n;

describe("the field photo routes", () => {
  it("take a visit's photo from its community's officer, and answer not found to everyone else, storing nothing", async () => {
    for (const login of ["officer.fenglin", "aux.fenglin", "mediator", "chief"]) {
      signedIn = staff[login]!;
      expect((await post(`visit:${visitId}`)).status).toBe(404);
    }
    signedIn = null;
    expect((await post(`visit:${visitId}`)).status).toBe(404);
    expect(await stored()).toBe(0);

    signedIn = staff["officer.liuyin"]!;
    const response = await post(`visit:${visitId}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/dashboard/field/visits/${visitId}?done=photos`);
    expect(await stored()).toBe(1);
    expect((await post("visit:not-a-number")).status).toBe(404);
  });

  it("serve a field photo to its community and the chief, re-encoded; not found for anyone else", async () => {
    const [photo] = await test.db.select({ id: fieldPhotos.id }).from(fieldPhotos).where(eq(fieldPhotos.visitId, visitId));
    const get = (id: string) => download.GET(new Request(`http://portal.test/api/field/photos/${id}`), { params: Promise.resolve({ id }) });
    for (const login of ["officer.liuyin", "chief"]) {
      signedIn = staff[login]!;
      const response = await get(photo!.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/jpeg");
    }
    for (const login of ["officer.fenglin", "aux.fenglin", "mediator"]) {
      signedIn = staff[login]!;
      expect((await get(photo!.id)).status).toBe(404);
    }
    signedIn = null;
    expect((await get(photo!.id)).status).toBe(404);
  });
});
