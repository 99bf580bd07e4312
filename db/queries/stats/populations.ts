import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { canEditPopulation, type StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { communities, communityPopulations } from "../../schema";
import { audit } from "../audit";
import { inStatsScope, type StatsFilter } from "./filter";

/** The population a rate is divided by, with the year it is from and where the figure comes from. */
export interface PopulationFigure {
  population: number;
  year: number;
  source: string;
}

/**
 * Each community's population for a year: that year's figure, else the latest earlier one, else the earliest
 * later one — always with the year it is from, so the page says which figure it divided by.
 */
export async function populationsFor(db: Db, user: StaffUser, filter: Pick<StatsFilter, "communityId">, year: number) {
  const rows = await db
    .selectDistinctOn([communityPopulations.communityId], {
      communityId: communityPopulations.communityId,
      population: communityPopulations.population,
      year: communityPopulations.year,
      source: communityPopulations.source,
    })
    .from(communityPopulations)
    .where(inStatsScope(user, communityPopulations.communityId, filter))
    .orderBy(
      asc(communityPopulations.communityId),
      sql`${communityPopulations.year} > ${year}`,
      sql`abs(${communityPopulations.year} - ${year})`,
    );
  return new Map<number, PopulationFigure>(rows.map((r) => [r.communityId, { population: r.population, year: r.year, source: r.source }]));
}

/** Every community's figures by year, for the administrator's page; null for anyone else. */
export async function listPopulations(db: Db, user: StaffUser) {
  if (!canEditPopulation(user)) return null;
  const list = await db
    .select({ id: communities.id, name: communities.name })
    .from(communities)
    .where(eq(communities.stationId, user.stationId))
    .orderBy(asc(communities.id));
  const figures = await db
    .select({
      communityId: communityPopulations.communityId,
      year: communityPopulations.year,
      population: communityPopulations.population,
      source: communityPopulations.source,
      updatedAt: communityPopulations.updatedAt,
    })
    .from(communityPopulations)
    .innerJoin(communities, eq(communities.id, communityPopulations.communityId))
    .where(eq(communities.stationId, user.stationId))
    .orderBy(asc(communityPopulations.communityId), asc(communityPopulations.year));
  return list.map((c) => ({ ...c, figures: figures.filter((f) => f.communityId === c.id) }));
}

export type PopulationChange = "ok" | "not_allowed" | "unknown_community";

/** Sets a community's population for a year (a new figure or a correction): the administrator only; audited. */
export async function setPopulation(
  db: Db,
  user: StaffUser,
  input: { communityId: number; year: number; population: number; source: string },
): Promise<PopulationChange> {
  if (!canEditPopulation(user)) return "not_allowed";
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.id, input.communityId), eq(communities.stationId, user.stationId)));
  if (!community) return "unknown_community";
  const [before] = await db
    .select({ population: communityPopulations.population, source: communityPopulations.source })
    .from(communityPopulations)
    .where(and(eq(communityPopulations.communityId, input.communityId), eq(communityPopulations.year, input.year)));
  await db
    .insert(communityPopulations)
    .values({ ...input, updatedById: user.id })
    .onConflictDoUpdate({
      target: [communityPopulations.communityId, communityPopulations.year],
      set: { population: input.population, source: input.source, updatedById: user.id, updatedAt: sql`now()` },
    });
  await audit(db, user, "population.set", { type: "community_population", id: `${input.communityId}:${input.year}` }, {
    before: before ?? null,
    after: { population: input.population, source: input.source },
  });
  return "ok";
}
