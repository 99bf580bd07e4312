import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { addDays, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { DEADLINE_REMINDER_DAYS, ESCALATE_AFTER_WORKING_DAYS, NOTICE_WORKING_DAYS, lastDayReaching } from "@/lib/field-work";
import type { Db } from "../client";
import { careSubjects, communities, hazardEvents, hazards, notifications, users } from "../schema";
import { rowsOf } from "./raw-rows";

/*
 * What the reminder jobs (server/jobs/) do, as of `now`. Each reminder is marked on its record in the same
 * statement that picks it (an UPDATE … RETURNING feeding the notifications' INSERT), so it goes out once
 * however often a job runs, and two instances running one at the same moment cannot both send it: the
 * second waits for the first's row locks, then finds the mark set. Set-based, for 50,000 care subjects.
 */

export interface HazardReminderResult {
  noticeDue: number;
  deadlineSoon: number;
  overdue: number;
  escalated: number;
}

type HazardReminder = "hazard_notice_due" | "hazard_deadline_soon" | "hazard_overdue" | "hazard_escalated";

/**
 * Marks the hazards `marked` selects (an UPDATE … RETURNING id, community_id, assignee_id), writes a reminder
 * event on each, and notifies its assignee if active, else its community's active officers — and, for an
 * escalation, the station's chief too. Returns how many hazards it marked.
 */
async function remindHazards(db: Db, marked: SQL, kind: HazardReminder): Promise<number> {
  const escalation = kind === "hazard_escalated";
  const chiefs = escalation
    ? sql`or (u.role = 'chief' and u.station_id = (select c.station_id from ${communities} c where c.id = m.community_id))`
    : sql``;
  const rows = await db.execute<{ n: number }>(sql`
    with marked as (${marked}),
    events as (
      insert into ${hazardEvents} (hazard_id, type, data)
      select id, ${escalation ? "escalated" : "reminder"}::hazard_event_type, jsonb_build_object('reminder', ${kind}::text) from marked
    ),
    recipients as (
      select m.id as hazard_id, u.id as user_id from marked m
        join ${users} u on u.active and (
          u.id = m.assignee_id
          or (u.community_id = m.community_id and u.role = 'officer'
              and not exists (select 1 from ${users} a where a.id = m.assignee_id and a.active))
          ${chiefs}
        )
    ),
    sent as (
      insert into ${notifications} (user_id, hazard_id, kind)
      select distinct user_id, hazard_id, ${kind} from recipients
    )
    select count(*)::int as n from marked`);
  return Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0);
}

/** The start (Beijing midnight) of the day after `day`: "on or before day" is "before this instant". */
const endOfDay = (day: string) => shanghaiInstant(addDays(day, 1), "00:00").toISOString();

export async function remindHazardDeadlines(db: Db, instant: Date): Promise<HazardReminderResult> {
  const today = shanghaiDay(instant);
  // As text: drizzle hands postgres.js raw parameters as they are, and it takes no Date there.
  const now = instant.toISOString();
  return db.transaction(async (tx) => {
    // The notice is due on the third working day after finding: found on or before the last day that reaches today.
    const foundBy = endOfDay(lastDayReaching(today, NOTICE_WORKING_DAYS));
    const noticeDue = await remindHazards(
      tx,
      sql`update ${hazards} set notice_reminded_at = ${now}
        where status = 'found' and notice_reminded_at is null and found_at < ${foundBy}
        returning id, community_id, assignee_id`,
      "hazard_notice_due",
    );
    const deadlineSoon = await remindHazards(
      tx,
      sql`update ${hazards} set deadline_reminded_at = ${now}
        where status in ('notice_served', 'rectifying') and deadline_reminded_at is null
          and deadline between ${today} and ${addDays(today, DEADLINE_REMINDER_DAYS)}
        returning id, community_id, assignee_id`,
      "hazard_deadline_soon",
    );
    // Escalation first: a hazard long past its deadline that was never reminded gets the escalation, not both.
    const lateBy = lastDayReaching(addDays(today, -1), ESCALATE_AFTER_WORKING_DAYS);
    const escalated = await remindHazards(
      tx,
      sql`update ${hazards} set status = 'escalated', escalated_at = ${now}, overdue_reminded_at = coalesce(overdue_reminded_at, ${now})
        where status in ('found', 'notice_served', 'rectifying') and deadline <= ${lateBy}
        returning id, community_id, assignee_id`,
      "hazard_escalated",
    );
    const overdue = await remindHazards(
      tx,
      sql`update ${hazards} set overdue_reminded_at = ${now}
        where status in ('found', 'notice_served', 'rectifying', 'escalated') and overdue_reminded_at is null and deadline < ${today}
        returning id, community_id, assignee_id`,
      "hazard_overdue",
    );
    return { noticeDue, deadlineSoon, overdue, escalated };
  });
}

/**
 * Care subjects whose visit is overdue (due before today, not closed): their community's active officers hear
 * of it once per missed visit (the due day reminded about is kept on the subject).
 */
export async function remindOverdueCareVisits(db: Db, now: Date): Promise<number> {
  const today = shanghaiDay(now);
  return db.transaction(async (tx) => {
    const rows = await tx.execute<{ n: number }>(sql`
      with due as (
        update ${careSubjects} set overdue_reminded_for = next_visit_due
        where closed_at is null and next_visit_due < ${today} and overdue_reminded_for is distinct from next_visit_due
        returning id, community_id
      ),
      sent as (
        insert into ${notifications} (user_id, care_subject_id, kind)
        select u.id, due.id, 'care_visit_overdue' from due
          join ${users} u on u.community_id = due.community_id and u.role = 'officer' and u.active
      )
      select count(*)::int as n from due`);
    return Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0);
  });
}
