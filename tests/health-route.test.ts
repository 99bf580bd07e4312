import { afterEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db/client";

const getDbHandle = vi.fn<() => Promise<DbHandle>>();
vi.mock("@/db/client", () => ({ openDatabase: () => getDbHandle() }));
const { GET } = await import("@/app/api/health/route");

function databaseThatAnswers(execute: () => Promise<unknown>): DbHandle {
  return { driver: "postgres", db: { execute } as unknown as DbHandle["db"], connection: { url: "postgres://unused" }, close: async () => {} };
}

const answers = () => databaseThatAnswers(async () => [{ "?column?": 1 }]);
const refuses = () => databaseThatAnswers(() => Promise.reject(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })));

describe("GET /api/health", () => {
  afterEach(() => {
    getDbHandle.mockReset();
    delete (globalThis as { portalDb?: unknown }).portalDb;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("portal.database-health")];
  });

  it("answers 200 when the database answers", async () => {
    getDbHandle.mockResolvedValue(answers());
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: "postgres", lastOutage: null });
  });

  it("answers 503 when the database refuses, saying since when and with what code", async () => {
    getDbHandle.mockResolvedValue(refuses());
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ status: "unavailable", lastError: "57P01" });
    expect(Date.parse(body.since)).not.toBeNaN();
  });

  it("reports the outage it saw end once the database answers again", async () => {
    getDbHandle.mockResolvedValue(refuses());
    const during = await (await GET()).json();
    delete (globalThis as { portalDb?: unknown }).portalDb;
    getDbHandle.mockResolvedValue(answers());
    const after = await GET();
    expect(after.status).toBe(200);
    const body = await after.json();
    expect(body.lastOutage).toMatchObject({ from: during.since });
    expect(Date.parse(body.lastOutage.to)).toBeGreaterThanOrEqual(Date.parse(during.since));
    expect(body.since).toBe(body.lastOutage.to);
  });

  it("answers 503 when the database cannot be opened", async () => {
    getDbHandle.mockRejectedValue(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
    expect((await GET()).status).toBe(503);
  });

  it("answers 503 when the database does not answer within two seconds", async () => {
    getDbHandle.mockResolvedValue(databaseThatAnswers(() => new Promise(() => {})));
    expect((await GET()).status).toBe(503);
  });
});
