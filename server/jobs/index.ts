import type { DbHandle } from "@/db/client";
import { startJobRunner, type JobRunner } from "./runner";

export type { Job } from "./job";
export { startJobRunner, type JobRunner, type JobRunnerOptions } from "./runner";

// One runner per process, like the database handle (instrumentation can run again on a dev server's reload).
const globalForJobs = globalThis as unknown as { portalJobs?: Promise<JobRunner> };

/** Starts the scheduled jobs in this server process, once; a failure is logged and the site keeps serving. */
export async function startJobsOnce(handle: DbHandle): Promise<void> {
  globalForJobs.portalJobs ??= startJobRunner(handle);
  try {
    await globalForJobs.portalJobs;
    console.log("[portal] scheduled jobs started");
  } catch (error) {
    globalForJobs.portalJobs = undefined;
    console.error("[portal] scheduled jobs did not start", error);
  }
}
