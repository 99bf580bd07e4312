import { env } from "@/lib/env";
import { log } from "@/lib/log";

/** One notification on its way to a staff member. Carries no resident contact details. */
export interface NotificationMessage {
  userId: number;
  /** The request it is about; null for a hazard's or a care subject's reminder. */
  requestId: string | null;
  /** What a person can look it up by: the request's reference code, or hazard-<id> / care-<id>. */
  referenceCode: string;
  kind: string;
}

/** Delivers notifications. A new channel (SMS, WeCom) is a new implementation here plus a case in senderFromEnv. */
export interface NotificationSender {
  /** Resolves once the message is handed over; throws when it was not (the outbox row is then tried again). */
  send(message: NotificationMessage): Promise<void>;
}

/** Development: one log line per message. */
export class DevLogSender implements NotificationSender {
  constructor(private readonly write: (line: string) => void = (line) => log.info(line)) {}

  async send(message: NotificationMessage): Promise<void> {
    this.write(`notification sent: user=${message.userId} kind=${message.kind} about=${message.referenceCode}`);
  }
}

/** The sender NOTIFY_SENDER names (validated in lib/env.ts). */
export function senderFromEnv(name: typeof env.NOTIFY_SENDER = env.NOTIFY_SENDER): NotificationSender {
  switch (name) {
    case "log":
      return new DevLogSender();
  }
}
