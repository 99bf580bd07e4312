import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { communities, stations, users } from "./organisation";
import { places } from "./places";

/**
 * 警情: a call to police or a case, recorded for the station's numbers (entered by staff or imported from the
 * station's own exports). Calls are every incident but an invalid one; cases are the criminal and
 * public-order ones (lib/stats/incident-kinds.ts says so once).
 */
export const incidentCategories = [
  "criminal",
  "public_order",
  "traffic",
  "fire",
  "dispute",
  "help",
  "complaint",
  "other",
  "invalid",
] as const;
export type IncidentCategory = (typeof incidentCategories)[number];
export const incidentCategoryEnum = pgEnum("incident_category", incidentCategories);

export const incidentSources = ["call_110", "walk_in", "online", "officer_found"] as const;
export type IncidentSource = (typeof incidentSources)[number];
export const incidentSourceEnum = pgEnum("incident_source", incidentSources);

export const incidentImportStates = ["queued", "checking", "saving", "done", "failed"] as const;
export type IncidentImportState = (typeof incidentImportStates)[number];
export const incidentImportStateEnum = pgEnum("incident_import_state", incidentImportStates);

/** One line of an import that was refused: its line number in the file and what is wrong, as a catalogue key. */
export interface ImportLineError {
  line: number;
  /** a key under incidents.importErrors */
  error: string;
  /** the column it is about, if one */
  column?: string;
  /** values the message names (the other line of a repeated id, the value read) */
  values?: Record<string, string | number>;
}

/**
 * A CSV import of the station's incident export: a record with its state and progress, processed by the
 * server after the upload (db/queries/incident-imports.ts) while the page polls or refreshes. The file's text
 * is kept only until it has been processed.
 */
export const incidentImports = pgTable(
  "incident_imports",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    fileName: text().notNull(),
    state: incidentImportStateEnum().notNull().default("queued"),
    content: text(),
    totalRows: integer().notNull().default(0),
    checkedRows: integer().notNull().default(0),
    insertedRows: integer().notNull().default(0),
    // Lines whose external id the station already had (a re-import), left as they were.
    skippedRows: integer().notNull().default(0),
    // The first lines refused (ImportLineError[]); errorCount is all of them.
    errors: jsonb().$type<ImportLineError[]>().notNull().default([]),
    errorCount: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Moves with every progress step: an import in progress whose heartbeat stopped was interrupted.
    heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.stationId, t.createdAt)],
);

export const incidents = pgTable(
  "incidents",
  {
    id: serial().primaryKey(),
    // Also carried directly, so that an external id is unique per station.
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    category: incidentCategoryEnum().notNull(),
    source: incidentSourceEnum().notNull(),
    brief: text().notNull(),
    // Where it happened as written, its normalized form (lib/stats/address.ts) for repeat addresses, and the
    // place it names when the address matches one.
    address: text(),
    addressKey: text(),
    placeId: integer().references(() => places.id),
    // The id in the station's own system (接警单号); a re-import skips ids the station already has.
    externalId: text(),
    importId: integer().references(() => incidentImports.id),
    createdById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.stationId, t.externalId),
    // The numbers: counts per community and category over a period, and the 36-month trend.
    index().on(t.communityId, t.occurredAt, t.category),
    index().on(t.stationId, t.occurredAt),
    // Repeat addresses: incidents at one address within 90 days.
    index().on(t.communityId, t.addressKey, t.occurredAt),
    index().on(t.placeId),
  ],
);

/**
 * A community's resident population for one year, the denominator of every rate per 10,000 residents; set by
 * the administrator (audited) with where the figure comes from.
 */
export const communityPopulations = pgTable(
  "community_populations",
  {
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    year: integer().notNull(),
    population: integer().notNull(),
    // e.g. 实有人口登记 (the station's register of residents) or 第七次人口普查
    source: text().notNull(),
    updatedById: integer().references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.year] }),
    check("community_populations_population_positive", sql`${t.population} > 0`),
  ],
);

export type Incident = typeof incidents.$inferSelect;
export type NewIncident = typeof incidents.$inferInsert;
export type IncidentImport = typeof incidentImports.$inferSelect;
export type CommunityPopulation = typeof communityPopulations.$inferSelect;
