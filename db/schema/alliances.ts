import { boolean, date, index, integer, pgEnum, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stations, users } from "./organisation";
import { places } from "./places";
import { requests } from "./requests";

/*
 * The station's alliances (党建联盟): co-building agreements with the bus station, key businesses, city
 * management and others; what they do together; and the residents' problems handed to a partner, followed
 * until the partner has answered and the station has seen it through.
 */

export const alliances = pgTable(
  "alliances",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    name: text().notNull(),
    // What the alliance is for, as the co-building agreement says it.
    purpose: text().notNull(),
    // The day the co-building agreement (共建协议) was signed.
    signedOn: date({ mode: "string" }).notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.stationId, t.active)],
);

/** A member organisation of an alliance, with its contact person. */
export const allianceOrganisations = pgTable(
  "alliance_organisations",
  {
    id: serial().primaryKey(),
    allianceId: integer()
      .notNull()
      .references(() => alliances.id, { onDelete: "cascade" }),
    name: text().notNull(),
    placeId: integer().references(() => places.id),
    contactName: text().notNull(),
    contactTitle: text(),
    contactPhone: text().notNull(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.allianceId), index().on(t.placeId)],
);

export const allianceActivityKinds = ["joint_patrol", "training", "anti_fraud", "rectification", "other"] as const;
export type AllianceActivityKind = (typeof allianceActivityKinds)[number];
export const allianceActivityKindEnum = pgEnum("alliance_activity_kind", allianceActivityKinds);

export const allianceActivities = pgTable(
  "alliance_activities",
  {
    id: serial().primaryKey(),
    allianceId: integer()
      .notNull()
      .references(() => alliances.id, { onDelete: "cascade" }),
    kind: allianceActivityKindEnum().notNull(),
    heldOn: date({ mode: "string" }).notNull(),
    title: text().notNull(),
    participants: text().notNull(),
    outcome: text().notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.allianceId, t.heldOn)],
);

/** awaiting_answer → answered (the partner said what it did) → closed (the station saw it through, with its result). */
export const referralStatuses = ["awaiting_answer", "answered", "closed"] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralStatusEnum = pgEnum("alliance_referral_status", referralStatuses);

export const referralResults = ["resolved", "partly_resolved", "unresolved"] as const;
export type ReferralResult = (typeof referralResults)[number];
export const referralResultEnum = pgEnum("alliance_referral_result", referralResults);

/**
 * A resident's problem that belongs to a partner (a leaking pipe to the property manager, street stalls to
 * city management), handed to them. A hazard will be referable the same way once hazards exist.
 */
export const allianceReferrals = pgTable(
  "alliance_referrals",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    organisationId: integer()
      .notNull()
      .references(() => allianceOrganisations.id),
    requestId: uuid().references(() => requests.id),
    subject: text().notNull(),
    status: referralStatusEnum().notNull().default("awaiting_answer"),
    referredById: integer()
      .notNull()
      .references(() => users.id),
    referredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // The partner's answer, and who at the partner gave it.
    answer: text(),
    answeredBy: text(),
    answeredAt: timestamp({ withTimezone: true }),
    result: referralResultEnum(),
    closingNote: text(),
    closedById: integer().references(() => users.id),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.stationId, t.status, t.referredAt), index().on(t.requestId), index().on(t.organisationId)],
);

export type Alliance = typeof alliances.$inferSelect;
export type NewAlliance = typeof alliances.$inferInsert;
export type AllianceOrganisation = typeof allianceOrganisations.$inferSelect;
export type AllianceActivity = typeof allianceActivities.$inferSelect;
export type AllianceReferral = typeof allianceReferrals.$inferSelect;
