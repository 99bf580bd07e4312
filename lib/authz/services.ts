import type { ApplicationStatus } from "@/db/schema";
import { canUseQueue, isSworn, type StaffUser } from "./staff";

/**
 * The appointments day view and attendance marks: everyone who works a queue. Bookings are scoped by
 * requestScope on the community of the officer the slot is with; bookings at the station's service hall
 * (no officer) are the whole station's and visible to all of them.
 */
export function canWorkAppointments(user: StaffUser): boolean {
  return canUseQueue(user);
}

/** Who may edit the service catalogue (办事指南): the administrator. */
export function canEditServices(user: StaffUser): boolean {
  return user.role === "admin";
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

/** How long an applicant's ID number stays shown after a reveal (audited) by this staff member. */
export const ID_REVEAL_MINUTES = 10;

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
