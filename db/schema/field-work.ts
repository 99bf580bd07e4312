import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { communities, users } from "./organisation";
import { places } from "./places";
import { requests } from "./requests";

/*
 * What officers and auxiliaries do on foot (issue 9): visits (走访), hazards tracked to a verified
 * rectification (隐患排查), and the vulnerable residents they visit on a cadence (关爱对象). Every row belongs to
 * a community (NOT NULL), and so to a station; where it happened points at a place plus free text.
 */

export const visitKinds = ["household", "care", "shop_check", "patrol", "school_or_park", "festival", "service"] as const;
export type VisitKind = (typeof visitKinds)[number];
export const visitKindEnum = pgEnum("visit_kind", visitKinds);

export const visitOutcomes = ["all_well", "advice_given", "solved_on_spot", "follow_up", "referred"] as const;
export type VisitOutcome = (typeof visitOutcomes)[number];
export const visitOutcomeEnum = pgEnum("visit_outcome", visitOutcomes);

export const careCategories = ["elderly_alone", "empty_nest", "disabled", "left_behind_child", "other"] as const;
export type CareCategory = (typeof careCategories)[number];
export const careCategoryEnum = pgEnum("care_category", careCategories);

export const careRiskLevels = ["high", "key", "general"] as const;
export type CareRiskLevel = (typeof careRiskLevels)[number];
export const careRiskLevelEnum = pgEnum("care_risk_level", careRiskLevels);

/** 关爱对象: a vulnerable resident the community's officers visit on a cadence. Personal data: see db/retention.ts. */
export const careSubjects = pgTable(
  "care_subjects",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    name: text().notNull(),
    birthYear: smallint().notNull(),
    // The compound or building they live in, and the rest of the address (unit, flat).
    placeId: integer().references(() => places.id),
    address: text().notNull().default(""),
    // Shown masked; in full only after an audited reveal (like a resident's phone on a request).
    phone: text(),
    category: careCategoryEnum().notNull(),
    riskLevel: careRiskLevelEnum().notNull(),
    // Days between care visits: the risk level's default (high 7, key 30, general 90), editable.
    cadenceDays: smallint().notNull(),
    emergencyContactName: text().notNull().default(""),
    emergencyContactPhone: text(),
    notes: text().notNull().default(""),
    lastVisitedAt: timestamp({ withTimezone: true }),
    // The Beijing day the next care visit is due: the last care visit's day plus the cadence (from the day
    // the subject was added until the first). Kept on the row so the overdue lists are one index range.
    nextVisitDue: date({ mode: "string" }).notNull(),
    // The due day the overdue reminder was sent for: one reminder per missed visit, however often the job runs.
    overdueRemindedFor: date({ mode: "string" }),
    // No longer cared for (moved away, passed away, no longer needed): off the lists; details purged later.
    closedAt: timestamp({ withTimezone: true }),
    // Set when the retention purge removed the personal details.
    purgedAt: timestamp({ withTimezone: true }),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // The community's lists and the day page: open subjects by due day.
    index("care_subjects_open_due_index").on(t.communityId, t.nextVisitDue).where(sql`${t.closedAt} is null`),
    // The reminder job across the station.
    index("care_subjects_due_index").on(t.nextVisitDue).where(sql`${t.closedAt} is null`),
    index().on(t.placeId),
    check("care_subjects_cadence_check", sql`${t.cadenceDays} between 1 and 366`),
  ],
);

/** 走访: one visit an officer or auxiliary logged. Durations are what they entered ("logged"), not measured. */
export const visits = pgTable(
  "visits",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    officerId: integer()
      .notNull()
      .references(() => users.id),
    kind: visitKindEnum().notNull(),
    placeId: integer().references(() => places.id),
    placeNote: text().notNull().default(""),
    peopleMet: text().notNull().default(""),
    notes: text().notNull().default(""),
    outcome: visitOutcomeEnum().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    durationMinutes: smallint().notNull(),
    // What the visit was for or settled: a care subject's care visit, a resident's request.
    careSubjectId: integer().references(() => careSubjects.id),
    requestId: uuid().references(() => requests.id, { onDelete: "set null" }),
    // Made by the browser when the form loads: a resubmit after a dropped connection stores one visit.
    submissionKey: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.communityId, t.startedAt),
    index().on(t.officerId, t.startedAt),
    // The place picker's "recently used" (by when the visit was logged).
    index().on(t.officerId, t.createdAt),
    index().on(t.careSubjectId, t.startedAt),
    index().on(t.placeId),
    index().on(t.requestId),
    uniqueIndex("visits_one_per_submission").on(t.officerId, t.submissionKey),
    check("visits_duration_check", sql`${t.durationMinutes} between 1 and 720`),
  ],
);

export const homeSafetyChecks = ["ok", "problem", "not_checked"] as const;
export type HomeSafetyCheck = (typeof homeSafetyChecks)[number];
export const homeSafetyEnum = pgEnum("home_safety_check", homeSafetyChecks);

/** What a care visit found: health, living conditions, home safety (gas, water, power), needs and follow-up. */
export const careVisits = pgTable(
  "care_visits",
  {
    visitId: integer()
      .primaryKey()
      .references(() => visits.id, { onDelete: "cascade" }),
    careSubjectId: integer()
      .notNull()
      .references(() => careSubjects.id),
    health: text().notNull().default(""),
    living: text().notNull().default(""),
    gas: homeSafetyEnum().notNull(),
    water: homeSafetyEnum().notNull(),
    power: homeSafetyEnum().notNull(),
    needs: text().notNull().default(""),
    followUp: text().notNull().default(""),
  },
  (t) => [index().on(t.careSubjectId)],
);

export const hazardCategories = ["fire", "electrical", "gas", "water", "structure", "traffic", "public_order", "other"] as const;
export type HazardCategory = (typeof hazardCategories)[number];
export const hazardCategoryEnum = pgEnum("hazard_category", hazardCategories);

export const hazardSeverities = ["major", "general"] as const;
export type HazardSeverity = (typeof hazardSeverities)[number];
export const hazardSeverityEnum = pgEnum("hazard_severity", hazardSeverities);

export const responsibleKinds = ["unit", "property_management", "resident"] as const;
export type ResponsibleKind = (typeof responsibleKinds)[number];
export const responsibleKindEnum = pgEnum("hazard_responsible_kind", responsibleKinds);

/**
 * found → notice_served → rectifying → rectified (proof photo) → verified (re-inspection). Past its deadline
 * and not rectified, the reminder job escalates it (督办): escalated, which can still be rectified and verified.
 */
export const hazardStatuses = ["found", "notice_served", "rectifying", "rectified", "verified", "escalated"] as const;
export type HazardStatus = (typeof hazardStatuses)[number];
export const hazardStatusEnum = pgEnum("hazard_status", hazardStatuses);

/** 隐患: a safety hazard, from finding to a verified rectification. */
export const hazards = pgTable(
  "hazards",
  {
    id: serial().primaryKey(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    placeId: integer().references(() => places.id),
    placeNote: text().notNull().default(""),
    category: hazardCategoryEnum().notNull(),
    severity: hazardSeverityEnum().notNull(),
    description: text().notNull(),
    // What the responsible party must do: printed on the rectification notice.
    measures: text().notNull(),
    responsibleKind: responsibleKindEnum().notNull(),
    responsibleName: text().notNull(),
    // A contact phone: shown masked, in full after an audited reveal.
    responsiblePhone: text(),
    // The Beijing day by which it must be rectified.
    deadline: date({ mode: "string" }).notNull(),
    status: hazardStatusEnum().notNull().default("found"),
    foundAt: timestamp({ withTimezone: true }).notNull(),
    foundById: integer()
      .notNull()
      .references(() => users.id),
    foundOnVisitId: integer().references(() => visits.id, { onDelete: "set null" }),
    // Who follows it up (reminders go to them, else to the community's officers).
    assigneeId: integer().references(() => users.id),
    noticeServedAt: timestamp({ withTimezone: true }),
    rectifiedAt: timestamp({ withTimezone: true }),
    verifiedAt: timestamp({ withTimezone: true }),
    // The reminder job's marks: each reminder goes out once, whichever instance runs it, however often.
    noticeRemindedAt: timestamp({ withTimezone: true }),
    deadlineRemindedAt: timestamp({ withTimezone: true }),
    overdueRemindedAt: timestamp({ withTimezone: true }),
    escalatedAt: timestamp({ withTimezone: true }),
    // Set when the retention purge removed the responsible party's phone.
    contactPurgedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index().on(t.communityId, t.status, t.deadline),
    // The reminder job and the overdue lists: hazards not yet rectified, by deadline.
    index("hazards_open_deadline_index").on(t.deadline).where(sql`${t.status} in ('found', 'notice_served', 'rectifying', 'escalated')`),
    index().on(t.communityId, t.foundAt),
    index().on(t.communityId, t.rectifiedAt),
    index().on(t.placeId),
    index().on(t.foundOnVisitId),
    index().on(t.foundById, t.createdAt),
  ],
);

export const hazardEventTypes = ["found", "notice_served", "rectifying", "rectified", "verified", "escalated", "handed_over", "reminder"] as const;
export type HazardEventType = (typeof hazardEventTypes)[number];
export const hazardEventTypeEnum = pgEnum("hazard_event_type", hazardEventTypes);

export const handoverAuthorities = ["fire_brigade", "city_management", "utility", "housing", "other"] as const;
export type HandoverAuthority = (typeof handoverAuthorities)[number];

/** A hazard's history: each step, hand-overs to another authority (with date and receiver), reminders sent. */
export const hazardEvents = pgTable(
  "hazard_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    hazardId: integer()
      .notNull()
      .references(() => hazards.id, { onDelete: "cascade" }),
    type: hazardEventTypeEnum().notNull(),
    // null: the reminder job
    actorId: integer().references(() => users.id),
    body: text(),
    // handed_over: { authority, receiver, day }; reminder: { reminder }
    data: jsonb().$type<Record<string, string>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.hazardId, t.id), index().on(t.type, t.createdAt)],
);

export const fieldPhotoPurposes = ["visit", "finding", "proof"] as const;
export type FieldPhotoPurpose = (typeof fieldPhotoPurposes)[number];
export const fieldPhotoPurposeEnum = pgEnum("field_photo_purpose", fieldPhotoPurposes);

/** Photos taken in the field, re-encoded without metadata (lib/uploads/photos.ts): a visit's, a hazard's finding or proof of rectification. */
export const fieldPhotos = pgTable(
  "field_photos",
  {
    id: uuid().primaryKey().defaultRandom(),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    visitId: integer().references(() => visits.id, { onDelete: "cascade" }),
    hazardId: integer().references(() => hazards.id, { onDelete: "cascade" }),
    purpose: fieldPhotoPurposeEnum().notNull(),
    takenById: integer()
      .notNull()
      .references(() => users.id),
    mimeType: text().notNull(),
    byteSize: integer().notNull(),
    width: integer().notNull(),
    height: integer().notNull(),
    data: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.visitId),
    index().on(t.hazardId, t.purpose),
    check("field_photos_one_subject", sql`num_nonnulls(${t.visitId}, ${t.hazardId}) = 1`),
  ],
);

export type CareSubject = typeof careSubjects.$inferSelect;
export type Visit = typeof visits.$inferSelect;
export type NewVisit = typeof visits.$inferInsert;
export type Hazard = typeof hazards.$inferSelect;
export type HazardEvent = typeof hazardEvents.$inferSelect;
