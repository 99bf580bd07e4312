import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { SUBMIT_RULE_CLIENT } from "@/db/queries/resident-requests";
import { openTestDb, type TestDb } from "./support/db";
import { submit } from "./support/requests";

// Two app instances behind a load balancer are two connection pools on one PostgreSQL. (The embedded
// database belongs to one process by design, so this runs in the PostgreSQL pass of `npm test` only.)
describe.runIf(Boolean(process.env.DATABASE_URL))("two app instances on one PostgreSQL", () => {
  let test: TestDb;
  let second: DbHandle;

  beforeAll(async () => {
    test = await openTestDb();
    second = await openDatabase({ url: test.url, dataDir: "" });
  });
  afterAll(async () => {
    await second?.close();
    await test?.close();
  });

  it("hold one submission limit between them when a client's requests alternate", async () => {
    const clientKey = `roaming-client-${randomUUID()}`;
    const instances = [test.db, second.db];
    for (let i = 0; i < SUBMIT_RULE_CLIENT.maxAttempts; i++) {
      expect((await submit(instances[i % 2]!, { officer: "he-wenchuan", clientKey })).status).toBe("stored");
    }
    expect((await submit(instances[0]!, { officer: "he-wenchuan", clientKey })).status).toBe("limited");
    expect((await submit(instances[1]!, { officer: "he-wenchuan", clientKey })).status).toBe("limited");
  });

  it("store one request when the same submission reaches both at once", async () => {
    const repeatKey = `retry-through-the-other-instance-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => submit([test.db, second.db][i % 2]!, { officer: "tu-zhiheng", repeatKey })),
    );
    const stored = results.filter((r) => r.status === "stored");
    expect(stored).toHaveLength(1);
    expect(new Set(results.map((r) => ("referenceCode" in r ? r.referenceCode : r.status))).size).toBe(1);
  });
});
