import "server-only";
import { eq } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { stations } from "../../schema";

/** The name of the user's own station, for the report's heading. */
export async function stationName(db: Db, user: StaffUser): Promise<string> {
  const [row] = await db.select({ name: stations.name }).from(stations).where(eq(stations.id, user.stationId));
  return row?.name ?? "";
}
