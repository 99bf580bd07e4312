import "server-only";
import { asc, eq } from "drizzle-orm";
import { canEditTargets, type StaffUser } from "@/lib/authz";
import { defaultResponseMinutes, targetKinds, type AnsweredKind, type TargetKind } from "@/lib/request-kinds";
import { TARGET_MAX_MINUTES, TARGET_MIN_MINUTES } from "@/lib/validation/staff-forms";
import type { Db } from "../client";
import { responseTargets } from "../schema";
import { audit } from "./audit";

// The bounds (5 minutes … 30 days) and the editable kinds (lib/request-kinds) are shared with the form's schema.

/** Minutes within which a request of this kind should get a first answer: the admin's target, else the default. */
export async function getResponseMinutes(db: Db, kind: AnsweredKind): Promise<number> {
  const [row] = await db
    .select({ minutes: responseTargets.minutes })
    .from(responseTargets)
    .where(eq(responseTargets.kind, kind));
  return row?.minutes ?? defaultResponseMinutes[kind];
}

/** Every editable kind with its current target and whether it is the default; null for anyone but an admin. */
export async function listResponseTargets(db: Db, user: StaffUser) {
  if (!canEditTargets(user)) return null;
  const rows = await db
    .select({ kind: responseTargets.kind, minutes: responseTargets.minutes, updatedAt: responseTargets.updatedAt })
    .from(responseTargets)
    .orderBy(asc(responseTargets.kind));
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return targetKinds.map((kind) => {
    const row = byKind.get(kind);
    return {
      kind,
      minutes: row?.minutes ?? defaultResponseMinutes[kind],
      isDefault: !row,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

/** Sets the response targets (admin only; audited). Returns false when the user may not. */
export async function setResponseTargets(
  db: Db,
  user: StaffUser,
  minutes: Partial<Record<TargetKind, number>>,
): Promise<boolean> {
  if (!canEditTargets(user)) return false;
  const changes: Record<string, number> = {};
  for (const kind of targetKinds) {
    const value = minutes[kind];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < TARGET_MIN_MINUTES || value > TARGET_MAX_MINUTES) {
      throw new RangeError(`response target for ${kind} out of range: ${value}`);
    }
    const now = new Date();
    await db
      .insert(responseTargets)
      .values({ kind, minutes: value, updatedAt: now, updatedById: user.id })
      .onConflictDoUpdate({ target: responseTargets.kind, set: { minutes: value, updatedAt: now, updatedById: user.id } });
    changes[kind] = value;
  }
  await audit(db, user, "service_levels.update", { type: "response_targets", id: "all" }, changes);
  return true;
}
