import PgBoss from "pg-boss";
import type { DbHandle } from "@/db/client";
import { TIME_ZONE } from "@/lib/i18n/locales";
import type { Job } from "./job";
import { jobs as registeredJobs } from "./registry";

/*
 * Runs the scheduled jobs (registry.ts) with pg-boss 10, a job queue kept in PostgreSQL (its own schema,
 * "pgboss"), in every app instance:
 * - the schedules are rows in the database; each minute one instance (whichever wins pg-boss's timestamp
 *   update) turns the due ones into jobs, one per schedule per minute (a singleton key), so several instances
 *   on one database start each run once;
 * - a job is taken by one worker (FOR UPDATE SKIP LOCKED) and is "active" until it completes; a job whose
 *   instance stopped fails and is retried, and one whose instance died is expired by the maintenance any
 *   instance runs, then retried: a run that did not complete runs again after a restart. Each queue keeps at
 *   most one job waiting and one running ("stately"), so an instance down for a day catches up with one run,
 *   not a backlog.
 * On PostgreSQL pg-boss keeps a small pool of its own on the same URL (postgres.js refuses the BEGIN…COMMIT
 * scripts it runs); on the embedded database it runs its same SQL through its documented `db` option, so the
 * same job definitions, schedules and retries hold on PGlite — with one process, as PGlite allows.
 */

export interface JobRunner {
  boss: PgBoss;
  stop(options?: { graceful?: boolean }): Promise<void>;
}

export interface JobRunnerOptions {
  jobs?: readonly Job[];
  /** The time the jobs act as of; tests inject one. */
  clock?: () => Date;
  log?: (line: string) => void;
  /** Shorter timers, for tests (production keeps pg-boss's and the values below). */
  timing?: Partial<typeof DEFAULT_TIMING>;
  /** Shown in pg_stat_activity, to tell instances apart. */
  applicationName?: string;
}

const DEFAULT_TIMING = {
  /** How often a worker looks for its queue's next job: schedules are a minute apart at best. */
  pollingSeconds: 10,
  /** How often an instance checks the schedules (pg-boss's minimum cadence is one job a minute anyway). */
  cronSeconds: 30,
  /** How often expired jobs are failed (to be retried) and old ones archived. */
  maintenanceSeconds: 120,
  /** A run still active after this long is taken for dead, failed, and retried. */
  expireInSeconds: 15 * 60,
  /** Before a failed run is tried again (doubling each time, three tries). */
  retryDelaySeconds: 60,
};

/** pg-boss's `db` option over the embedded database: one statement with parameters, or a script without. */
function pgliteDatabase(pglite: Extract<DbHandle["connection"], { pglite: unknown }>["pglite"]) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}

export async function startJobRunner(handle: DbHandle, options: JobRunnerOptions = {}): Promise<JobRunner> {
  const jobs = options.jobs ?? registeredJobs;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.log(line));
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const connection =
    "url" in handle.connection
      ? { connectionString: handle.connection.url, max: 3, application_name: options.applicationName ?? "portal-jobs" }
      : { db: pgliteDatabase(handle.connection.pglite) };
  const boss = new PgBoss({
    ...connection,
    cronMonitorIntervalSeconds: timing.cronSeconds,
    cronWorkerIntervalSeconds: Math.min(timing.cronSeconds, 5),
    maintenanceIntervalSeconds: timing.maintenanceSeconds,
  });
  boss.on("error", (error) => log(`[jobs] ${error.message}`));
  await boss.start();

  const queue = {
    policy: "stately" as const,
    retryLimit: 3,
    retryDelay: timing.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: timing.expireInSeconds,
  };
  // A job taken out of the registry stops being scheduled (its queue and history stay).
  for (const schedule of await boss.getSchedules()) {
    if (!jobs.some((job) => job.name === schedule.name)) await boss.unschedule(schedule.name);
  }
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, ...queue });
    await boss.updateQueue(job.name, { name: job.name, ...queue });
    await boss.schedule(job.name, job.schedule, {}, { tz: TIME_ZONE });
    await boss.work(job.name, { pollingIntervalSeconds: timing.pollingSeconds }, async () => {
      try {
        const summary = await job.run(handle.db, clock());
        if (summary) log(`[jobs] ${job.name}: ${summary}`);
      } catch (error) {
        // A failed query names its cause separately (drizzle wraps the driver's error).
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
        log(`[jobs] ${job.name} failed, will retry: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}${cause}`);
        throw error;
      }
    });
  }
  return {
    boss,
    // Graceful: waits up to 30 s for running jobs; what is still running then fails and is retried elsewhere.
    stop: ({ graceful = true } = {}) => boss.stop({ graceful, close: true, timeout: 30_000 }),
  };
}
