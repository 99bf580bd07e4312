import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { requestScope, type StaffUser } from "@/lib/authz";
import { communities } from "../schema";

// The WHERE clauses that keep a staff member to what is theirs. lib/authz decides the scope; these turn it into
// SQL, so a row outside it is simply not found. Every record reaches a station, directly or through its
// community: "all" always means all of the user's own station, never of the deployment.

/** Rows that belong to the user's own station, on the column that says which station a row belongs to. */
export function inStationScope(user: StaffUser, stationId: AnyPgColumn): SQL {
  return eq(stationId, user.stationId);
}

/** Communities of the user's station, as a condition on a community id column (for the "all" scope). */
export function inStation(user: StaffUser, communityId: AnyPgColumn): SQL {
  return sql`${communityId} in (select ${communities.id} from ${communities} where ${communities.stationId} = ${user.stationId})`;
}

/**
 * Rows that belong to the communities the user may see (their own community, or every community of their
 * station for the chief and the administrator), on the column that says which community a row belongs to.
 */
export function inCommunityScope(user: StaffUser, communityId: AnyPgColumn): SQL {
  const scope = requestScope(user);
  if (scope.kind === "all") return inStation(user, communityId);
  if (scope.kind === "community") return eq(communityId, scope.communityId);
  return sql`false`;
}
