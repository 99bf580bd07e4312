import { remindOverdueCareVisits } from "@/db/queries/field-reminders";
import { deliverPending } from "@/server/notifications/deliver";
import { senderFromEnv } from "@/server/notifications/sender";
import type { Job } from "./job";

/** Every morning at 7:30: the community's officers hear of each care subject whose visit became overdue (once per missed visit). */
export const careVisitsOverdue: Job = {
  name: "care-visits-overdue",
  schedule: "30 7 * * *",
  async run(db, now) {
    const reminded = await remindOverdueCareVisits(db, now);
    await deliverPending(db, senderFromEnv());
    return `${reminded} overdue care visit(s) reminded`;
  },
};
