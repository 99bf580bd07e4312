import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { backupPglite, backupPostgres, differences, fingerprint, restorePglite, restorePostgres } from "@/db/backup";
import { openDatabase, type Db } from "@/db/client";
import { attachments, auditLog, requests } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { openTestDb } from "./support/db";
import { requestByCode, submit } from "./support/requests";

const dir = mkdtempSync(path.join(os.tmpdir(), "portal-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a running station has beyond the seed: a resident's message with a photo, an audited reveal. */
async function someDaysOfWork(db: Db) {
  const stored = await submit(db, { officer: "he-wenchuan", phone: "13800138000", body: "备份前的一条留言：楼下的路灯又坏了。" });
  if (stored.status !== "stored") throw new Error(stored.status);
  const request = await requestByCode(db, stored.referenceCode);
  await db.insert(attachments).values({ requestId: request.id, mimeType: "image/jpeg", byteSize: 64, width: 8, height: 8, data: randomBytes(64) });
  await db.insert(auditLog).values({ action: "request.reveal_phone", targetType: "request", targetId: request.id });
  return request.id;
}

const countRequests = async (db: Db) => (await db.select({ n: sql<number>`count(*)::int` }).from(requests))[0]!.n;

describe.runIf(Boolean(process.env.DATABASE_URL))("a PostgreSQL backup (pg_dump) restored into an empty database (in the PostgreSQL pass of npm test)", () => {
  it("is identical, table by table, to the database it was taken from", async () => {
    const source = await openTestDb();
    const target = await openTestDb({ seed: false });
    const admin = postgres(target.url!, { max: 1, onnotice: () => {} });
    try {
      const requestId = await someDaysOfWork(source.db);
      const file = path.join(dir, "portal.dump");
      const manifest = await backupPostgres(source.url!, file);
      expect(manifest.tables["public.requests"]!.rows).toBeGreaterThan(0);
      expect(manifest.tables["public.attachments"]!.rows).toBe(1);
      expect(manifest.tables["drizzle.__drizzle_migrations"]!.rows).toBeGreaterThan(0);

      // The target has the tables (openTestDb migrated it), as a database being restored over would.
      expect(await restorePostgres(target.url!, file)).toEqual([]);
      const [row] = await target.db.select({ body: requests.body }).from(requests).where(eq(requests.id, requestId));
      expect(row?.body).toBe("备份前的一条留言：楼下的路灯又坏了。");

      // The checksums see content, not only counts: one changed word is found, in its table.
      await target.db.update(requests).set({ body: "备份后被改过的留言" }).where(eq(requests.id, requestId));
      const reserved = await admin.reserve();
      await reserved`begin`;
      const changed = differences(manifest, await fingerprint((text) => reserved.unsafe(text) as unknown as Promise<Record<string, unknown>[]>));
      await reserved`rollback`;
      reserved.release();
      expect(changed).toEqual([expect.stringMatching(/^public\.requests: \d+ rows \(\w+\) backed up, \d+ rows \(\w+\) now$/)]);

      // The command refuses to replace a database's tables unless asked, then restores and checks.
      const cli = (...args: string[]) =>
        spawnSync(process.execPath, ["--import", "tsx", "db/restore-cli.ts", file, ...args], { env: { ...process.env, DATABASE_URL: target.url! }, encoding: "utf8" });
      const refused = cli();
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain("add --replace");
      const replaced = cli("--replace");
      expect(replaced.stderr).toBe("");
      expect(replaced.stdout).toMatch(/tables identical to the manifest/);
    } finally {
      await admin.end();
      await target.close();
      await source.close();
    }
  }, 300_000);
});

describe.runIf(!process.env.DATABASE_URL)("an embedded database's backup, PGlite's own dump (in the embedded-database pass of npm test)", () => {
  it("restores to an identical database, and moves a database it would replace aside instead of deleting it", async () => {
    const sourceDir = path.join(dir, "source");
    const source = await openDatabase({ dataDir: sourceDir });
    await seedDemo(source.db);
    await someDaysOfWork(source.db);
    const requestCount = await countRequests(source.db);
    await source.close();

    const file = path.join(dir, "portal.tar.gz");
    const manifest = await backupPglite(sourceDir, file);
    expect(manifest.tables["public.attachments"]!.rows).toBe(1);

    const targetDir = path.join(dir, "target");
    expect(await restorePglite(targetDir, file)).toEqual({ differences: [], movedAside: null });
    const again = await restorePglite(targetDir, file);
    expect(again.differences).toEqual([]);
    expect(again.movedAside && existsSync(path.join(again.movedAside, "PG_VERSION"))).toBe(true);
    expect(manifest.tables["public.requests"]!.rows).toBe(requestCount);
  }, 300_000);
});
