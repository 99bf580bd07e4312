import { requestScope, type StaffUser } from "./staff";

/*
 * The station's numbers and incidents (警情). The figures are aggregates, yet a community's still belong to it:
 * officers and auxiliaries see their own community's, the chief and the administrator every community of their
 * station, mediators none. db/queries/stats/ turns this into WHERE clauses (inCommunityScope), so a community
 * outside it is simply not found.
 */

/** Who may open the stats page and the incidents list at all. */
export function canSeeStats(user: StaffUser): boolean {
  return requestScope(user).kind !== "none";
}

/** Whether the user may choose any community of the station in the filters (the others see their own). */
export function seesStationStats(user: StaffUser): boolean {
  return requestScope(user).kind === "all";
}

/** The community a user's figures are confined to, or null when they see the whole station (or nothing). */
export function ownStatsCommunity(user: StaffUser): number | null {
  const scope = requestScope(user);
  return scope.kind === "community" ? scope.communityId : null;
}

/** Who records an incident by hand: sworn staff (officers for their own community, the chief for any). */
export function canRecordIncident(user: StaffUser): boolean {
  return canSeeStats(user) && (user.role === "officer" || user.role === "chief");
}

/** Who imports the station's incident export (every community at once): the chief and the administrator. */
export function canImportIncidents(user: StaffUser): boolean {
  return user.role === "chief" || user.role === "admin";
}

/** Who sets the communities' population figures, the denominators of every rate: the administrator. */
export function canEditPopulation(user: StaffUser): boolean {
  return user.role === "admin";
}
