/**
 * `npm run db:seed` (tsx db/seed-cli.ts): opens the database named by the environment (PostgreSQL when
 * DATABASE_URL is set, otherwise embedded PGlite in PGLITE_DIR), applies migrations, seeds the demo station
 * (and loads the service catalogue, db/catalogue/). Safe to run again: a second run changes nothing.
 * Refuses a database with accounts other than the demo's unless given `--demo` (db/seed.ts says why).
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");
  const { seedDemo, DEMO_LOGINS, DEMO_PASSWORD } = await import("./seed");

  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR });
  try {
    const where = handle.driver === "postgres" ? "PostgreSQL" : `PGlite (${env.PGLITE_DIR})`;
    const { created } = await seedDemo(handle.db, { evenWithRealAccounts: process.argv.includes("--demo") });
    if (created) {
      console.log(`db:seed: demo station 青石派出所 seeded in ${where}`);
      console.log(`demo logins (password ${DEMO_PASSWORD}):`);
      for (const u of DEMO_LOGINS) console.log(`  ${u.login.padEnd(16)} ${u.role.padEnd(10)} ${u.name}`);
    } else {
      console.log(`db:seed: demo station already present in ${where}; nothing duplicated`);
    }
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
