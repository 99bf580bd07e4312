import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./organisation";

/** Who did what to which record; written in the same transaction as the change. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    actorId: integer().references(() => users.id),
    action: text().notNull(),
    targetType: text().notNull(),
    targetId: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.targetType, t.targetId), index().on(t.actorId, t.createdAt)],
);

/**
 * Attempt counters with lock-outs: failed sign-ins, failed tracking look-ups, submissions per client and per
 * phone. Keys are keyed hashes (of an account, a client address, a phone) or a reference code, and rows are
 * short-lived. Kept in the database so a limit holds across app instances.
 */
export const throttles = pgTable(
  "throttles",
  {
    key: text().primaryKey(),
    // The column kept its first name; it counts attempts of whatever the key limits.
    attempts: integer("failures").notNull().default(0),
    windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.windowStartedAt)],
);

/**
 * A submission's first result, so a repeated submit (double tap, retry) returns it instead of storing again.
 * The tracking secret is kept sealed (AES-GCM) only for the few minutes a repeat can arrive, then deleted.
 */
export const submissionKeys = pgTable(
  "submission_keys",
  {
    keyHash: text().primaryKey(),
    // No foreign key: the key row is claimed before the request row exists, so that of two identical
    // submits in flight the second waits on the first instead of both storing a request.
    requestId: uuid().notNull(),
    sealedSecret: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.createdAt)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
