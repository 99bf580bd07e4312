/**
 * `npm run db:backup [-- --out FILE]`: a backup of the database named by the environment, with a manifest
 * beside it (FILE.manifest.json: every table's row count and checksum) that `npm run db:restore` checks
 * against. PostgreSQL (DATABASE_URL, or MIGRATION_DATABASE_URL when set: the owner sees every table): pg_dump's
 * custom format, taken while the portal runs. Embedded database: stop the server first (PGlite's own dump of
 * PGLITE_DIR). Default FILE: backups/portal-<driver>-<time>.dump (or .tar.gz).
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { backupPglite, backupPostgres, manifestPath } = await import("./backup");
  const url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const index = process.argv.indexOf("--out");
  const file = index === -1 ? `backups/portal-${url ? "postgres" : "pglite"}-${stamp}.${url ? "dump" : "tar.gz"}` : process.argv[index + 1];
  if (!file) throw new Error("--out needs a file name");

  const manifest = url ? await backupPostgres(url, file) : await backupPglite(env.PGLITE_DIR, file);
  const tables = Object.entries(manifest.tables);
  const rows = tables.reduce((sum, [, t]) => sum + t.rows, 0);
  console.log(`db:backup: ${file} (${(manifest.bytes / 1024 / 1024).toFixed(1)} MB): ${tables.length} tables, ${rows} rows`);
  for (const [name, t] of tables) if (t.rows > 0) console.log(`  ${name.padEnd(40)} ${String(t.rows).padStart(8)}  ${t.checksum}`);
  console.log(`db:backup: manifest ${manifestPath(file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
