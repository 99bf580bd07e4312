import type { StaffUser } from "./staff";

/** Whose contact boards a staff member may list, add and print: an officer their own, the chief and admin any. */
export function canManageBoards(user: StaffUser, officerId: number): boolean {
  if (user.role === "chief" || user.role === "admin") return true;
  return user.role === "officer" && user.id === officerId;
}

/** Who may print every board at once and read the scan counts: the chief and the administrator. */
export function seesAllBoards(user: StaffUser): boolean {
  return user.role === "chief" || user.role === "admin";
}
