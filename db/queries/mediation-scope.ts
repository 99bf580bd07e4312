import "server-only";
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { mediationScope, type MediationScope, type StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { committeeMembers, mediationCases } from "../schema";

/** The user's active seat on their station's committee, if they have one. */
export async function committeeSeat(db: Db, user: StaffUser): Promise<{ memberId: number } | null> {
  const [seat] = await db
    .select({ memberId: committeeMembers.id })
    .from(committeeMembers)
    .where(and(eq(committeeMembers.userId, user.id), eq(committeeMembers.stationId, user.stationId), eq(committeeMembers.active, true)));
  return seat ?? null;
}

/** Which cases the user may see and work on (lib/authz/mediation.ts has the rule). */
export async function mediationAccess(db: Db, user: StaffUser): Promise<MediationScope> {
  return mediationScope(user, await committeeSeat(db, user));
}

/**
 * The WHERE clause of every case query: the user's station's cases, and for a seated mediator only those they
 * sit on. A case outside it is simply not found.
 */
export function caseVisibleTo(user: StaffUser, scope: MediationScope): SQL {
  if (scope.kind === "none") return sql`false`;
  const station = eq(mediationCases.stationId, user.stationId);
  if (scope.kind === "station") return station;
  const sits = or(
    eq(mediationCases.leadMediatorId, scope.memberId),
    eq(mediationCases.secondMediatorId, scope.memberId),
    eq(mediationCases.thirdMediatorId, scope.memberId),
  )!;
  return and(station, sits)!;
}
