import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./organisation";
import { requests } from "./requests";

/** A field of a service's online application form, defined as data (validated by a schema built from it). */
export type ServiceFormField = {
  name: string;
  type: "text" | "date" | "choice" | "id_number" | "phone" | "address" | "file";
  label: { "zh-CN": string; en: string };
  required: boolean;
  options?: { value: string; label: { "zh-CN": string; en: string } }[];
  maxLength?: number;
  // A date that can only be today or before (a birth, a vaccination) or today or after (an event, a lease's end).
  dateRange?: "past" | "future";
};

export const serviceCategoryEnum = pgEnum("service_category", ["household", "public_order"]);

/** 办事事项: an entry of the service catalogue, with its guide (bilingual text kept as JSON by locale). */
export const services = pgTable(
  "services",
  {
    id: serial().primaryKey(),
    slug: text().notNull().unique(),
    category: serviceCategoryEnum().notNull(),
    // { "zh-CN": …, en: … } for each guide text
    name: jsonb().$type<{ "zh-CN": string; en: string }>().notNull(),
    guide: jsonb()
      .$type<{
        purpose: { "zh-CN": string; en: string };
        eligibility: { "zh-CN": string; en: string };
        materials: { "zh-CN": string[]; en: string[] };
        steps: { "zh-CN": string[]; en: string[] };
        timeLimit: { "zh-CN": string; en: string };
        fee: { "zh-CN": string; en: string };
        whereWhen: { "zh-CN": string; en: string };
      }>()
      .notNull(),
    onlineApplication: boolean().notNull().default(false),
    appointment: boolean().notNull().default(false),
    // Whether this service's applications need the applicant's ID number (stored only then).
    needsIdNumber: boolean().notNull().default(false),
    formFields: jsonb().$type<ServiceFormField[]>().notNull().default([]),
    active: boolean().notNull().default(true),
    sortOrder: integer().notNull().default(0),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.active, t.sortOrder)],
);

/** 警民联系牌: a printed board; its QR codes carry its id so scans can be counted per board. */
export const contactBoards = pgTable(
  "contact_boards",
  {
    id: text().primaryKey(),
    officerId: integer()
      .notNull()
      .references(() => users.id),
    // Where it hangs, e.g. 柳荫小区3幢1单元
    location: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.officerId)],
);

/** Scans per board, target and day (counted by the redirect the codes point at; no visitor data kept). */
export const boardScans = pgTable(
  "board_scans",
  {
    boardId: text()
      .notNull()
      .references(() => contactBoards.id, { onDelete: "cascade" }),
    // "officer" or a service slug
    target: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.target, t.day] })],
);

/** When a service (at the station, or with one officer) can be booked: the rule slots are generated from. */
export const appointmentTemplates = pgTable("appointment_templates", {
  id: serial().primaryKey(),
  serviceId: integer()
    .notNull()
    .references(() => services.id),
  // null: at the station's service hall; otherwise with this officer
  officerId: integer().references(() => users.id),
  // ISO weekdays, 1 = Monday … 7 = Sunday
  weekdays: smallint().array().notNull(),
  startTime: time().notNull(),
  endTime: time().notNull(),
  slotMinutes: smallint().notNull(),
  capacity: smallint().notNull(),
  // Bookable from minNoticeHours ahead up to windowDays working days ahead.
  windowDays: smallint().notNull().default(7),
  minNoticeHours: smallint().notNull().default(12),
  active: boolean().notNull().default(true),
});

/** One bookable time. `booked` can never pass `capacity`: the database refuses it, whoever books at once. */
export const appointmentSlots = pgTable(
  "appointment_slots",
  {
    id: serial().primaryKey(),
    templateId: integer()
      .notNull()
      .references(() => appointmentTemplates.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    officerId: integer().references(() => users.id),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    endsAt: timestamp({ withTimezone: true }).notNull(),
    capacity: smallint().notNull(),
    booked: smallint().notNull().default(0),
  },
  (t) => [
    uniqueIndex().on(t.templateId, t.startsAt),
    index().on(t.serviceId, t.startsAt),
    check("slot_within_capacity", sql`${t.booked} >= 0 and ${t.booked} <= ${t.capacity}`),
  ],
);

export const bookingStatusEnum = pgEnum("booking_status", ["booked", "cancelled", "attended", "no_show"]);

/** 预约办事: a booking is a request (kind appointment) with its slot. */
export const appointmentBookings = pgTable(
  "appointment_bookings",
  {
    requestId: uuid()
      .primaryKey()
      .references(() => requests.id, { onDelete: "cascade" }),
    slotId: integer()
      .notNull()
      .references(() => appointmentSlots.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    // A keyed hash of the person (their phone): one booking per person per service per day, and no-shows.
    personKey: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    status: bookingStatusEnum().notNull().default("booked"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("one_booking_per_person_service_day")
      .on(t.personKey, t.serviceId, t.day)
      .where(sql`${t.status} = 'booked'`),
    index().on(t.slotId),
    index().on(t.personKey, t.status, t.day),
  ],
);

export type Service = typeof services.$inferSelect;
export type ContactBoard = typeof contactBoards.$inferSelect;
export type AppointmentTemplate = typeof appointmentTemplates.$inferSelect;
export type AppointmentSlot = typeof appointmentSlots.$inferSelect;
export type AppointmentBooking = typeof appointmentBookings.$inferSelect;
