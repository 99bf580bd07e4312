import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { databaseUrl, type TestTemplates } from "./templates";

/**
 * Makes two template databases once per run — migrated only, and migrated with the demo station — which every
 * test file clones instead of migrating and seeding its own.
 */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const suffix = randomBytes(5).toString("hex");
    const names = { seeded: `tpl_seeded_${suffix}`, bare: `tpl_bare_${suffix}` };
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    for (const [kind, name] of Object.entries(names)) {
      await admin.unsafe(`create database ${name}`);
      const handle = await openDatabase({ url: databaseUrl(adminUrl, name), dataDir: "", max: 2 });
      if (kind === "seeded") await seedDemo(handle.db);
      await handle.close();
    }
    project.provide("testTemplates", { postgres: names } satisfies TestTemplates);
    return async () => {
      for (const name of Object.values(names)) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }

  const folder = mkdtempSync(path.join(tmpdir(), "portal-test-templates-"));
  const files = { bare: path.join(folder, "bare.tar"), seeded: path.join(folder, "seeded.tar") };
  const handle = await openDatabase({ dataDir: "memory://" });
  writeFileSync(files.bare, Buffer.from(await (await handle.dump!()).arrayBuffer()));
  await seedDemo(handle.db);
  writeFileSync(files.seeded, Buffer.from(await (await handle.dump!()).arrayBuffer()));
  await handle.close();
  project.provide("testTemplates", { pglite: files } satisfies TestTemplates);
  return () => rmSync(folder, { recursive: true, force: true });
}
