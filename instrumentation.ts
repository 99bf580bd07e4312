import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: JSON logs with personal data taken out (lib/log.ts), validate the
 * environment, give each request an id and record its socket address (lib/request-id.ts, lib/peer-address.ts),
 * open (and migrate) the database so the first request does not pay for it, refuse to start in production
 * while an account still has the published demo password, give an empty embedded database its demo data (the
 * quick start), watch the database so an outage is answered with a clear 503 (server/database-monitor.ts), and start the
 * scheduled jobs (server/jobs/: reminders, notification retries, the nightly retention purge) in this process.
 */
export async function register() {
  // Not in `next build`'s workers: they must never open the embedded database (STACK.md item 3).
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { installConsoleBridge, log } = await import("./lib/log");
  installConsoleBridge();
  const { env } = await import("./lib/env");
  (await import("./lib/request-id")).assignRequestIds(env.TRUST_PROXY);
  (await import("./lib/peer-address")).recordPeerAddresses();
  const { getDbHandle } = await import("./db");
  const handle = await getDbHandle();
  const { accountsBarringStart, seedEmbeddedDemo } = await import("./server/startup");
  const barred = await accountsBarringStart(handle, env);
  if (barred.length > 0) {
    log.error("refusing to start: these accounts still have the published demo password; give them new passwords or deactivate them", {
      accounts: barred,
    });
    process.exit(1);
  }
  if (!env.DATABASE_URL) await seedEmbeddedDemo(handle);
  else (await import("./server/database-monitor")).startDatabaseMonitor();
  log.info("database ready", { driver: handle.driver });
  const { startJobsOnce } = await import("./server/jobs");
  await startJobsOnce(handle);
}

/** Errors Next caught in a page, route handler or action: one log line each, and a database outage noticed at once. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ log }, { reportDatabaseError }] = await Promise.all([import("./lib/log"), import("./server/database-monitor")]);
  const databaseUnavailable = reportDatabaseError(error);
  log.error("request failed", {
    requestId: request.headers["x-request-id"],
    method: request.method,
    // The path only: a tracking link's query carries its secret.
    path: request.path.split("?")[0],
    route: context.routePath,
    kind: context.routeType,
    databaseUnavailable,
    error,
  });
};
