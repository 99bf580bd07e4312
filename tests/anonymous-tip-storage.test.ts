import { getTableName, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import * as schema from "@/db/schema";
import { toNewResidentRequest } from "@/lib/resident-submission";
import { submissionClientOf } from "@/lib/submission-client";
import { residentRequestSchema } from "@/lib/validation/request-forms";
import { openTestDb, type TestDb } from "./support/db";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

const client = { address: "203.0.113.77", userAgent: "Mozilla/5.0 (Linux; Android 14; TipsterPhone-X9) Mobile Safari" };

it("an anonymous tip leaves neither the reporter's address nor their browser anywhere in the database", async () => {
  const input = residentRequestSchema.parse({
    kind: "tip",
    officer: "he-wenchuan",
    category: "drugs",
    where: "柳荫街26号楼下",
    when: "每晚十一点",
    body: "白色面包车里有人交易。",
    name: "不想留名的人",
    phone: "13912345678",
    submissionKey: "",
  });
  const result = await db.transaction((tx) => submitResidentRequest(tx, toNewResidentRequest(input, submissionClientOf(client.address, client.userAgent))));
  expect(result.status).toBe("stored");

  // Every row of every table, as text: the address, the browser, and the name and phone the reporter did
  // not choose to leave must appear nowhere.
  const tables = Object.values(schema).filter((v): v is typeof schema.requests => typeof v === "object" && v !== null && Symbol.for("drizzle:IsDrizzleTable") in v);
  expect(tables.length).toBeGreaterThan(8);
  for (const table of tables) {
    const rows = await db.execute(sql`select * from ${sql.identifier(getTableName(table))}`);
    const dump = JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? String(v) : v));
    for (const secret of [client.address, "TipsterPhone", "不想留名的人", "13912345678", "139****5678"]) {
      expect(dump.includes(secret), `${getTableName(table)} holds ${secret}`).toBe(false);
    }
  }
});
