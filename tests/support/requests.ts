import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import { requestEvents, requests } from "@/db/schema";
import type { AnsweredKind } from "@/lib/request-kinds";

export interface ResidentMessage {
  officer: string;
  kind?: AnsweredKind;
  body?: string;
  name?: string | null;
  phone?: string | null;
  anonymous?: boolean;
  details?: Record<string, string>;
  repeatKey?: string;
  clientKey?: string;
  addressKey?: string;
}

/** Submits as the server action does (one transaction, rolled back when limited); the raw result. */
export function submit(db: Db, message: ResidentMessage) {
  return db
    .transaction(async (tx) => {
      const result = await submitResidentRequest(tx, {
        kind: message.kind ?? "message",
        officerSlug: message.officer,
        residentName: message.name ?? null,
        residentPhone: message.phone ?? null,
        anonymous: message.anonymous ?? false,
        body: message.body ?? "楼下路灯坏了一个星期，晚上回家很黑，请帮忙联系修理。",
        details: message.details ?? {},
        repeatKey: message.repeatKey ?? `test-key-${randomUUID()}`,
        clientKey: message.clientKey ?? `test-client-${randomUUID()}`,
        addressKey: message.addressKey ?? `test-address-${randomUUID()}`,
        phoneKey: message.phone ? `test-phone-${message.phone}` : null,
      });
      if (result.status === "limited") throw new Limited(result.until);
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof Limited) return { status: "limited" as const, until: error.until };
      throw error;
    });
}

class Limited extends Error {
  constructor(readonly until: Date) {
    super("limited");
  }
}

/** A resident leaves a message on an officer's page: the code and secret, or null when the officer is unknown. */
export async function leaveMessage(db: Db, message: ResidentMessage) {
  const result = await submit(db, message);
  if (result.status === "unknown_officer") return null;
  if (result.status === "limited") throw new Error("submission limited");
  return { referenceCode: result.referenceCode, secret: result.secret, repeated: result.status === "repeated", dueAt: result.dueAt };
}

/** Like leaveMessage, for when the officer is known to exist: also returns the stored request's id. */
export async function leaveMessageFor(db: Db, message: ResidentMessage) {
  const submitted = await leaveMessage(db, message);
  if (!submitted) throw new Error(`officer ${message.officer} refused the message`);
  const row = await requestByCode(db, submitted.referenceCode);
  return { ...submitted, id: row.id };
}

export async function requestByCode(db: Db, code: string) {
  const [row] = await db.select().from(requests).where(eq(requests.referenceCode, code));
  if (!row) throw new Error(`no request ${code}`);
  return row;
}

export function eventsOf(db: Db, requestId: string) {
  return db.select().from(requestEvents).where(eq(requestEvents.requestId, requestId));
}

export async function countRows(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}
