/**
 * `npm run db:migrate` (tsx db/migrate-cli.ts): opening the database applies the committed migrations
 * (db/migrations); this opens it and closes it again.
 *
 * With MIGRATION_DATABASE_URL (the tables' owner) the migrations run as that role, and the role in
 * DATABASE_URL is then given what the app needs — and not the right to change the schema or the audit log
 * (db/roles.ts). Without it, DATABASE_URL's role does both, as a single-role installation.
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");
  const { grantAppRole, roleOf } = await import("./roles");

  const url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  const handle = await openDatabase({ url, dataDir: env.PGLITE_DIR, max: 1 });
  try {
    const where = url ? `PostgreSQL ${redact(url)}` : `PGlite ${env.PGLITE_DIR}`;
    console.log(`db:migrate: ${where} is up to date (driver ${handle.driver})`);
    if (env.MIGRATION_DATABASE_URL && env.DATABASE_URL && roleOf(env.DATABASE_URL) !== roleOf(env.MIGRATION_DATABASE_URL)) {
      const role = roleOf(env.DATABASE_URL);
      const granted = await grantAppRole(handle.db, role);
      console.log(`db:migrate: the app's role "${role}" may use ${granted.join("; ")}`);
    }
  } finally {
    await handle.close();
  }
}

/** The URL without its password, for the log. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(DATABASE_URL)";
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
