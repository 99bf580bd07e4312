import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeAccountsWithPassword, createAdministrator } from "@/db/accounts";
import { openDatabase, type Db } from "@/db/client";
import { auditLog, services, stations, users } from "@/db/schema";
import { DEMO_LOGINS, DEMO_PASSWORD, DemoSeedRefused, seedDemo } from "@/db/seed";
import { checkCredentials } from "@/server/auth/sign-in";
import { demoPasswordForbidden } from "@/server/startup";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb({ seed: false });
  db = test.db;
});
afterAll(() => test?.close());

const STATION = { slug: "dongcheng", name: "东城派出所", address: "滨江市东城区东城路1号", phone: "0571-86000110", areaKm2: "3.10" };
const PASSWORD = "correct horse battery staple";

describe("a first install without demo data", () => {
  it("creates the first administrator and their station, audited, who can then sign in", async () => {
    const result = await createAdministrator(db, { login: "zhang.admin", name: "张敏", password: PASSWORD, newStation: STATION });
    expect(result).toMatchObject({ status: "created", stationCreated: true });
    expect(await db.select({ slug: stations.slug }).from(stations)).toEqual([{ slug: "dongcheng" }]);
    const [audit] = await db.select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details }).from(auditLog);
    expect(audit).toMatchObject({ action: "account.create", actorId: null, details: { login: "zhang.admin", role: "admin" } });
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);

    expect(await checkCredentials(db, { login: "zhang.admin", password: PASSWORD, clientAddress: "192.0.2.1" })).toMatchObject({ status: "ok" });
    expect(await countRows(db, services)).toBe(0);
  });

  it("refuses a login that exists, and creates no second station", async () => {
    expect(await createAdministrator(db, { login: "zhang.admin", name: "另一个人", password: PASSWORD, newStation: STATION })).toEqual({ status: "login_taken" });
    expect(await countRows(db, stations)).toBe(1);
  });

  it("will not add the demo station and its published password to a database with real accounts, unless told --demo", async () => {
    const refusal = await seedDemo(db).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DemoSeedRefused);
    expect((refusal as DemoSeedRefused).logins).toEqual(["zhang.admin"]);
    expect(await countRows(db, users)).toBe(1);

    expect(await seedDemo(db, { evenWithRealAccounts: true })).toEqual({ created: true });
    expect(await countRows(db, users)).toBe(1 + DEMO_LOGINS.length);
  });
});

describe("the start-up check for the published demo password", () => {
  it("applies in production on PostgreSQL only, unless the database is declared a demo", () => {
    const pg = "postgres://portal@db/portal";
    expect(demoPasswordForbidden({ NODE_ENV: "production", DATABASE_URL: pg, ALLOW_DEMO_PASSWORD: false })).toBe(true);
    expect(demoPasswordForbidden({ NODE_ENV: "production", DATABASE_URL: pg, ALLOW_DEMO_PASSWORD: true })).toBe(false);
    // The README's quick start: embedded database, demo accounts.
    expect(demoPasswordForbidden({ NODE_ENV: "production", DATABASE_URL: undefined, ALLOW_DEMO_PASSWORD: false })).toBe(false);
    expect(demoPasswordForbidden({ NODE_ENV: "development", DATABASE_URL: pg, ALLOW_DEMO_PASSWORD: false })).toBe(false);
  });

  it("finds every active account that still opens with it, and no other", async () => {
    await db.update(users).set({ active: false }).where(eq(users.login, "mediator"));
    const found = await activeAccountsWithPassword(db, DEMO_PASSWORD);
    expect(found).toEqual(DEMO_LOGINS.map((u) => u.login).filter((login) => login !== "mediator").sort());
    expect(found).not.toContain("zhang.admin");
  });
});

describe("npm run admin:create and npm run db:seed, from a script", () => {
  // The commands open the database themselves: a folder of their own on the embedded database (only one
  // process may hold it), the test's throwaway database on PostgreSQL.
  const dir = mkdtempSync(path.join(os.tmpdir(), "portal-first-install-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const databaseEnv = () => (test.url ? { DATABASE_URL: test.url } : { DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") });
  const run = (script: string, env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...databaseEnv(), ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

  it("creates an administrator from the environment without printing the password, and the demo seed then refuses", async () => {
    const created = run("db/admin-create-cli.ts", {
      ADMIN_LOGIN: "li.admin",
      ADMIN_NAME: "李静",
      ADMIN_PASSWORD: "another long secret 2026",
      ...Object.fromEntries(Object.entries(STATION).map(([key, value]) => [`STATION_${key === "areaKm2" ? "AREA_KM2" : key.toUpperCase()}`, value])),
    });
    expect(created.stderr).toBe("");
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('administrator "li.admin"');
    expect(created.stdout + created.stderr).not.toContain("another long secret 2026");

    const tooShort = run("db/admin-create-cli.ts", { ADMIN_LOGIN: "wang.admin", ADMIN_NAME: "王", ADMIN_PASSWORD: "short" });
    expect(tooShort.status).not.toBe(0);
    expect(tooShort.stderr).toMatch(/password: at least 12 characters; nothing was created/);
    expect(tooShort.stderr).not.toContain("short\n");

    const seeded = run("db/seed-cli.ts", {});
    expect(seeded.status).not.toBe(0);
    expect(seeded.stderr).toMatch(/accounts that are not the demo's \(.*li\.admin.*\).*--demo/);

    if (!test.url) {
      const reopened = await openDatabase({ dataDir: path.join(dir, "pglite") });
      const logins = (await reopened.db.select({ login: users.login }).from(users)).map((u) => u.login);
      await reopened.close();
      expect(logins).toEqual(["li.admin"]);
    }
  }, 120_000);
});
