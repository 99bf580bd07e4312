// Child process for tests/durability.test.ts: writes one request, says ACK, then waits to be killed.
import { sql } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed";

const { db } = await openDatabase({ dataDir: process.argv[2]! });
await seedDemo(db);
await db.execute(sql`update requests set body = 'acknowledged before the kill' where reference_code = 'DEMQ-2345'`);
console.log("ACK");
setInterval(() => {}, 1000);
