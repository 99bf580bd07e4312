import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { fieldWorkScope, type StaffUser } from "@/lib/authz";
import { inStation } from "./scope";

/**
 * Field records (visits, hazards, care subjects, places) the user may see, on the column that says which
 * community a row belongs to: their own community's, every community of their station for the chief, none for
 * anyone else (lib/authz/field-work.ts). A row outside it is simply not found.
 */
export function inFieldWorkScope(user: StaffUser, communityId: AnyPgColumn): SQL {
  const scope = fieldWorkScope(user);
  if (scope.kind === "station") return inStation(user, communityId);
  if (scope.kind === "community") return eq(communityId, scope.communityId);
  return sql`false`;
}
