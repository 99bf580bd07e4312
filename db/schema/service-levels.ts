import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { users } from "./organisation";
import { requestKindEnum, type RequestKind } from "./requests";

/** How soon each kind of request should get a first answer (editable by the administrator). */
export const responseTargets = pgTable("response_targets", {
  kind: requestKindEnum().primaryKey(),
  minutes: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedById: integer().references(() => users.id),
});

/**
 * Defaults from the station's service commitment: help 1 h, tip and message 24 h, question 48 h, advice 72 h.
 * An appointment has none: it is not answered but kept, at its booked time.
 */
export const defaultResponseMinutes = {
  help: 60,
  tip: 24 * 60,
  message: 24 * 60,
  consultation: 48 * 60,
  advice: 72 * 60,
  application: 5 * 24 * 60,
  delivery: 24 * 60,
} as const satisfies Record<Exclude<RequestKind, "appointment">, number>;

export type AnsweredKind = keyof typeof defaultResponseMinutes;

export type ResponseTarget = typeof responseTargets.$inferSelect;
