import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { communities, stations, users } from "../schema";

// Only what the public pages show: never a login, a hash or a role flag.
const publicProfile = {
  slug: users.slug,
  name: users.name,
  role: users.role,
  badgeNumber: users.badgeNumber,
  title: users.title,
  photoUrl: users.photoUrl,
  workPhone: users.workPhone,
  officeHours: users.officeHours,
  commitment: users.commitment,
  communityId: users.communityId,
};

const communityProfile = {
  id: communities.id,
  slug: communities.slug,
  name: communities.name,
  areaKm2: communities.areaKm2,
  population: communities.population,
  households: communities.households,
  compounds: communities.compounds,
  workUnits: communities.workUnits,
  shops: communities.shops,
  officeAddress: communities.officeAddress,
  officeHours: communities.officeHours,
};

const publicStaff = and(eq(users.active, true), inArray(users.role, ["officer", "auxiliary"]));

export type PublicProfile = NonNullable<Awaited<ReturnType<typeof getOfficerPage>>>["officer"];

/** The station the portal serves (one per installation): its name, phone and address. */
export async function getStation(db: Db) {
  const [station] = await db
    .select({ id: stations.id, name: stations.name, phone: stations.phone, address: stations.address })
    .from(stations)
    .orderBy(asc(stations.id))
    .limit(1);
  return station ?? null;
}

/** The station with its communities and the people residents can reach there (home page). */
export async function getStationDirectory(db: Db) {
  const station = await getStation(db);
  if (!station) return null;
  const communityRows = await db
    .select(communityProfile)
    .from(communities)
    .where(eq(communities.stationId, station.id))
    .orderBy(asc(communities.id));
  const staff = await db
    .select(publicProfile)
    .from(users)
    .where(and(eq(users.stationId, station.id), publicStaff))
    .orderBy(asc(users.role), asc(users.id));
  return {
    station,
    communities: communityRows.map((c) => ({
      ...c,
      officers: staff.filter((s) => s.communityId === c.id && s.role === "officer" && s.slug),
    })),
  };
}

/** The QR landing page of one officer; null when there is no such active officer or auxiliary. */
export async function getOfficerPage(db: Db, slug: string) {
  const [row] = await db
    .select({
      officer: publicProfile,
      community: { slug: communities.slug, name: communities.name, officeAddress: communities.officeAddress },
      station: { name: stations.name, phone: stations.phone, address: stations.address },
    })
    .from(users)
    .innerJoin(communities, eq(communities.id, users.communityId))
    .innerJoin(stations, eq(stations.id, users.stationId))
    .where(and(eq(users.slug, slug), publicStaff));
  return row ?? null;
}

/** A community with its officers and auxiliaries (community page). */
export async function getCommunityPage(db: Db, slug: string) {
  const [community] = await db
    .select({ ...communityProfile, stationName: stations.name })
    .from(communities)
    .innerJoin(stations, eq(stations.id, communities.stationId))
    .where(eq(communities.slug, slug));
  if (!community) return null;
  const staff = await db
    .select(publicProfile)
    .from(users)
    .where(and(eq(users.communityId, community.id), publicStaff))
    .orderBy(asc(users.role), asc(users.id));
  return {
    community,
    officers: staff.filter((s) => s.role === "officer"),
    auxiliaries: staff.filter((s) => s.role === "auxiliary"),
  };
}

/** Whether an officer page exists, for the QR image route. */
export async function officerExists(db: Db, slug: string): Promise<boolean> {
  return (await getOfficerPage(db, slug)) !== null;
}
