import "server-only";
import { after } from "next/server";
import { getDb } from "@/db";
import { log } from "@/lib/log";
import { deliverPending } from "./deliver";
import { senderFromEnv } from "./sender";

export { deliverPending } from "./deliver";
export { DevLogSender, senderFromEnv, type NotificationMessage, type NotificationSender } from "./sender";

/**
 * Delivers pending notifications once the response has been sent (and the submission's transaction has
 * committed): the resident never waits for a sender. Rows left behind go out with the next delivery.
 */
export function deliverAfterResponse(): void {
  after(async () => {
    try {
      await deliverPending(await getDb(), senderFromEnv());
    } catch (error) {
      log.error("notification delivery failed", { error });
    }
  });
}
