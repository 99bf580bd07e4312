import type { Db } from "@/db";

/**
 * A scheduled job: a name (its queue), when it runs (cron, Beijing time) and what it does. `run` gets the
 * database and the time to act as of (the runner's clock; tests inject one), opens its own transaction(s),
 * and must be safe to run again: a run that did not complete (the instance stopped or died) is run again,
 * and what it already did must not be done twice. It returns one line for the log ("" when there is nothing to say).
 */
export interface Job {
  name: string;
  /** Five-field cron in Asia/Shanghai time: "30 7 * * *" is 7:30 every morning. */
  schedule: string;
  run(db: Db, now: Date): Promise<string>;
}
