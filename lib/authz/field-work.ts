import type { Role } from "@/db/schema";
import type { StaffUser } from "./staff";

/*
 * Field work (issue 9): visits, hazards, care subjects and the officer's day. Each community's officers and
 * auxiliaries see and record their own community's; the chief sees every community of the station and records
 * nothing. The administrator and the mediator have no part in it: for them every page of it is not found.
 * db/queries/field-*.ts turn fieldWorkScope into WHERE clauses, so another community's record is not found.
 */
export type FieldWorkScope = { kind: "station" } | { kind: "community"; communityId: number } | { kind: "none" };

export function fieldWorkScope(user: StaffUser): FieldWorkScope {
  switch (user.role) {
    case "chief":
      return { kind: "station" };
    case "officer":
    case "auxiliary":
      return user.communityId === null ? { kind: "none" } : { kind: "community", communityId: user.communityId };
    case "admin":
    case "mediator":
      return { kind: "none" };
  }
}

/** Who may open the field pages at all (the officer's day, visits, hazards, care subjects). */
export function seesFieldWork(user: StaffUser): boolean {
  return fieldWorkScope(user).kind !== "none";
}

/**
 * Who records field work (visits, hazards found, care subjects and their visits): the community's officers and
 * auxiliaries, always in their own community. The chief reads.
 */
export function recordsFieldWork(user: StaffUser): boolean {
  return fieldWorkScope(user).kind === "community";
}

/** The community a field record is made in: the recorder's own, never one named by a form. */
export function fieldWorkCommunity(user: StaffUser): number | null {
  const scope = fieldWorkScope(user);
  return scope.kind === "community" ? scope.communityId : null;
}

/**
 * Serving a rectification notice (责令限期改正通知书), handing a hazard over to another authority and verifying a
 * rectification by re-inspection are acts of a sworn officer; an auxiliary finds hazards and records that the
 * work was done (with the proof photo), for the officer to verify.
 */
export function canServeHazardNotice(user: StaffUser): boolean {
  return user.role === "officer" && recordsFieldWork(user);
}

export function canVerifyHazard(user: StaffUser): boolean {
  return canServeHazardNotice(user);
}

/**
 * Care subjects (关爱对象) are seen only by their community's officers and auxiliaries and by the chief, the
 * same people as the rest of field work; a reveal of their phone or their emergency contact's is audited, and
 * allowed to those who visit them (the chief reads the lists, masked).
 */
export function seesCareSubjects(user: StaffUser): boolean {
  return seesFieldWork(user);
}

export function canRevealFieldPhone(user: StaffUser): boolean {
  return recordsFieldWork(user);
}

/**
 * Where staff land after signing in: officers and auxiliaries on their day (我的今天), which they open first;
 * everyone else on the queue (the dashboard's home), as before.
 */
export function landingPath(role: Role | null): string {
  return role === "officer" || role === "auxiliary" ? "/dashboard/today" : "/dashboard";
}
