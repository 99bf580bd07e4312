import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { submitResidentRequest } from "@/db/queries/resident-requests";
import { requestEvents, requests } from "@/db/schema";

export interface ResidentMessage {
  officer: string;
  body?: string;
  name?: string | null;
  phone?: string | null;
  repeatKey?: string;
}

/** A resident leaves a message on an officer's page, in one transaction as the server action does. */
export function leaveMessage(db: Db, message: ResidentMessage) {
  return db.transaction((tx) =>
    submitResidentRequest(tx as unknown as Db, {
      kind: "message",
      officerSlug: message.officer,
      residentName: message.name ?? null,
      residentPhone: message.phone ?? null,
      body: message.body ?? "楼下路灯坏了一个星期，晚上回家很黑，请帮忙联系修理。",
      repeatKey: message.repeatKey ?? `test-key-${randomUUID()}`,
    }),
  );
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
