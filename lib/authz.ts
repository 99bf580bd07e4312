import type { ApplicationStatus, RequestKind, Role } from "@/db/schema";

/** What the signed-in staff member is; carried in the session and re-checked against the database. */
export interface StaffUser {
  id: number;
  role: Role;
  communityId: number | null;
  name: string;
}

/**
 * Which residents' requests a staff member may read and change. The single source of these rules:
 * db/queries turn the scope into a WHERE clause, so not allowed and not found look the same.
 */
export type RequestScope = { kind: "all" } | { kind: "community"; communityId: number } | { kind: "none" };

export function requestScope(user: StaffUser): RequestScope {
  switch (user.role) {
    case "chief":
    case "admin":
      return { kind: "all" };
    case "officer":
    case "auxiliary":
      return user.communityId === null ? { kind: "none" } : { kind: "community", communityId: user.communityId };
    case "mediator":
      return { kind: "none" };
  }
}

export function canUseQueue(user: StaffUser): boolean {
  return requestScope(user).kind !== "none";
}

/** Staff who may filter the queue by community (the others only ever see their own). */
export function seesAllCommunities(user: StaffUser): boolean {
  return requestScope(user).kind === "all";
}

/** Sworn staff: community officers, the chief and the administrator (not auxiliaries, not mediators). */
function isSworn(user: StaffUser): boolean {
  return canUseQueue(user) && user.role !== "auxiliary";
}

/**
 * Who may reveal a resident's full phone number on a request of this kind (each reveal audited): everyone who
 * works the queue, so that whoever holds a request can call back — except an auxiliary on a tip, whose
 * reporter stays hidden from them.
 */
export function canRevealPhone(user: StaffUser, kind: RequestKind): boolean {
  return canUseQueue(user) && !hidesReporter(user, kind);
}

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

/**
 * The appointments day view and attendance marks: everyone who works a queue. Bookings are scoped by
 * requestScope on the community of the officer the slot is with; bookings at the station's service hall
 * (no officer) are the whole station's and visible to all of them.
 */
export function canWorkAppointments(user: StaffUser): boolean {
  return canUseQueue(user);
}

/** Who may set the answer-time targets (the administrator). */
export function canEditTargets(user: StaffUser): boolean {
  return user.role === "admin";
}

/** Who may edit the service catalogue (办事指南): the administrator. */
export function canEditServices(user: StaffUser): boolean {
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

/** Roles allowed into the dashboard at all. */
export const staffRoles: readonly Role[] = ["admin", "chief", "officer", "auxiliary", "mediator"];

/** Whose contact boards a staff member may list, add and print: an officer their own, the chief and admin any. */
export function canManageBoards(user: StaffUser, officerId: number): boolean {
  if (user.role === "chief" || user.role === "admin") return true;
  return user.role === "officer" && user.id === officerId;
}

/** Who may print every board at once and read the scan counts: the chief and the administrator. */
export function seesAllBoards(user: StaffUser): boolean {
  return user.role === "chief" || user.role === "admin";
}

/**
 * Who may move a service application to a step: an auxiliary may take it into review and ask the resident
 * for information; deciding it (ready, completed, refused) is for a sworn officer or the chief.
 */
export function canMoveApplication(user: StaffUser, to: ApplicationStatus): boolean {
  if (!canUseQueue(user)) return false;
  if (to === "reviewing" || to === "needs_info") return true;
  return user.role === "officer" || user.role === "chief";
}

/** Who may see an applicant's full ID number (each time audited): sworn staff, never an auxiliary. */
export function canRevealIdNumber(user: StaffUser): boolean {
  return isSworn(user);
}

/** The evening delivery list and its records: everyone who works a queue, for the deliveries in their scope. */
export function canDeliver(user: StaffUser): boolean {
  return canUseQueue(user);
}

/**
 * Appointment slot templates (when a service can be booked, at the station hall or with one officer):
 * the administrator sees and edits all of them, the chief sees all of them, an officer sees and edits
 * their own (officerId = their id) and no one else's. Not allowed and not found look the same.
 */
export type SlotTemplateScope = { kind: "all" } | { kind: "officer"; officerId: number } | { kind: "none" };

export function slotTemplateScope(user: StaffUser): SlotTemplateScope {
  switch (user.role) {
    case "admin":
    case "chief":
      return { kind: "all" };
    case "officer":
      return { kind: "officer", officerId: user.id };
    default:
      return { kind: "none" };
  }
}

/** Who may open the slot templates pages at all. */
export function seesSlotTemplates(user: StaffUser): boolean {
  return slotTemplateScope(user).kind !== "none";
}

/** Who may add templates: the administrator (any), an officer (their own). */
export function canCreateSlotTemplates(user: StaffUser): boolean {
  return user.role === "admin" || user.role === "officer";
}

/**
 * Whether the user may create or change a template with this officer (null: the station hall). Checked
 * against the stored template and against what it is changed into, so an officer can neither edit a
 * colleague's template nor hand their own to the hall or to someone else.
 */
export function canEditSlotTemplate(user: StaffUser, template: { officerId: number | null }): boolean {
  if (user.role === "admin") return true;
  return user.role === "officer" && template.officerId === user.id;
}
