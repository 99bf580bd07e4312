import { afterEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";

const getDbHandle = vi.fn<() => Promise<DbHandle>>();
vi.mock("@/db/client", () => ({ openDatabase: () => getDbHandle() }));
const { GET } = await import("@/app/api/health/route");

function databaseThatAnswers(execute: () => Promise<unknown>): DbHandle {
  return { driver: "postgres", db: { execute } as unknown as DbHandle["db"], connection: { url: "postgres://unused" }, close: async () => {} };
}

describe("GET /api/health", () => {
  afterEach(() => {
    getDbHandle.mockReset();
    delete (globalThis as { portalDb?: unknown }).portalDb;
  });

  it("answers 200 when the database answers", async () => {
    getDbHandle.mockResolvedValue(databaseThatAnswers(async () => [{ "?column?": 1 }]));
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "postgres" });
  });

  it("answers 503 when the database refuses", async () => {
    getDbHandle.mockResolvedValue(databaseThatAnswers(() => Promise.reject(new Error("ECONNREFUSED"))));
    expect((await GET()).status).toBe(503);
  });

  it("answers 503 when the database cannot be opened", async () => {
    getDbHandle.mockRejectedValue(new Error("ECONNREFUSED"));
    expect((await GET()).status).toBe(503);
  });

  it("answers 503 when the database does not answer within two seconds", async () => {
    getDbHandle.mockResolvedValue(databaseThatAnswers(() => new Promise(() => {})));
    expect((await GET()).status).toBe(503);
  });
});
