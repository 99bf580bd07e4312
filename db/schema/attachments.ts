import { customType, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./organisation";
import { requests } from "./requests";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

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
 * The outbox: one row per staff member who should hear of something (a new request in their community).
 * The dashboard counts the unread ones; a sender (development: the log; later SMS or WeCom) delivers them.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId, t.readAt), index().on(t.deliveredAt), index().on(t.requestId)],
);

export type Attachment = typeof attachments.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
