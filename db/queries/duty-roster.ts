import "server-only";
import { and, asc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { canSetDutyRoster, dutyRoles, type StaffUser } from "@/lib/authz";
import { urgentKinds } from "@/lib/request-kinds";
import type { Db } from "../client";
import { dutyShifts, requests, users } from "../schema";
import { audit } from "./audit";

/**
 * Whether a request is a call for help that reached this staff member (an id, or the users column of a join)
 * as duty officer: it came outside office hours on a day the roster has them on duty. Part of what they may
 * see (queue.ts, requestVisibleTo) and of whom a new call for help notifies (notifications.ts).
 */
export function reachedOnDuty(staff: number | AnyPgColumn): SQL {
  return sql`(${inArray(requests.kind, urgentKinds)} and exists (select 1 from ${dutyShifts} where ${dutyShifts.userId} = ${staff}
    and ${requests.dutyDay} between ${dutyShifts.firstDay} and ${dutyShifts.lastDay}))`;
}

/** The station of the acting staff member, as a subquery (the roster is the station's). */

/** The roster from a day on (today, for the page): the chief's only; null for anyone else. */
export async function listDutyRoster(db: Db, user: StaffUser, fromDay: string) {
  if (!canSetDutyRoster(user)) return null;
  const setBy = alias(users, "set_by");
  return db
    .select({
      id: dutyShifts.id,
      firstDay: dutyShifts.firstDay,
      lastDay: dutyShifts.lastDay,
      staffName: users.name,
      staffTitle: users.title,
      setByName: setBy.name,
    })
    .from(dutyShifts)
    .innerJoin(users, eq(users.id, dutyShifts.userId))
    .innerJoin(setBy, eq(setBy.id, dutyShifts.createdById))
    .where(and(eq(dutyShifts.stationId, user.stationId), gte(dutyShifts.lastDay, fromDay)))
    .orderBy(asc(dutyShifts.firstDay), asc(dutyShifts.id));
}

/** Who can be put on the roster: the station's active officers and chief. Empty for anyone but the chief. */
export async function listDutyCandidates(db: Db, user: StaffUser) {
  if (!canSetDutyRoster(user)) return [];
  return db
    .select({ id: users.id, name: users.name, title: users.title })
    .from(users)
    .where(and(eq(users.stationId, user.stationId), eq(users.active, true), inArray(users.role, [...dutyRoles])))
    .orderBy(asc(users.id));
}

export type DutyChange = "ok" | "not_allowed" | "unknown_staff" | "not_found";

/** Puts a staff member on duty from one day to another (inclusive). The chief only; audited. */
export async function addDutyShift(
  db: Db,
  user: StaffUser,
  shift: { staff: number; firstDay: string; lastDay: string },
): Promise<DutyChange> {
  if (!canSetDutyRoster(user)) return "not_allowed";
  const [staff] = await db
    .select({ id: users.id, stationId: users.stationId })
    .from(users)
    .where(and(eq(users.id, shift.staff), eq(users.stationId, user.stationId), eq(users.active, true), inArray(users.role, [...dutyRoles])));
  if (!staff) return "unknown_staff";
  const [added] = await db
    .insert(dutyShifts)
    .values({ stationId: staff.stationId, userId: staff.id, firstDay: shift.firstDay, lastDay: shift.lastDay, createdById: user.id })
    .returning({ id: dutyShifts.id });
  await audit(db, user, "duty_roster.add", { type: "duty_shift", id: added!.id }, { userId: staff.id, firstDay: shift.firstDay, lastDay: shift.lastDay });
  return "ok";
}

/** Takes an entry off the roster. The chief only; audited. */
export async function removeDutyShift(db: Db, user: StaffUser, shiftId: number): Promise<DutyChange> {
  if (!canSetDutyRoster(user)) return "not_allowed";
  const [removed] = await db
    .delete(dutyShifts)
    .where(and(eq(dutyShifts.id, shiftId), eq(dutyShifts.stationId, user.stationId)))
    .returning({ userId: dutyShifts.userId, firstDay: dutyShifts.firstDay, lastDay: dutyShifts.lastDay });
  if (!removed) return "not_found";
  await audit(db, user, "duty_roster.remove", { type: "duty_shift", id: shiftId }, removed);
  return "ok";
}
