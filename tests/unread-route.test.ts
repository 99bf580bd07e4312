import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { leaveMessageFor } from "./support/requests";
import { staffByLogin } from "./support/staff";

const signedIn = vi.fn<() => Promise<StaffUser | null>>();
let test: TestDb;
vi.mock("@/server/auth", () => ({ currentStaff: () => signedIn() }));
vi.mock("@/db", () => ({ getDb: async () => test.db }));
const { GET } = await import("@/app/api/notifications/unread/route");

beforeAll(async () => {
  test = await openTestDb();
});
afterAll(() => test?.close());

describe("GET /api/notifications/unread", () => {
  it("answers 401 with JSON when nobody is signed in", async () => {
    signedIn.mockResolvedValue(null);
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ error: "unauthorized" });
  });

  it("answers the signed-in staff member's own unread count, never cached", async () => {
    const officer = await staffByLogin(test.db, "officer.liuyin");
    signedIn.mockResolvedValue(officer);
    expect(await (await GET()).json()).toEqual({ unread: 0 });
    await leaveMessageFor(test.db, { officer: "he-wenchuan" });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ unread: 1 });

    signedIn.mockResolvedValue(await staffByLogin(test.db, "officer.fenglin"));
    expect(await (await GET()).json()).toEqual({ unread: 0 });
  });
});
