import { deliverPending } from "@/server/notifications/deliver";
import { senderFromEnv } from "@/server/notifications/sender";
import type { Job } from "./job";

/**
 * Notifications are sent right after the change that made them (deliverAfterResponse), and the reminder jobs
 * send theirs when they finish; a send that failed (the SMS gateway down) or an instance that stopped first
 * leaves rows undelivered. This picks them up every minute, whichever instance runs it (rows are locked
 * while sent: two senders never send one twice).
 */
export const notificationRetry: Job = {
  name: "notification-retry",
  schedule: "* * * * *",
  async run(db) {
    let delivered = 0;
    for (let batch = await deliverPending(db, senderFromEnv()); batch > 0; batch = await deliverPending(db, senderFromEnv())) delivered += batch;
    return delivered > 0 ? `${delivered} notification(s) delivered` : "";
  },
};
