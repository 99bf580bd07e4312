import "server-only";
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { canRecordIncident, type StaffUser } from "@/lib/authz";
import { addressKey, matchPlace, placeIndex, type PlaceKeys } from "@/lib/stats/address";
import { REPEAT_ADDRESS } from "@/lib/stats/incident-kinds";
import { instantsOf, type DayRange } from "@/lib/stats/period";
import type { Db } from "../client";
import { communities, incidents, places, type IncidentCategory, type IncidentSource } from "../schema";
import { incidentsInScope, inStatsScope } from "./stats/filter";

export const INCIDENT_PAGE_SIZE = 50;

export interface IncidentListFilter {
  range: DayRange;
  communityId: number | null;
  category: IncidentCategory | null;
  page: number;
}

/**
 * Whether an incident's address had 3 or more incidents (this one included) in the 90 days up to it: the list
 * flags such a repeat address.
 */
function repeatAddressFlag(): SQL<boolean> {
  const earlier = alias(incidents, "earlier");
  return sql<boolean>`(${incidents.addressKey} is not null and (
    select count(*) from ${incidents} ${earlier}
    where ${earlier.communityId} = ${incidents.communityId} and ${earlier.addressKey} = ${incidents.addressKey}
      and ${earlier.occurredAt} > ${incidents.occurredAt} - make_interval(days => ${REPEAT_ADDRESS.days})
      and ${earlier.occurredAt} <= ${incidents.occurredAt}
  ) >= ${REPEAT_ADDRESS.incidents})`;
}

function listWhere(user: StaffUser, filter: IncidentListFilter): SQL {
  const { from, until } = instantsOf(filter.range);
  return and(
    incidentsInScope(user, filter),
    gte(incidents.occurredAt, from),
    lt(incidents.occurredAt, until),
    filter.category ? eq(incidents.category, filter.category) : undefined,
  )!;
}

/** Incidents of the communities in scope, newest first, a page at a time, with repeat addresses flagged. */
export async function listIncidents(db: Db, user: StaffUser, filter: IncidentListFilter) {
  const where = listWhere(user, filter);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(incidents).where(where);
  const rows = await db
    .select({
      id: incidents.id,
      occurredAt: incidents.occurredAt,
      category: incidents.category,
      source: incidents.source,
      brief: incidents.brief,
      address: incidents.address,
      externalId: incidents.externalId,
      communityName: communities.name,
      placeName: places.name,
      repeatAddress: repeatAddressFlag(),
    })
    .from(incidents)
    .innerJoin(communities, eq(communities.id, incidents.communityId))
    .leftJoin(places, eq(places.id, incidents.placeId))
    .where(where)
    .orderBy(desc(incidents.occurredAt), desc(incidents.id))
    .limit(INCIDENT_PAGE_SIZE)
    .offset((filter.page - 1) * INCIDENT_PAGE_SIZE);
  return { total, rows };
}

/** Every incident of the filter (not a page), oldest first, for the CSV export. */
export async function exportIncidents(db: Db, user: StaffUser, filter: Omit<IncidentListFilter, "page">) {
  return db
    .select({
      externalId: incidents.externalId,
      occurredAt: incidents.occurredAt,
      communityName: communities.name,
      category: incidents.category,
      source: incidents.source,
      brief: incidents.brief,
      address: incidents.address,
      placeName: places.name,
      repeatAddress: repeatAddressFlag(),
    })
    .from(incidents)
    .innerJoin(communities, eq(communities.id, incidents.communityId))
    .leftJoin(places, eq(places.id, incidents.placeId))
    .where(listWhere(user, { ...filter, page: 1 }))
    .orderBy(asc(incidents.occurredAt), asc(incidents.id));
}

/** The communities the user may record incidents for or filter by (their own, or the station's). */
export async function incidentCommunities(db: Db, user: StaffUser) {
  return db
    .select({ id: communities.id, name: communities.name, slug: communities.slug })
    .from(communities)
    .where(inStatsScope(user, communities.id, { communityId: null }))
    .orderBy(asc(communities.id));
}

/** The station's places with the keys of their names and addresses, for matching incident addresses. */
export async function placeKeysOfStation(db: Db, stationId: number): Promise<PlaceKeys[]> {
  const rows = await db
    .select({ id: places.id, communityId: places.communityId, name: places.name, address: places.address })
    .from(places)
    .innerJoin(communities, eq(communities.id, places.communityId))
    .where(eq(communities.stationId, stationId));
  return rows.map((p) => ({ id: p.id, communityId: p.communityId, keys: [addressKey(p.name), addressKey(p.address)].filter((k): k is string => !!k) }));
}

export interface NewIncidentInput {
  communityId: number;
  occurredAt: Date;
  category: IncidentCategory;
  source: IncidentSource;
  brief: string;
  address: string | null;
  externalId: string | null;
}

export type RecordIncidentResult = { status: "ok"; id: number } | { status: "not_allowed" | "unknown_community" | "duplicate_external_id" };

/** Records one incident by hand, for a community in the user's scope; its address is matched to a place. */
export async function recordIncident(db: Db, user: StaffUser, input: NewIncidentInput): Promise<RecordIncidentResult> {
  if (!canRecordIncident(user)) return { status: "not_allowed" };
  const [community] = await db
    .select({ id: communities.id, stationId: communities.stationId })
    .from(communities)
    .where(and(eq(communities.id, input.communityId), inStatsScope(user, communities.id, { communityId: null })));
  if (!community) return { status: "unknown_community" };
  const key = addressKey(input.address);
  const placeId = key ? matchPlace(key, community.id, placeIndex(await placeKeysOfStation(db, community.stationId))) : null;
  const [row] = await db
    .insert(incidents)
    .values({ ...input, stationId: community.stationId, addressKey: key, placeId, createdById: user.id })
    .onConflictDoNothing({ target: [incidents.stationId, incidents.externalId] })
    .returning({ id: incidents.id });
  return row ? { status: "ok", id: row.id } : { status: "duplicate_external_id" };
}
