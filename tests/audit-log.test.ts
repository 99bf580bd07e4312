import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db, type DbHandle } from "@/db/client";
import { purgeExpired } from "@/db/retention";
import { grantAppRole } from "@/db/roles";
import { auditLog, requests } from "@/db/schema";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode, submit } from "./support/requests";

let test: TestDb;
let db: Db;
// PostgreSQL only: the app's own role, made for this file (roles belong to the server, not to a database).
const role = `portal_app_${randomBytes(4).toString("hex")}`;
let admin: postgres.Sql | undefined;
let app: DbHandle | undefined;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(async () => {
  await app?.close();
  // The test database (where the role holds privileges) goes first, then the role.
  await test?.close();
  await admin?.unsafe(`drop role if exists ${role}`);
  await admin?.end();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function auditRow(createdAt = new Date()): Promise<number> {
  const [row] = await db
    .insert(auditLog)
    .values({ action: "request.reveal_phone", targetType: "request", targetId: "test", createdAt })
    .returning({ id: auditLog.id });
  return row!.id;
}

/** The database's answer to a statement: "ok", or the SQLSTATE it refused with. */
async function attempt(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.cause?.code ?? e.code ?? String(error);
  }
}

describe("the audit log, for every role (even the tables' owner, even on the embedded database)", () => {
  it("refuses to change or remove a line", async () => {
    const id = await auditRow();
    expect(await attempt(() => db.update(auditLog).set({ action: "nothing.happened" }).where(eq(auditLog.id, id)))).toBe("42501");
    expect(await attempt(() => db.delete(auditLog).where(eq(auditLog.id, id)))).toBe("42501");
    expect(await attempt(() => db.execute(sql`truncate audit_log`))).toBe("42501");
    const [kept] = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.id, id));
    expect(kept?.action).toBe("request.reveal_phone");
  });

  it("lets rows go only through the purge, and only when over a year old", async () => {
    const recent = await auditRow(daysAgo(30));
    // Even with the purge's own switch thrown by hand, a recent row stays.
    const forced = await attempt(() =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('portal.audit_purge', 'on', true)`);
        await tx.delete(auditLog).where(eq(auditLog.id, recent));
      }),
    );
    expect(forced).toBe("42501");
    expect(await attempt(() => db.execute(sql`select purge_audit_log(30)`))).not.toBe("ok");

    const old = await auditRow(daysAgo(1200));
    const result = await purgeExpired(db);
    expect(result.auditRowsRemoved).toBe(1);
    const left = (await db.select({ id: auditLog.id }).from(auditLog)).map((r) => r.id);
    expect(left).toContain(recent);
    expect(left).not.toContain(old);
  });
});

// Roles exist only on a PostgreSQL server; the embedded database has one superuser.
describe.runIf(Boolean(process.env.DATABASE_URL))("the app's own database role on PostgreSQL (the embedded database has no roles)", () => {
  const appUrl = () => Object.assign(new URL(test.url!), { username: role }).toString();

  beforeAll(async () => {
    admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create role ${role} login`);
    await grantAppRole(db, role);
    app = await openDatabase({ url: appUrl(), dataDir: "", max: 2 });
  });

  it("starts the app (nothing to migrate), writes requests and audit rows, and reads them back", async () => {
    const stored = await submit(app!.db, { officer: "he-wenchuan", phone: "13800138000" });
    expect(stored.status).toBe("stored");
    const appDb = app!.db;
    const request = await requestByCode(appDb, stored.status === "stored" ? stored.referenceCode : "");
    await appDb.update(requests).set({ residentName: "改过的名字" }).where(eq(requests.id, request.id));
    await appDb.insert(auditLog).values({ action: "request.reveal_phone", targetType: "request", targetId: request.id });
    expect(await appDb.select().from(auditLog).where(eq(auditLog.targetId, request.id))).toHaveLength(1);
  });

  it("cannot update, delete or truncate the audit log, nor change the schema", async () => {
    const appDb = app!.db;
    const [row] = await appDb.insert(auditLog).values({ action: "x.y", targetType: "request", targetId: "z" }).returning({ id: auditLog.id });
    expect(await attempt(() => appDb.update(auditLog).set({ action: "changed" }).where(eq(auditLog.id, row!.id)))).toBe("42501");
    expect(await attempt(() => appDb.delete(auditLog).where(eq(auditLog.id, row!.id)))).toBe("42501");
    expect(await attempt(() => appDb.execute(sql`truncate audit_log`))).toBe("42501");
    expect(await attempt(() => appDb.execute(sql`drop trigger audit_log_no_change on audit_log`))).toBe("42501");
    expect(await attempt(() => appDb.execute(sql`create table smuggled (id int)`))).toBe("42501");
  });

  it("purges old audit rows only through the database's purge function", async () => {
    await db.insert(auditLog).values({ action: "old.entry", targetType: "request", targetId: "old", createdAt: daysAgo(2000) });
    expect((await purgeExpired(app!.db)).auditRowsRemoved).toBe(1);
  });

  it("refuses to start, saying what to run, when this version has a migration it may not apply", async () => {
    // As if this version brought a migration the owner has not applied yet.
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    await expect(openDatabase({ url: appUrl(), dataDir: "", max: 1 })).rejects.toThrow(/npm run db:migrate.*MIGRATION_DATABASE_URL/);
  });
});
