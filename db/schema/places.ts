import { boolean, index, integer, pgEnum, pgTable, serial, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { communities } from "./organisation";

/**
 * Where things happen in a community: residential compounds (小区) and their buildings (楼栋), work units
 * (单位), street shops (商铺) and public places (the park, the bus station, a school). One model for every
 * record that has a place: a visit, a hazard, a care subject's home, a delivery's address, a dispute, an incident.
 */
export const placeKinds = ["compound", "building", "work_unit", "shop", "public_place"] as const;
export type PlaceKind = (typeof placeKinds)[number];
export const placeKindEnum = pgEnum("place_kind", placeKinds);

export const places = pgTable(
  "places",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    kind: placeKindEnum().notNull(),
    // A building belongs to its compound; the other kinds stand alone.
    parentId: integer().references((): AnyPgColumn => places.id),
    name: text().notNull(),
    // The street address as people write it (a shop's, a unit's); a building's is its compound's.
    address: text(),
    // A place that is gone (a shop closed) stays for the records that name it, out of the pickers.
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.communityId, t.kind, t.name), index().on(t.parentId)],
);

export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
