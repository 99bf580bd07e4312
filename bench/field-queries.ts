/**
 * The overdue queries' plans at the bench's size: each data function is run as the page or the reminder job
 * runs it, its SQL captured from the driver, then EXPLAINed (ANALYZE, BUFFERS) with the same parameters — the
 * reminder job's inside a transaction that is rolled back. Run by bench/field.ts in a child process:
 *
 *   tsx --conditions=react-server bench/field-queries.ts postgres://…/bench_db
 *
 * (the query modules import "server-only", which only the react-server condition lets a script load).
 */
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { Db } from "@/db/client";
import { careVisitsDue, listCareSubjects } from "@/db/queries/care-subjects";
import { hazardsDue, listHazards } from "@/db/queries/field-hazards";
import { remindHazardDeadlines, remindOverdueCareVisits } from "@/db/queries/field-reminders";
import * as schema from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";

async function main(url: string) {
  const captured: { query: string; params: unknown[] }[] = [];
  const client = postgres(url, { max: 1, onnotice: () => {}, debug: (_connection, query, params) => captured.push({ query, params: [...params] }) });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Db;
  const plain = postgres(url, { max: 1, onnotice: () => {} });
  const staffOf = async (login: string): Promise<StaffUser> => {
    const [row] = await plain<StaffUser[]>`select id, role, station_id as "stationId", community_id as "communityId", name from users where login = ${login}`;
    return row!;
  };
  const officer = await staffOf("officer.liuyin");
  const chief = await staffOf("chief");
  const now = new Date();
  const today = shanghaiDay(now);

  const cases: { name: string; run: (handle: Db) => Promise<unknown>; writes?: boolean }[] = [
    { name: "overdue care subjects, an officer's list", run: (d) => listCareSubjects(d, officer, { view: "overdue", today }) },
    { name: "care visits due this week, the chief's day page", run: (d) => careVisitsDue(d, chief, today, 40) },
    { name: "overdue hazards, an officer's list", run: (d) => listHazards(d, officer, { view: "overdue", today }) },
    { name: "hazards due, the chief's day page", run: (d) => hazardsDue(d, chief, today, { aheadDays: 3, limit: 40 }) },
    { name: "reminder job: overdue care visits", run: (d) => remindOverdueCareVisits(d, now), writes: true },
    { name: "reminder job: hazard deadlines", run: (d) => remindHazardDeadlines(d, now), writes: true },
  ];
  for (const c of cases) {
    captured.length = 0;
    // A job is run for its SQL and rolled back: every plan is EXPLAINed on the data as generated.
    if (c.writes) await db.transaction(async (tx) => (await c.run(tx), tx.rollback())).catch(() => {});
    else await c.run(db);
    // The data functions' own statements (not the driver's look-up of array types in pg_catalog).
    const queries = captured.filter((q) => /^\s*(select|with|update)/i.test(q.query) && !/\bpg_type\b/.test(q.query));
    console.log(`\n### ${c.name}\n`);
    for (const q of queries) {
      const plan = await plain.begin(async (tx) => {
        const rows = await tx.unsafe(`explain (analyze, buffers, costs off) ${q.query}`, q.params as never[]);
        throw Object.assign(new Error("rollback"), { rows });
      }).catch((error: { rows?: { "QUERY PLAN": string }[] }) => error.rows ?? []);
      console.log("```\n" + plan.map((r) => r["QUERY PLAN"]).join("\n") + "\n```");
    }
  }
  await client.end({ timeout: 5 });
  await plain.end({ timeout: 5 });
}

main(process.argv[2]!).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
