import { relations } from "drizzle-orm";
import { bigserial, boolean, date, index, integer, jsonb, pgEnum, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { communities, users } from "./organisation";

export const requestKinds = [
  "message",
  "tip",
  "appointment",
  "consultation",
  "help",
  "advice",
  "application",
  "delivery",
] as const;
export type RequestKind = (typeof requestKinds)[number];
export const requestKindEnum = pgEnum("request_kind", requestKinds);

export const requestStatuses = ["submitted", "in_progress", "resolved"] as const;
export type RequestStatus = (typeof requestStatuses)[number];
export const requestStatusEnum = pgEnum("request_status", requestStatuses);

/** Everything a resident sends (message, tip, booking, application…) is one request. */
export const requests = pgTable(
  "requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: requestKindEnum().notNull(),
    status: requestStatusEnum().notNull().default("submitted"),
    referenceCode: text().notNull().unique(),
    trackingSecretHash: text().notNull(),
    residentName: text(),
    residentPhone: text(),
    // A tip sent without contact details. Nothing else about the reporter is stored either (no IP, no agent).
    anonymous: boolean().notNull().default(false),
    body: text().notNull(),
    // The kind's own answers (a tip's category, where and when; help's location; a question's topic…).
    details: jsonb().$type<Record<string, string>>().notNull().default({}),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    // The officer whose page the resident wrote from; the assignee is who works on it now.
    officerId: integer().references(() => users.id),
    assigneeId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // When a first answer is due, from the kind's response target at the time of submission; for an
    // appointment, which awaits no answer, its booked time.
    dueAt: timestamp({ withTimezone: true }).notNull(),
    // A call for help that came outside office hours: the duty day whose duty officers it reached.
    dutyDay: date({ mode: "string" }),
    firstResponseAt: timestamp({ withTimezone: true }),
    resolvedAt: timestamp({ withTimezone: true }),
    // The last time the resident reopened it after its resolution (the queue marks it while it is open).
    reopenedAt: timestamp({ withTimezone: true }),
    // When an answer to that reopening is due (the kind's target from then); cleared once staff answer or
    // resolve it. dueAt keeps the first answer's due time, which response times are measured against.
    reopenDueAt: timestamp({ withTimezone: true }),
    rating: smallint(),
    ratingComment: text(),
    ratedAt: timestamp({ withTimezone: true }),
    // Set when the retention job removed the contact details (db:purge).
    contactPurgedAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index().on(t.communityId, t.status, t.createdAt),
    // The stats page: a community's requests of a period, whatever their status.
    index().on(t.communityId, t.createdAt),
    index().on(t.status, t.createdAt),
    index().on(t.status, t.dueAt),
    index().on(t.assigneeId),
    index().on(t.officerId),
  ],
);

export const requestEventTypes = [
  "public_reply",
  "internal_note",
  "status_change",
  "resident_followup",
  "handover",
  "rating",
  // A service application moved a step (data.applicationStatus; body: the question or refusal reason).
  "application_step",
  // A doorstep delivery was asked for, made, missed or cancelled (data: its window or recipient).
  "delivery",
  // An appointment was booked, moved, cancelled, attended or missed (data.appointment; the time for the first two).
  "appointment",
  // The matter went to the mediation committee (data.caseNumber), or its mediation ended (data.outcome).
  "mediation",
  // Handed to an alliance partner (data.organisation), or the partner answered (data.referral: answered).
  "referral",
] as const;
export type RequestEventType = (typeof requestEventTypes)[number];
export const requestEventTypeEnum = pgEnum("request_event_type", requestEventTypes);

export const requestEvents = pgTable(
  "request_events",
  {
    // A sequence, not a random id: the timeline is ordered by it. Timestamps cannot order events written in
    // one transaction (PGlite's clock has millisecond resolution).
    id: bigserial({ mode: "number" }).primaryKey(),
    requestId: uuid()
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    type: requestEventTypeEnum().notNull(),
    // null: the resident
    actorId: integer().references(() => users.id),
    body: text(),
    fromStatus: requestStatusEnum(),
    toStatus: requestStatusEnum(),
    // handover: who the request went to
    assigneeId: integer().references(() => users.id),
    // What an application_step, delivery or appointment event carries, shown localized on the timelines.
    data: jsonb().$type<Record<string, string>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.requestId, t.id)],
);

export const requestsRelations = relations(requests, ({ one, many }) => ({
  community: one(communities, { fields: [requests.communityId], references: [communities.id] }),
  events: many(requestEvents),
}));

export const requestEventsRelations = relations(requestEvents, ({ one }) => ({
  request: one(requests, { fields: [requestEvents.requestId], references: [requests.id] }),
  actor: one(users, { fields: [requestEvents.actorId], references: [users.id] }),
}));

export type Request = typeof requests.$inferSelect;
export type NewRequest = typeof requests.$inferInsert;
export type RequestEvent = typeof requestEvents.$inferSelect;
export type NewRequestEvent = typeof requestEvents.$inferInsert;
