/**
 * `npm run db:generate-load`: fills the PostgreSQL database in DATABASE_URL (migrated first) with a city-sized
 * history for measuring the stats page (db/load.ts). Use a database of its own: it adds 1.2 million rows.
 * Sign in as load.chief (password Load#2026) to see the page at that size.
 */
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  if (!env.DATABASE_URL) throw new Error("db:generate-load needs DATABASE_URL (a PostgreSQL database of its own)");
  const { openDatabase } = await import("./client");
  const { generateLoad, loadPresent } = await import("./load");
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: "" });
  try {
    if (await loadPresent(handle.db)) {
      console.log("db:generate-load: the generated city is already there; nothing written");
      return;
    }
    const started = Date.now();
    await generateLoad(handle.db);
    console.log(`db:generate-load: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await handle.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
