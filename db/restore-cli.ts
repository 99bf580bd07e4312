/**
 * `npm run db:restore -- FILE [--replace]`: puts a backup made by `npm run db:backup` back, then checks every
 * table against the backup's manifest and says which differ (exit 1 if any). Stop the portal first.
 * PostgreSQL: into the database of MIGRATION_DATABASE_URL (or DATABASE_URL), replacing its tables — asked for
 * with --replace when it has any — after which the app's role gets its privileges again. Embedded database: into
 * PGLITE_DIR; a database already there is moved aside, not deleted.
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { postgresHasTables, readManifest, restorePglite, restorePostgres } = await import("./backup");
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("name the backup file: npm run db:restore -- backups/portal-….dump");
  const manifest = readManifest(file);
  const url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  if ((manifest.driver === "postgres") !== Boolean(url)) {
    throw new Error(`${file} is a backup of the ${manifest.driver === "postgres" ? "PostgreSQL" : "embedded"} database; set DATABASE_URL accordingly`);
  }

  let differences: string[];
  if (url) {
    if ((await postgresHasTables(url)) && !process.argv.includes("--replace")) {
      throw new Error("the database has the portal's tables already: add --replace to replace everything in it with the backup");
    }
    differences = await restorePostgres(url, file);
    if (env.MIGRATION_DATABASE_URL && env.DATABASE_URL) {
      const { openDatabase } = await import("./client");
      const { grantAppRole, roleOf } = await import("./roles");
      const handle = await openDatabase({ url: env.MIGRATION_DATABASE_URL, dataDir: env.PGLITE_DIR, max: 1 });
      try {
        if (roleOf(env.DATABASE_URL) !== roleOf(env.MIGRATION_DATABASE_URL)) await grantAppRole(handle.db, roleOf(env.DATABASE_URL));
      } finally {
        await handle.close();
      }
    }
  } else {
    const result = await restorePglite(env.PGLITE_DIR, file);
    if (result.movedAside) console.log(`db:restore: the database that was in ${env.PGLITE_DIR} is now in ${result.movedAside}`);
    differences = result.differences;
  }

  const tables = Object.keys(manifest.tables).length;
  if (differences.length > 0) {
    console.error(`db:restore: ${file} restored, but ${differences.length} table(s) differ from its manifest:`);
    for (const line of differences) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`db:restore: ${file} (backed up ${manifest.createdAt}) restored; all ${tables} tables identical to the manifest`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
