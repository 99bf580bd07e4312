import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { careSubjects, hazards } from "./field-work";
import { users } from "./organisation";
import { requests } from "./requests";

/**
 * A resident's photo, re-encoded without metadata. Kept in the database, not on one server's disk: it is
 * stored in the same transaction as its request, and every instance can serve it.
 */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    // The application form's file field this came in; null for a photo added to a tip, help or message.
    fieldName: text(),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    data: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId, t.createdAt)],
);

/**
 * The outbox: one row per staff member who should hear of something (a new request in their community, a
 * hazard's deadline, a care visit overdue). It is about exactly one record: a request, a hazard or a care
 * subject. The dashboard counts the unread ones; a sender (development: the log; later SMS or WeCom) delivers them.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    requestId: uuid().references(() => requests.id, { onDelete: "cascade" }),
    hazardId: integer().references(() => hazards.id, { onDelete: "cascade" }),
    careSubjectId: integer().references(() => careSubjects.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.userId, t.readAt),
    index().on(t.deliveredAt),
    index().on(t.requestId),
    index().on(t.hazardId),
    index().on(t.careSubjectId),
    check("notifications_one_subject", sql`num_nonnulls(${t.requestId}, ${t.hazardId}, ${t.careSubjectId}) = 1`),
  ],
);

export type Attachment = typeof attachments.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
