import { afterEach, describe, expect, it, vi } from "vitest";

const getDbHandle = vi.fn();
vi.mock("@/db", () => ({ getDbHandle }));
const { GET } = await import("@/app/api/health/route");

describe("GET /api/health", () => {
  afterEach(() => getDbHandle.mockReset());

  it("answers 200 when the database answers", async () => {
    getDbHandle.mockResolvedValue({ driver: "pglite", db: { execute: async () => [{ "?column?": 1 }] } });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "pglite" });
  });

  it("answers 503 when the database refuses", async () => {
    getDbHandle.mockResolvedValue({ driver: "postgres", db: { execute: async () => Promise.reject(new Error("ECONNREFUSED")) } });
    expect((await GET()).status).toBe(503);
  });

  it("answers 503 when the database does not answer within two seconds", async () => {
    getDbHandle.mockResolvedValue({ driver: "postgres", db: { execute: () => new Promise(() => {}) } });
    expect((await GET()).status).toBe(503);
  });
});
