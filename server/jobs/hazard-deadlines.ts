import { remindHazardDeadlines } from "@/db/queries/field-reminders";
import { deliverPending } from "@/server/notifications/deliver";
import { senderFromEnv } from "@/server/notifications/sender";
import type { Job } from "./job";

/**
 * Hazard clocks (db/queries/field-reminders.ts): the rectification notice due (third working day after
 * finding), the deadline tomorrow, the deadline passed, and escalation (督办) three working days after it.
 * Every half hour, so a reminder arrives the morning it is due; each goes out once.
 */
export const hazardDeadlines: Job = {
  name: "hazard-deadlines",
  schedule: "*/30 * * * *",
  async run(db, now) {
    const result = await remindHazardDeadlines(db, now);
    await deliverPending(db, senderFromEnv());
    return `notice due ${result.noticeDue}, deadline soon ${result.deadlineSoon}, overdue ${result.overdue}, escalated ${result.escalated}`;
  },
};
