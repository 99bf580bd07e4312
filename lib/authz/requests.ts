import type { RequestKind, Role } from "@/db/schema";
import { canUseQueue, isSworn, type StaffUser } from "./staff";

/**
 * Who may reveal a resident's full phone number on a request of this kind (each reveal audited): everyone who
 * works the queue, so that whoever holds a request can call back — except an auxiliary on a tip, whose
 * reporter stays hidden from them.
 */
export function canRevealPhone(user: StaffUser, kind: RequestKind): boolean {
  return canUseQueue(user) && !hidesReporter(user, kind);
}

/** How long a phone number stays revealed after the staff member asked for it (and the audit row was written). */
export const PHONE_REVEAL_MINUTES = 10;

/** Who may hand a request to a colleague: everyone who works the queue (an auxiliary passes one back too). */
export function canHandOver(user: StaffUser): boolean {
  return canUseQueue(user);
}

/** Who may publish public content (FAQ answers, prevention tips): officers, the chief and the administrator. */
export function canPublish(user: StaffUser): boolean {
  return isSworn(user);
}

/** Whether the reporter of this kind of request is hidden from the user: auxiliaries never see a tip's contact. */
export function hidesReporter(user: StaffUser, kind: RequestKind): boolean {
  return kind === "tip" && user.role === "auxiliary";
}

/** Who may set the answer-time targets (the administrator). */
export function canEditTargets(user: StaffUser): boolean {
  return user.role === "admin";
}

/** Who sets the duty roster (the station's duty officer for each day): the station chief. */
export function canSetDutyRoster(user: StaffUser): boolean {
  return user.role === "chief";
}

/**
 * Who can stand duty: sworn officers and the chief (an auxiliary cannot reveal a caller's phone). On their
 * duty days they also see, and can answer, the calls for help that came outside office hours, from every
 * community: db/queries/duty-roster.ts turns this into the WHERE clause.
 */
export const dutyRoles: readonly Role[] = ["officer", "chief"];

export function standsDuty(user: StaffUser): boolean {
  return dutyRoles.includes(user.role);
}
