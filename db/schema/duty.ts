import { date, index, integer, pgTable, serial, timestamp } from "drizzle-orm/pg-core";
import { stations, users } from "./organisation";

/**
 * The duty roster the chief sets: who is the station's duty officer on each day of a date range. A duty day
 * runs from opening time to opening time the next day (lib/office-hours.ts).
 */
export const dutyShifts = pgTable(
  "duty_shifts",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    firstDay: date({ mode: "string" }).notNull(),
    lastDay: date({ mode: "string" }).notNull(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.stationId, t.lastDay), index().on(t.userId, t.firstDay)],
);

export type DutyShift = typeof dutyShifts.$inferSelect;
export type NewDutyShift = typeof dutyShifts.$inferInsert;
