import "server-only";
import type { Db } from "@/db";
import { markDelivered, takeUndelivered } from "@/db/queries/notifications";
import { log } from "@/lib/log";
import type { NotificationSender } from "./sender";

/**
 * Sends undelivered notifications and marks the ones that went out. The rows stay locked while they are sent,
 * so another instance delivering at the same time skips them; a failed send leaves its row for the next try.
 * Returns how many were delivered.
 */
export async function deliverPending(db: Db, sender: NotificationSender, limit = 100): Promise<number> {
  return db.transaction(async (tx) => {
    const pending = await takeUndelivered(tx, limit);
    const delivered: string[] = [];
    for (const { id, ...message } of pending) {
      try {
        await sender.send(message);
        delivered.push(id);
      } catch (error) {
        log.error("notification not delivered, will retry", { referenceCode: message.referenceCode, error });
      }
    }
    await markDelivered(tx, delivered);
    return delivered.length;
  });
}
