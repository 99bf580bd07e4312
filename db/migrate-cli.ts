/**
 * `npm run db:migrate` (tsx db/migrate-cli.ts): opening the database applies the committed migrations
 * (db/migrations); this opens it and closes it again.
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");

  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR, max: 1 });
  await handle.close();
  const where = env.DATABASE_URL ? `PostgreSQL ${redact(env.DATABASE_URL)}` : `PGlite ${env.PGLITE_DIR}`;
  console.log(`db:migrate: ${where} is up to date (driver ${handle.driver})`);
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
