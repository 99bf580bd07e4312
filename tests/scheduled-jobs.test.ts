import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DbHandle } from "@/db/client";
import { rowsOf } from "@/db/queries/raw-rows";
import { hazardEvents, hazards, notifications, users } from "@/db/schema";
import { shanghaiInstant } from "@/lib/calendar-day";
import { hazardDeadlines } from "@/server/jobs/hazard-deadlines";
import type { Job } from "@/server/jobs/job";
import { jobs } from "@/server/jobs/registry";
import { startJobRunner, type JobRunner, type JobRunnerOptions } from "@/server/jobs/runner";
import { openTestDb, type TestDb } from "./support/db";
import { communityBySlug, staffByLogin } from "./support/staff";

// The jobs' clock: Tuesday 10 March 2026, 9:00 in Beijing. The hazards below are due the next day.
const now = shanghaiInstant("2026-03-10", "09:00");
const clock = () => now;
// Fast timers so a test sees in seconds what takes minutes in production.
const timing = { pollingSeconds: 0.5, cronSeconds: 1, maintenanceSeconds: 1, expireInSeconds: 1, retryDelaySeconds: 1 };

let test: TestDb;
const runners: JobRunner[] = [];

beforeAll(async () => {
  test = await openTestDb();
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop({ graceful: false }).catch(() => {});
});
afterAll(() => test?.close());

async function start(handle: DbHandle, options: JobRunnerOptions) {
  const runner = await startJobRunner(handle, { clock, timing, log: () => {}, ...options });
  runners.push(runner);
  return runner;
}

/** A hazard in 柳荫 whose rectification deadline is tomorrow (as the jobs' clock has it), served and assigned to the officer. */
async function hazardDueTomorrow() {
  const officer = await staffByLogin(test.db, "officer.liuyin");
  const [hazard] = await test.db
    .insert(hazards)
    .values({
      communityId: (await communityBySlug(test.db, "liuyin")).id,
      category: "fire",
      severity: "major",
      description: "楼道内堆放纸箱，堵塞消防通道。",
      measures: "清理楼道杂物，保持消防通道畅通。",
      responsibleKind: "property_management",
      responsibleName: "柳荫物业",
      deadline: "2026-03-11",
      status: "notice_served",
      foundAt: shanghaiInstant("2026-03-02", "10:00"),
      foundById: officer.id,
      assigneeId: officer.id,
      noticeServedAt: shanghaiInstant("2026-03-03", "10:00"),
    })
    .returning({ id: hazards.id });
  return { hazardId: hazard!.id, officer };
}

/** The reminders a hazard's notifications and history hold, by recipient login. */
async function remindersOf(hazardId: number) {
  const sent = await test.db
    .select({ login: users.login, kind: notifications.kind })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.hazardId, hazardId));
  const events = await test.db.select().from(hazardEvents).where(and(eq(hazardEvents.hazardId, hazardId), eq(hazardEvents.type, "reminder")));
  return { sent: sent.map((s) => `${s.login}:${s.kind}`).sort(), events: events.length };
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** pg-boss's record of a queue's jobs (its documented schema): state and how often each was retried. */
async function jobRows(name: string) {
  const rows = await test.db.execute(sql`select state, retry_count from pgboss.job where name = ${name} order by created_on`);
  return rowsOf<{ state: string; retry_count: number }>(rows);
}

describe("the scheduled jobs", () => {
  it("are one registry of named jobs, each with a schedule and a handler", () => {
    expect(jobs.map((j) => j.name).sort()).toEqual(["care-visits-overdue", "hazard-deadlines", "notification-retry", "retention-purge"]);
    expect(new Set(jobs.map((j) => j.name)).size).toBe(jobs.length);
    for (const job of jobs) expect(job.schedule.split(" ")).toHaveLength(5);
  });

  it("run a scheduled reminder by the injected clock, and once more after a restart when the first run had not completed", async () => {
    const { hazardId } = await hazardDueTomorrow();
    // Every minute, for the test (production: every half hour), in a queue of its own: a schedule makes one
    // job a minute, and the other tests must not find this minute's taken.
    const everyMinute = { ...hazardDeadlines, name: "hazard-deadlines-restart", schedule: "* * * * *" };
    let firstRunStarted = false;
    // The first instance takes the job and stops before finishing it (its process is being restarted).
    const stalls: Job = {
      ...everyMinute,
      run: () => {
        firstRunStarted = true;
        return new Promise<string>(() => {});
      },
    };
    const first = await start(test.handle, { jobs: [stalls], applicationName: "portal-jobs-first" });
    await until(async () => firstRunStarted, "the first instance to take the job");
    expect(await remindersOf(hazardId)).toEqual({ sent: [], events: 0 });
    await first.stop({ graceful: false });
    runners.splice(runners.indexOf(first), 1);

    await start(test.handle, { jobs: [everyMinute], applicationName: "portal-jobs-restarted" });
    await until(async () => (await remindersOf(hazardId)).events > 0, "the reminder after the restart");
    expect(await remindersOf(hazardId)).toEqual({ sent: ["officer.liuyin:hazard_deadline_soon"], events: 1 });
    // The job the first instance had taken was run again (one retry) and completed.
    await until(async () => (await jobRows(everyMinute.name)).some((j) => j.state === "completed" && j.retry_count === 1), "the retried job to complete");
  });

  it("expire a run whose instance died without a word, and run it again", async () => {
    const { hazardId } = await hazardDueTomorrow();
    let hung = false;
    const everyMinute = { ...hazardDeadlines, name: "hazard-deadlines-crash", schedule: "* * * * *" };
    const dies: Job = {
      ...everyMinute,
      run: () => {
        hung = true;
        return new Promise<string>(() => {});
      },
    };
    // The instance that dies neither completes nor fails its job, and takes no other: the job stays active
    // until it expires (1 s here, 15 min in production), and is then retried.
    const dying = await start(test.handle, { jobs: [dies], applicationName: "portal-jobs-dies" });
    await until(async () => hung, "the job to be taken");
    await dying.boss.offWork(everyMinute.name);
    await start(test.handle, { jobs: [everyMinute], applicationName: "portal-jobs-survivor" });
    await until(async () => (await remindersOf(hazardId)).events > 0, "the reminder from the surviving instance");
    expect(await remindersOf(hazardId)).toEqual({ sent: ["officer.liuyin:hazard_deadline_soon"], events: 1 });
  });
});

// Two app instances behind a load balancer are two connection pools on one PostgreSQL (the embedded database
// belongs to one process by design, so this runs in the PostgreSQL pass of `npm test` only).
describe.runIf(Boolean(process.env.DATABASE_URL))("with two app instances on one PostgreSQL (PostgreSQL only: the embedded database belongs to one process)", () => {
  it("a scheduled reminder fires once", async () => {
    const second = await openDatabase({ url: test.url, dataDir: "" });
    try {
      const { hazardId } = await hazardDueTomorrow();
      // Which minute each run started in: the schedule makes at most one run a minute, whichever instance takes it.
      const runs: string[] = [];
      const counted: Job = {
        ...hazardDeadlines,
        name: "hazard-deadlines-two-instances",
        schedule: "* * * * *",
        async run(db, at) {
          runs.push(new Date().toISOString().slice(0, 16));
          return hazardDeadlines.run(db, at);
        },
      };
      await start(test.handle, { jobs: [counted], applicationName: "portal-jobs-a" });
      await start(second, { jobs: [counted], applicationName: "portal-jobs-b" });
      await until(async () => (await remindersOf(hazardId)).events > 0, "the reminder");
      // Both instances keep checking the schedule and polling for a few seconds more.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      expect(await remindersOf(hazardId)).toEqual({ sent: ["officer.liuyin:hazard_deadline_soon"], events: 1 });
      expect(runs.length).toBeGreaterThan(0);
      expect(new Set(runs).size).toBe(runs.length);
    } finally {
      for (const runner of runners.splice(0)) await runner.stop({ graceful: false }).catch(() => {});
      await second.close();
    }
  });
});
