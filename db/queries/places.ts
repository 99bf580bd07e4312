import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fieldWorkCommunity, type StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { communities, hazards, places, visits, type PlaceKind } from "../schema";
import { rowsOf } from "./raw-rows";

/** How many recently used places the picker puts on top. */
export const RECENT_PLACES = 5;

export interface PlaceChoice {
  id: number;
  kind: PlaceKind;
  /** What the picker shows: a building with its compound ("柳荫新村 7 幢"), the others by name. */
  label: string;
}

const parent = alias(places, "parent_place");
const labelOf = sql<string>`case when ${parent.name} is null then ${places.name} else ${parent.name} || ' ' || ${places.name} end`;
// Compounds with their buildings right after them, then work units, shops and public places.
const kindOrder = sql`case coalesce(${parent.kind}, ${places.kind}) when 'compound' then 0 when 'work_unit' then 1 when 'shop' then 2 else 3 end`;

/**
 * The picker's list for a field record: the active places of the recorder's own community, with the places
 * this user used most recently (in visits and hazards) first, the last one first of all — what a form
 * preselects. Empty for anyone who records no field work (the chief, the administrator, a mediator).
 */
export async function listPlaceChoices(db: Db, user: StaffUser): Promise<{ recent: PlaceChoice[]; all: PlaceChoice[] }> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null) return { recent: [], all: [] };
  const all = await db
    .select({ id: places.id, kind: places.kind, label: labelOf })
    .from(places)
    .leftJoin(parent, eq(parent.id, places.parentId))
    .where(and(eq(places.communityId, communityId), eq(places.active, true)))
    .orderBy(kindOrder, sql`coalesce(${parent.name}, ${places.name})`, sql`${places.parentId} nulls first`, asc(places.name), asc(places.id));
  const recentIds = await recentPlaceIds(db, user, RECENT_PLACES);
  const byId = new Map(all.map((p) => [p.id, p]));
  return { recent: recentIds.flatMap((id) => byId.get(id) ?? []), all };
}

/** The places this user recorded visits or hazards at, the last recorded first (distinct). */
async function recentPlaceIds(db: Db, user: StaffUser, limit: number): Promise<number[]> {
  const used = sql`(
    (select ${visits.placeId} as place_id, ${visits.createdAt} as used_at from ${visits}
      where ${visits.officerId} = ${user.id} and ${visits.placeId} is not null order by ${visits.createdAt} desc limit ${limit * 4})
    union all
    (select ${hazards.placeId}, ${hazards.createdAt} from ${hazards}
      where ${hazards.foundById} = ${user.id} and ${hazards.placeId} is not null order by ${hazards.createdAt} desc limit ${limit * 4})
  )`;
  const rows = await db.execute<{ place_id: number }>(
    sql`select place_id from ${used} as used group by place_id order by max(used_at) desc limit ${limit}`,
  );
  return rowsOf<{ place_id: number }>(rows).map((r) => Number(r.place_id));
}

/**
 * The place a field form names, if it is an active place of the recorder's community (a place id from a form
 * is never trusted to be in scope). Null otherwise.
 */
export async function placeInOwnCommunity(db: Db, user: StaffUser, placeId: number): Promise<{ id: number; kind: PlaceKind } | null> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null || !Number.isSafeInteger(placeId) || placeId <= 0 || placeId > 2_147_483_647) return null;
  const [row] = await db
    .select({ id: places.id, kind: places.kind })
    .from(places)
    .where(and(eq(places.id, placeId), eq(places.communityId, communityId), eq(places.active, true)));
  return row ?? null;
}

export const placeKindsOnTheSpot = ["compound", "work_unit", "shop", "public_place"] as const satisfies readonly PlaceKind[];
export type PlaceKindOnTheSpot = (typeof placeKindsOnTheSpot)[number];

/**
 * A place missing from the list, added on the spot from a field form in the recorder's community (a shop
 * that opened last month). The same name of the same kind (spaces and case aside) is the place already there,
 * not a second one. Call in the form's transaction.
 */
export async function addPlaceOnTheSpot(db: Db, user: StaffUser, place: { kind: PlaceKindOnTheSpot; name: string }): Promise<number | null> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null) return null;
  const sameName = sql`lower(replace(${places.name}, ' ', '')) = lower(replace(${place.name}, ' ', ''))`;
  const [existing] = await db
    .select({ id: places.id, active: places.active })
    .from(places)
    .where(and(eq(places.communityId, communityId), eq(places.kind, place.kind), sameName))
    .orderBy(desc(places.active), asc(places.id))
    .limit(1);
  if (existing) {
    if (!existing.active) await db.update(places).set({ active: true }).where(eq(places.id, existing.id));
    return existing.id;
  }
  const [created] = await db.insert(places).values({ communityId, kind: place.kind, name: place.name }).returning({ id: places.id });
  return created!.id;
}

/**
 * The compounds a resident may choose for an evening delivery, by community: every active compound of the
 * station's communities (the delivery's community is the compound's).
 */
export async function listDeliveryCompounds(db: Db) {
  const rows = await db
    .select({ id: places.id, name: places.name, communityId: communities.id, communityName: communities.name })
    .from(places)
    .innerJoin(communities, eq(communities.id, places.communityId))
    .where(and(eq(places.kind, "compound"), eq(places.active, true)))
    .orderBy(asc(communities.id), asc(places.name), asc(places.id));
  const groups = new Map<number, { communityId: number; communityName: string; compounds: { id: number; name: string }[] }>();
  for (const row of rows) {
    const group = groups.get(row.communityId) ?? { communityId: row.communityId, communityName: row.communityName, compounds: [] };
    group.compounds.push({ id: row.id, name: row.name });
    groups.set(row.communityId, group);
  }
  return [...groups.values()];
}

/** A compound a resident chose for a delivery, with its community; null when it is not an active compound. */
export async function deliveryCompound(db: Db, placeId: number): Promise<{ id: number; communityId: number } | null> {
  if (!Number.isSafeInteger(placeId) || placeId <= 0 || placeId > 2_147_483_647) return null;
  const [row] = await db
    .select({ id: places.id, communityId: places.communityId })
    .from(places)
    .where(and(eq(places.id, placeId), eq(places.kind, "compound"), eq(places.active, true)));
  return row ?? null;
}
