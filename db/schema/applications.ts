import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, serial, text, time, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { communities, users } from "./organisation";
import { places } from "./places";
import { requests } from "./requests";
import { services, type ServiceFormField } from "./services";

/**
 * received → reviewing ⇄ needs_info → ready_for_collection | ready_for_delivery → completed; or refused (with
 * a reason) from any step before completed.
 */
export const applicationStatuses = [
  "received",
  "reviewing",
  "needs_info",
  "ready_for_collection",
  "ready_for_delivery",
  "completed",
  "refused",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];
export const applicationStatusEnum = pgEnum("application_status", applicationStatuses);

/** 在线申请: a request (kind application) with the service's form answers. */
export const applications = pgTable(
  "applications",
  {
    requestId: uuid()
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    status: applicationStatusEnum().notNull().default("received"),
    // The form's answers by field name, as the definition at the time of applying labelled them. Never an ID
    // number: those are kept apart below, and only for services that need them.
    answers: jsonb().$type<Record<string, string>>().notNull().default({}),
    // ID numbers by field name; null when the service does not need one. Shown masked except by an audited reveal.
    idNumbers: jsonb().$type<Record<string, string>>(),
    // The form definition as the resident filled it in, so a later catalogue edit cannot relabel the answers
    // or change which documents this application takes.
    form: jsonb().$type<ServiceFormField[]>().notNull().default([]),
    // While needs_info: what the officer asked. Refused: why.
    question: text(),
    refusalReason: text(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.serviceId, t.status), index().on(t.status)],
);

export const deliveryStatuses = ["scheduled", "delivered", "missed", "cancelled"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
export const deliveryStatusEnum = pgEnum("delivery_status", deliveryStatuses);

/** 上门送证: a finished certificate taken to the resident's door in an evening window. */
export const deliveries = pgTable(
  "deliveries",
  {
    id: serial().primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => applications.requestId, { onDelete: "cascade" }),
    day: date({ mode: "string" }).notNull(),
    windowStart: time().notNull(),
    windowEnd: time().notNull(),
    // Where in the station's area: the compound (小区, a place the resident chose from the community's), its
    // community, and the rest as the resident wrote it (building, unit, room).
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    placeId: integer()
      .notNull()
      .references(() => places.id),
    address: text().notNull(),
    status: deliveryStatusEnum().notNull().default("scheduled"),
    recipientName: text(),
    // missed: what the officer found (nobody home…)
    note: text(),
    deliveredAt: timestamp({ withTimezone: true }),
    handledBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("one_scheduled_delivery_per_application")
      .on(t.requestId)
      .where(sql`${t.status} = 'scheduled'`),
    index().on(t.day, t.communityId, t.placeId),
    index().on(t.requestId),
  ],
);

export type Application = typeof applications.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
