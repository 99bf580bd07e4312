import type { Role } from "@/db/schema";

/** What the signed-in staff member is; carried in the session and re-checked against the database. */
export interface StaffUser {
  id: number;
  role: Role;
  // The station the account belongs to: every record reaches a station, and staff see only their own.
  stationId: number;
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
export function isSworn(user: StaffUser): boolean {
  return canUseQueue(user) && user.role !== "auxiliary";
}

/** Roles allowed into the dashboard at all. */
export const staffRoles: readonly Role[] = ["admin", "chief", "officer", "auxiliary", "mediator"];
