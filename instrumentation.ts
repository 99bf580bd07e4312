/**
 * Runs once when the server starts: validate the environment, record each request's socket address for the
 * per-client limits (lib/peer-address.ts), open (and migrate) the database so the first request does not pay
 * for it, give an empty embedded database its demo data (the quick start), and start the scheduled jobs
 * (server/jobs/: reminders, notification retries, the nightly retention purge) in this server process.
 */
export async function register() {
  // Not in `next build`'s workers: they must never open the embedded database (STACK.md item 3).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  (await import("./lib/peer-address")).recordPeerAddresses();
  const { getDbHandle } = await import("./db");
  const handle = await getDbHandle();
  if (!env.DATABASE_URL) {
    const { seedDemo } = await import("./db/seed");
    const { created } = await seedDemo(handle.db);
    if (created) console.log("[portal] empty embedded database: demo station seeded (logins in README.md)");
  }
  console.log(`[portal] database ready (${handle.driver})`);
  const { startJobsOnce } = await import("./server/jobs");
  await startJobsOnce(handle);
}
