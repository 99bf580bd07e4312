import "server-only";
import { and, asc, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { incidents, type IncidentCategory, type IncidentSource } from "../../schema";
import { incidentsInScope, within, type StatsFilter } from "./filter";

export interface IncidentMixRow {
  category: IncidentCategory;
  source: IncidentSource;
  count: number;
}

/** Incidents in the period by category and by how they reached the station (110, walk-in, online, found by an officer). */
export async function incidentMix(db: Db, user: StaffUser, filter: StatsFilter): Promise<IncidentMixRow[]> {
  return db
    .select({ category: incidents.category, source: incidents.source, count: sql<number>`count(*)`.mapWith(Number) })
    .from(incidents)
    .where(and(incidentsInScope(user, filter), within(incidents.occurredAt, filter.period)))
    .groupBy(incidents.category, incidents.source)
    .orderBy(asc(incidents.category), asc(incidents.source));
}
