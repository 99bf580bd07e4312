import type { Role } from "@/db/schema";
import type { StaffUser } from "./staff";

/**
 * Which mediation cases a staff member may see and work on, given their seat on the committee (their active
 * membership, looked up by the data layer) or null:
 * - the station chief: every case of their station;
 * - an officer who sits on the committee (the committee's officers): every case of their station;
 * - a mediator (or an auxiliary member): only the cases they sit on, as lead or one of the two co-mediators;
 * - anyone else (an officer not on the committee, the administrator): none — every page, route and action
 *   answers not found.
 * db/queries/mediation-scope.ts turns this into the WHERE clause.
 */
export type MediationScope = { kind: "station" } | { kind: "seated"; memberId: number } | { kind: "none" };

export function mediationScope(user: StaffUser, seat: { memberId: number } | null): MediationScope {
  if (user.role === "chief") return { kind: "station" };
  if (!seat) return { kind: "none" };
  if (user.role === "officer") return { kind: "station" };
  if (user.role === "mediator" || user.role === "auxiliary") return { kind: "seated", memberId: seat.memberId };
  return { kind: "none" };
}

/** Roles that may be given a committee seat with a login (the others are records without one). */
export const seatedRoles: readonly Role[] = ["officer", "auxiliary", "mediator"];

/** Who may open the mediation pages at all (each case is then checked against the scope). */
export function seesMediation(scope: MediationScope): boolean {
  return scope.kind !== "none";
}

/**
 * Who takes a dispute in (from a request, a police referral, a visit, a walk-in, a court) and chooses its
 * mediators: the chief and the committee's officers.
 */
export function canTakeInCases(scope: MediationScope): boolean {
  return scope.kind === "station";
}

/** Who keeps the committee's list of members: the chief and the committee's officers. */
export function canManageCommittee(scope: MediationScope): boolean {
  return scope.kind === "station";
}

/**
 * The station's alliances and the referrals to their partners: everyone who works a community's queue
 * (officers, auxiliaries) and the chief.
 */
export function seesAlliances(user: StaffUser): boolean {
  return user.role === "chief" || user.role === "officer" || user.role === "auxiliary";
}

/** Who records alliances, member organisations and joint activities: the chief and the officers. */
export function canEditAlliances(user: StaffUser): boolean {
  return user.role === "chief" || user.role === "officer";
}

/**
 * The role check of every mediation action: none. Whether the user may act on a case is its scope, decided in
 * the data layer, so that anyone outside it gets the same "not found" as for a missing case.
 */
export function decidedByCaseScope(user: StaffUser): boolean {
  return user.id > 0;
}
