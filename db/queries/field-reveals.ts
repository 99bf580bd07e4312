import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { auditLog } from "../schema";
import { PHONE_REVEAL_MINUTES } from "@/lib/authz";

/*
 * A phone on a field record (a care subject's, their emergency contact's, a hazard's responsible party's) is
 * revealed like a resident's phone on a request: an audit row, which shows it to that user for
 * PHONE_REVEAL_MINUTES, and no longer.
 */

export type FieldRevealTarget = { type: "care_subject" | "hazard"; id: number };

export const FIELD_PHONE_REVEAL = "field.reveal_phone";

/** Whether this user revealed this record's phone within the window (the audit row is the proof). */
export async function revealedFieldPhone(db: Db, user: StaffUser, target: FieldRevealTarget): Promise<boolean> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorId, user.id),
        eq(auditLog.action, FIELD_PHONE_REVEAL),
        eq(auditLog.targetType, target.type),
        eq(auditLog.targetId, String(target.id)),
        gt(auditLog.createdAt, sql`now() - make_interval(mins => ${PHONE_REVEAL_MINUTES})`),
      ),
    )
    .limit(1);
  return Boolean(row);
}
