import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { communities, stations, users } from "./organisation";
import { places } from "./places";
import { requests } from "./requests";

/*
 * The station's people's mediation committee (治安纠纷人民调解委员会): its members, its cases from intake
 * to follow-up, and what the People's Mediation Law (人民调解法) asks a case file to hold.
 */

/** The four kinds of committee member; an officer or auxiliary sits as "officer". */
export const committeeMemberKinds = ["officer", "lawyer", "community_mediator", "resident_representative"] as const;
export type CommitteeMemberKind = (typeof committeeMemberKinds)[number];
export const committeeMemberKindEnum = pgEnum("committee_member_kind", committeeMemberKinds);

/**
 * Where a case came from. police_referral (公安移交) and officer_visit will carry a link to the incident or
 * visit once those tables exist; until then the summary says which.
 */
export const mediationSources = ["resident_request", "police_referral", "officer_visit", "walk_in", "court_entrusted"] as const;
export type MediationSource = (typeof mediationSources)[number];
export const mediationSourceEnum = pgEnum("mediation_source", mediationSources);

/** The dispute categories of the official people's mediation statistics. */
export const disputeTypes = [
  "marriage_family",
  "neighbour",
  "housing_land",
  "contract",
  "damages",
  "property_management",
  "labour",
  "traffic_accident",
  "consumer",
  "other",
] as const;
export type DisputeType = (typeof disputeTypes)[number];
export const disputeTypeEnum = pgEnum("dispute_type", disputeTypes);

/** in_mediation until an outcome: an agreement (written or oral), or none (the parties referred elsewhere). */
export const mediationStatuses = ["in_mediation", "agreed", "not_agreed"] as const;
export type MediationStatus = (typeof mediationStatuses)[number];
export const mediationStatusEnum = pgEnum("mediation_status", mediationStatuses);

/** Where parties who did not agree were told to turn (art. 26): a court, arbitration, another authority. */
export const referralRoutes = ["litigation", "arbitration", "administrative", "other"] as const;
export type ReferralRoute = (typeof referralRoutes)[number];
export const referralRouteEnum = pgEnum("mediation_referral_route", referralRoutes);

export const partyKinds = ["person", "unit"] as const;
export type PartyKind = (typeof partyKinds)[number];
export const partyKindEnum = pgEnum("mediation_party_kind", partyKinds);

/** 申请人 / 被申请人: who asked for mediation, and the other side. */
export const partySides = ["applicant", "respondent"] as const;
export type PartySide = (typeof partySides)[number];
export const partySideEnum = pgEnum("mediation_party_side", partySides);

export const sexes = ["male", "female"] as const;
export const sexEnum = pgEnum("sex", sexes);

/** A written agreement (调解协议书, art. 29) or an oral one the mediator records (art. 28). */
export const agreementForms = ["written", "oral"] as const;
export type AgreementForm = (typeof agreementForms)[number];
export const agreementFormEnum = pgEnum("mediation_agreement_form", agreementForms);

export const followUpMethods = ["visit", "phone"] as const;
export const followUpMethodEnum = pgEnum("mediation_follow_up_method", followUpMethods);
export const performanceStates = ["performed", "partly", "not_performed"] as const;
export type PerformanceState = (typeof performanceStates)[number];
export const performanceEnum = pgEnum("mediation_performance", performanceStates);
export const satisfactionLevels = ["satisfied", "fairly_satisfied", "dissatisfied"] as const;
export const satisfactionEnum = pgEnum("mediation_satisfaction", satisfactionLevels);
export const escalationRisks = ["none", "low", "high"] as const;
export const escalationRiskEnum = pgEnum("mediation_escalation_risk", escalationRisks);

export const committeeMembers = pgTable(
  "mediation_committee_members",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    kind: committeeMemberKindEnum().notNull(),
    // A member with a login (a mediator account, an officer); members without one are records only.
    userId: integer().references(() => users.id),
    name: text().notNull(),
    // Their firm, community or unit as the case file names it ("浙江青石律师事务所", "枫林社区居委会").
    affiliation: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.stationId, t.active), uniqueIndex().on(t.userId)],
);

/**
 * The last case number given per station and year. Intake increments it in its own transaction (the row lock
 * makes concurrent intakes take turns), so numbers have no gaps and no repeats.
 */
export const mediationCaseCounters = pgTable(
  "mediation_case_counters",
  {
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    year: integer().notNull(),
    lastNumber: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.year] })],
);

export const mediationCases = pgTable(
  "mediation_cases",
  {
    id: serial().primaryKey(),
    stationId: integer()
      .notNull()
      .references(() => stations.id),
    communityId: integer()
      .notNull()
      .references(() => communities.id),
    // （2026）青石人调字第 12 号: the year of acceptance (Beijing time) and the number within it.
    year: integer().notNull(),
    number: integer().notNull(),
    source: mediationSourceEnum().notNull(),
    // The resident's request it came from (the request's timeline says so too).
    requestId: uuid().references(() => requests.id),
    disputeType: disputeTypeEnum().notNull(),
    summary: text().notNull(),
    placeId: integer().references(() => places.id),
    placeText: text(),
    status: mediationStatusEnum().notNull().default("in_mediation"),
    leadMediatorId: integer()
      .notNull()
      .references(() => committeeMembers.id),
    secondMediatorId: integer().references(() => committeeMembers.id),
    thirdMediatorId: integer().references(() => committeeMembers.id),
    acceptedAt: timestamp({ withTimezone: true }).notNull(),
    // One month from acceptance; moved only by an extension both parties consented to.
    dueAt: timestamp({ withTimezone: true }).notNull(),
    // The rights-and-duties notice (权利义务告知书), given to and acknowledged by every party.
    noticeGivenOn: date({ mode: "string" }),
    noticeGivenById: integer().references(() => users.id),
    closedAt: timestamp({ withTimezone: true }),
    // No agreement: where the parties were referred, and why mediation ended.
    referredTo: referralRouteEnum(),
    endReason: text(),
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
    uniqueIndex().on(t.stationId, t.year, t.number),
    // One case per resident request.
    uniqueIndex().on(t.requestId),
    // The yearly figures: cases, agreement rate and so on by dispute type.
    index().on(t.stationId, t.year, t.disputeType, t.status),
    // The open cases and their clocks.
    index().on(t.stationId, t.status, t.dueAt),
    index().on(t.leadMediatorId),
    index().on(t.secondMediatorId),
    index().on(t.thirdMediatorId),
    index().on(t.communityId),
    index().on(t.placeId),
  ],
);

export const mediationParties = pgTable(
  "mediation_parties",
  {
    id: serial().primaryKey(),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    position: smallint().notNull(),
    side: partySideEnum().notNull(),
    kind: partyKindEnum().notNull(),
    name: text().notNull(),
    sex: sexEnum(),
    age: smallint(),
    // A unit's legal representative or person in charge.
    representative: text(),
    address: text(),
    phone: text(),
    // Set when the retention job removed the address and phone (db:purge).
    contactPurgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex().on(t.caseId, t.position)],
);

/** A longer time limit, only with both parties' consent, which is recorded with it. */
export const mediationExtensions = pgTable(
  "mediation_extensions",
  {
    id: serial().primaryKey(),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    previousDueAt: timestamp({ withTimezone: true }).notNull(),
    newDueAt: timestamp({ withTimezone: true }).notNull(),
    reason: text().notNull(),
    // How both parties consented (signed a consent form, said so at a session…).
    consent: text().notNull(),
    recordedById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId)],
);

/** A mediation session: scheduled with a time and place, then held, with who attended and its record (笔录). */
export const mediationSessions = pgTable(
  "mediation_sessions",
  {
    id: serial().primaryKey(),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    scheduledAt: timestamp({ withTimezone: true }).notNull(),
    placeText: text().notNull(),
    heldAt: timestamp({ withTimezone: true }),
    attendees: text(),
    record: text(),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    recordedById: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId, t.scheduledAt)],
);

/** The agreement (art. 28, 29): what the parties agreed, and how and by when each will do it. */
export const mediationAgreements = pgTable(
  "mediation_agreements",
  {
    caseId: integer()
      .primaryKey()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    form: agreementFormEnum().notNull(),
    // Art. 29 (2): the main facts, the matters in dispute and each party's responsibility.
    facts: text().notNull(),
    matters: text().notNull(),
    responsibility: text().notNull(),
    // Art. 29 (3): what the parties agreed, how and by when it is performed.
    terms: text().notNull(),
    performanceMethod: text().notNull(),
    performanceDeadline: date({ mode: "string" }).notNull(),
    // The day it took effect (signed and sealed; for an oral one, the day it was made).
    agreedOn: date({ mode: "string" }).notNull(),
    recordedById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agreedOn)],
);

/** 回访: was the agreement performed, are the parties satisfied, is there a new conflict. */
export const mediationFollowUps = pgTable(
  "mediation_follow_ups",
  {
    id: serial().primaryKey(),
    caseId: integer()
      .notNull()
      .references(() => mediationCases.id, { onDelete: "cascade" }),
    dueOn: date({ mode: "string" }).notNull(),
    doneAt: timestamp({ withTimezone: true }),
    doneById: integer().references(() => users.id),
    method: followUpMethodEnum(),
    performance: performanceEnum(),
    satisfaction: satisfactionEnum(),
    newConflict: boolean(),
    escalationRisk: escalationRiskEnum(),
    actionTaken: text(),
    // When the overdue reminder went out (once per follow-up).
    remindedAt: timestamp({ withTimezone: true }),
    createdById: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.caseId), index().on(t.doneAt, t.dueOn)],
);

export type CommitteeMember = typeof committeeMembers.$inferSelect;
export type NewCommitteeMember = typeof committeeMembers.$inferInsert;
export type MediationCase = typeof mediationCases.$inferSelect;
export type NewMediationCase = typeof mediationCases.$inferInsert;
export type MediationParty = typeof mediationParties.$inferSelect;
export type NewMediationParty = typeof mediationParties.$inferInsert;
export type MediationSession = typeof mediationSessions.$inferSelect;
export type NewMediationSession = typeof mediationSessions.$inferInsert;
export type MediationAgreement = typeof mediationAgreements.$inferSelect;
export type NewMediationAgreement = typeof mediationAgreements.$inferInsert;
export type MediationFollowUp = typeof mediationFollowUps.$inferSelect;
export type NewMediationFollowUp = typeof mediationFollowUps.$inferInsert;
export type MediationExtension = typeof mediationExtensions.$inferSelect;
