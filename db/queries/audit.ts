import "server-only";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { auditLog } from "../schema";

/** What an audit row is about: the kind of record ("request", "duty_shift", …) and its id. */
export interface AuditTarget {
  type: string;
  id: string | number;
}

export const requestTarget = (id: string): AuditTarget => ({ type: "request", id });

/**
 * Writes who did what to which record. Called inside the change's own transaction, so the row commits or
 * rolls back with it: there is no change without its audit row, and no audit row for a change that failed.
 */
export async function audit(db: Db, user: Pick<StaffUser, "id">, action: string, target: AuditTarget, details?: Record<string, unknown>) {
  await db.insert(auditLog).values({ actorId: user.id, action, targetType: target.type, targetId: String(target.id), details });
}
