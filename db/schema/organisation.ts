import { relations } from "drizzle-orm";
import { boolean, index, integer, numeric, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const stations = pgTable("stations", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  // The short name documents carry: "青石" in the mediation case number （2026）青石人调字第 12 号.
  shortName: text(),
  address: text().notNull(),
  phone: text().notNull(),
  areaKm2: numeric({ precision: 6, scale: 2 }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const communities = pgTable(
  "communities",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    slug: text().notNull().unique(),
    name: text().notNull(),
    areaKm2: numeric({ precision: 6, scale: 2 }).notNull(),
    population: integer().notNull(),
    households: integer().notNull(),
    compounds: integer().notNull(),
    workUnits: integer().notNull(),
    shops: integer().notNull(),
    officeAddress: text().notNull(),
    officeHours: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.stationId)],
);

export const roles = ["admin", "chief", "officer", "auxiliary", "mediator"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

/** Staff accounts; officers and auxiliaries also have the public profile shown on their officer page. */
export const users = pgTable(
  "users",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    communityId: integer().references(() => communities.id),
    login: text().notNull().unique(),
    passwordHash: text().notNull(),
    role: roleEnum().notNull(),
    active: boolean().notNull().default(true),
    // Bumped on deactivation or password change; sessions carrying an older version are refused.
    tokenVersion: integer().notNull().default(0),
    slug: text().unique(),
    name: text().notNull(),
    badgeNumber: text(),
    title: text(),
    photoUrl: text(),
    workPhone: text(),
    officeHours: text(),
    commitment: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.communityId, t.role)],
);

export const communitiesRelations = relations(communities, ({ one, many }) => ({
  station: one(stations, { fields: [communities.stationId], references: [stations.id] }),
  staff: many(users),
}));

export const usersRelations = relations(users, ({ one }) => ({
  community: one(communities, { fields: [users.communityId], references: [communities.id] }),
}));

export type Station = typeof stations.$inferSelect;
export type NewStation = typeof stations.$inferInsert;
export type Community = typeof communities.$inferSelect;
export type NewCommunity = typeof communities.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
