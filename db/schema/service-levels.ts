import { integer, pgTable, timestamp } from "drizzle-orm/pg-core";
import { users } from "./organisation";
import { requestKindEnum } from "./requests";

/**
 * How soon each kind of request should get a first answer, as the administrator set it; a kind without a row
 * has its module's default (lib/request-kinds/<kind>.ts).
 */
export const responseTargets = pgTable("response_targets", {
  kind: requestKindEnum().primaryKey(),
  minutes: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedById: integer().references(() => users.id),
});

export type ResponseTarget = typeof responseTargets.$inferSelect;
