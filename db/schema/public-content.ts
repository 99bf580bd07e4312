import { index, integer, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { communities, users } from "./organisation";
import { requests } from "./requests";

/** A policy question an officer answered and published, de-identified, on the community page. */
export const faqEntries = pgTable(
  "faq_entries",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    topic: text().notNull(),
    question: text().notNull(),
    answer: text().notNull(),
    sourceRequestId: uuid().references(() => requests.id, { onDelete: "set null" }),
    publishedById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.communityId, t.createdAt)],
);

/** Prevention advice written by officers, shown on community and officer pages. */
export const preventionTips = pgTable(
  "prevention_tips",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    topic: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.communityId, t.createdAt)],
);

export type FaqEntry = typeof faqEntries.$inferSelect;
export type PreventionTip = typeof preventionTips.$inferSelect;
