import "server-only";
import { and, asc, eq, gt, inArray, notExists, sql, type SQL } from "drizzle-orm";
import { canCreateSlotTemplates, canEditSlotTemplate, slotTemplateScope, type StaffUser } from "@/lib/authz";
import type { SlotTemplateInput } from "@/lib/validation/slot-templates";
import type { Db } from "../client";
import { appointmentBookings, appointmentSlots, appointmentTemplates, services, users, type AppointmentTemplate } from "../schema";
import { shanghaiDay } from "@/lib/calendar-day";
import { slotTimes } from "@/lib/appointment-slots";
import { ensureSlots, slotHorizonDays } from "./appointments/slots";
import { audit } from "./audit";

/*
 * The rules appointment slots are generated from, as the dashboard edits them. A change reshapes the
 * template's future slots: those nobody ever booked are deleted and made again from the new rule; those that
 * hold (or held) a booking stay at their time, so nobody loses an appointment, and keep at least the seats
 * already taken (the slot's CHECK booked ≤ capacity holds throughout).
 */

/** What one change did to the template's future slots. */
export interface SlotChange {
  /** future slots without any booking, deleted (the new rule makes them again) */
  removed: number;
  /** future slots that hold bookings and stayed at their time */
  keptBooked: number;
  /** slots made from the new rule */
  added: number;
}

export type SlotTemplateFieldErrors = Partial<Record<"serviceId" | "officerId", string[]>>;

export type SaveSlotTemplateResult =
  | { status: "saved"; id: number; created: boolean; slots: SlotChange }
  | { status: "not_found" }
  // Field errors are catalogue keys, like the schema's.
  | { status: "invalid"; fieldErrors: SlotTemplateFieldErrors };

/** The templates a user may see, as a WHERE clause. */
function templatesVisibleTo(user: StaffUser): SQL {
  const scope = slotTemplateScope(user);
  if (scope.kind === "all") return sql`true`;
  if (scope.kind === "none") return sql`false`;
  return eq(appointmentTemplates.officerId, scope.officerId);
}

const templateColumns = {
  id: appointmentTemplates.id,
  serviceId: appointmentTemplates.serviceId,
  serviceName: services.name,
  serviceBookable: sql<boolean>`(${services.active} and ${services.appointment})`,
  officerId: appointmentTemplates.officerId,
  officerName: users.name,
  weekdays: appointmentTemplates.weekdays,
  startTime: appointmentTemplates.startTime,
  endTime: appointmentTemplates.endTime,
  slotMinutes: appointmentTemplates.slotMinutes,
  capacity: appointmentTemplates.capacity,
  windowDays: appointmentTemplates.windowDays,
  minNoticeHours: appointmentTemplates.minNoticeHours,
  active: appointmentTemplates.active,
};

type Upcoming = { slots: number; booked: number; bookedSlots: number };

/** Future slots, the seats taken in them and how many slots hold bookings, per template. */
async function upcomingOf(db: Db, templateIds: number[], now: Date) {
  if (templateIds.length === 0) return new Map<number, Upcoming>();
  const rows = await db
    .select({
      templateId: appointmentSlots.templateId,
      slots: sql<number>`count(*)`.mapWith(Number),
      booked: sql<number>`coalesce(sum(${appointmentSlots.booked}), 0)`.mapWith(Number),
      bookedSlots: sql<number>`count(*) filter (where ${appointmentSlots.booked} > 0)`.mapWith(Number),
    })
    .from(appointmentSlots)
    .where(and(inArray(appointmentSlots.templateId, templateIds), gt(appointmentSlots.startsAt, now)))
    .groupBy(appointmentSlots.templateId);
  return new Map<number, Upcoming>(rows.map(({ templateId, ...upcoming }) => [templateId, upcoming]));
}

async function selectTemplates(db: Db, user: StaffUser, now: Date, only?: number) {
  const rows = await db
    .select(templateColumns)
    .from(appointmentTemplates)
    .innerJoin(services, eq(services.id, appointmentTemplates.serviceId))
    .leftJoin(users, eq(users.id, appointmentTemplates.officerId))
    .where(and(templatesVisibleTo(user), only === undefined ? undefined : eq(appointmentTemplates.id, only)))
    .orderBy(asc(services.sortOrder), asc(services.id), sql`${appointmentTemplates.officerId} nulls first`, asc(appointmentTemplates.startTime), asc(appointmentTemplates.id));
  const upcoming = await upcomingOf(db, rows.map((r) => r.id), now);
  return rows.map((r) => ({
    ...r,
    startTime: r.startTime.slice(0, 5),
    endTime: r.endTime.slice(0, 5),
    upcoming: upcoming.get(r.id) ?? { slots: 0, booked: 0, bookedSlots: 0 },
    editable: canEditSlotTemplate(user, r),
  }));
}

export type SlotTemplateRow = Awaited<ReturnType<typeof selectTemplates>>[number];

/** Every template the user may see (the administrator and the chief all, an officer their own); null for anyone else. */
export async function listSlotTemplates(db: Db, user: StaffUser, now = new Date()): Promise<SlotTemplateRow[] | null> {
  if (slotTemplateScope(user).kind === "none") return null;
  return selectTemplates(db, user, now);
}

/** One template the user may see; null when it is not there or not theirs to see. */
export async function getSlotTemplate(db: Db, user: StaffUser, id: number, now = new Date()): Promise<SlotTemplateRow | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [row] = await selectTemplates(db, user, now, id);
  return row ?? null;
}

/** The services a template can be for: active and taking appointments. */
export function listTemplateServices(db: Db) {
  return db
    .select({ id: services.id, name: services.name })
    .from(services)
    .where(and(eq(services.active, true), eq(services.appointment, true)))
    .orderBy(asc(services.sortOrder), asc(services.id));
}

/** Whom a template can be with: for the administrator every active officer and auxiliary, for an officer themselves. */
export function listTemplateOfficers(db: Db, user: StaffUser) {
  const who = user.role === "admin" ? sql`true` : user.role === "officer" ? eq(users.id, user.id) : sql`false`;
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(who, eq(users.active, true), inArray(users.role, ["officer", "auxiliary"])))
    .orderBy(asc(users.communityId), asc(users.role), asc(users.id));
}

/** The database's half of validation: the service takes appointments, the officer is an active officer or auxiliary. */
async function checkReferences(db: Db, serviceId: number, officerId: number | null): Promise<SlotTemplateFieldErrors> {
  const errors: SlotTemplateFieldErrors = {};
  const [service] = await db
    .select({ bookable: sql<boolean>`(${services.active} and ${services.appointment})` })
    .from(services)
    .where(eq(services.id, serviceId));
  if (!service?.bookable) errors.serviceId = ["slotTemplates.validation.serviceNotBookable"];
  if (officerId !== null) {
    const [officer] = await db
      .select({ ok: sql<boolean>`(${users.active} and ${users.role} in ('officer', 'auxiliary'))` })
      .from(users)
      .where(eq(users.id, officerId));
    if (!officer?.ok) errors.officerId = ["slotTemplates.validation.officerInvalid"];
  }
  return errors;
}

/** The stored template, locked for the change, if the user may edit it. */
async function editableTemplate(db: Db, user: StaffUser, id: number): Promise<AppointmentTemplate | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [row] = await db.select().from(appointmentTemplates).where(eq(appointmentTemplates.id, id)).for("update");
  return row && canEditSlotTemplate(user, row) ? row : null;
}

/**
 * Brings a template's future slots in line with its (new) rule. Unbooked ones go (a slot a booking is taking
 * right now is not: `booked = 0` is checked again on the row the booking committed), booked ones stay and
 * get the new capacity if the new rule still offers their time, or are closed at the seats taken if not.
 * An inactive template's booked slots are left alone; it makes no new ones.
 */
async function reshapeSlots(db: Db, template: AppointmentTemplate, now: Date): Promise<SlotChange> {
  const removed = await db
    .delete(appointmentSlots)
    .where(
      and(
        eq(appointmentSlots.templateId, template.id),
        gt(appointmentSlots.startsAt, now),
        eq(appointmentSlots.booked, 0),
        notExists(db.select({ one: sql`1` }).from(appointmentBookings).where(eq(appointmentBookings.slotId, appointmentSlots.id))),
      ),
    )
    .returning({ id: appointmentSlots.id });
  const kept = await db
    .select({
      id: appointmentSlots.id,
      serviceId: appointmentSlots.serviceId,
      officerId: appointmentSlots.officerId,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      booked: appointmentSlots.booked,
    })
    .from(appointmentSlots)
    .where(and(eq(appointmentSlots.templateId, template.id), gt(appointmentSlots.startsAt, now)));
  const keptBooked = kept.filter((s) => s.booked > 0).length;
  if (!template.active) return { removed: removed.length, keptBooked, added: 0 };

  const offered = (slot: (typeof kept)[number]) =>
    slot.serviceId === template.serviceId &&
    slot.officerId === template.officerId &&
    slotTimes(template, shanghaiDay(slot.startsAt)).some((s) => s.startsAt.getTime() === slot.startsAt.getTime() && s.endsAt.getTime() === slot.endsAt.getTime());
  const stillOffered = kept.filter(offered).map((s) => s.id);
  const closed = kept.filter((s) => !offered(s)).map((s) => s.id);
  if (stillOffered.length) {
    await db
      .update(appointmentSlots)
      .set({ capacity: sql`greatest(${appointmentSlots.booked}, ${template.capacity})` })
      .where(inArray(appointmentSlots.id, stillOffered));
  }
  if (closed.length) {
    await db.update(appointmentSlots).set({ capacity: sql`${appointmentSlots.booked}` }).where(inArray(appointmentSlots.id, closed));
  }
  const added = await ensureSlots(db, { from: now, days: await slotHorizonDays(db), templateId: template.id, refill: true });
  return { removed: removed.length, keptBooked, added };
}

const RULE_FIELDS = ["serviceId", "officerId", "weekdays", "startTime", "endTime", "slotMinutes", "capacity", "windowDays", "minNoticeHours"] as const;

function ruleOf(t: Pick<AppointmentTemplate, (typeof RULE_FIELDS)[number]>) {
  return {
    serviceId: t.serviceId,
    officerId: t.officerId,
    weekdays: [...t.weekdays].sort(),
    startTime: t.startTime.slice(0, 5),
    endTime: t.endTime.slice(0, 5),
    slotMinutes: t.slotMinutes,
    capacity: t.capacity,
    windowDays: t.windowDays,
    minNoticeHours: t.minNoticeHours,
  };
}

/**
 * Creates a template (no id) or changes one, reshapes its future slots and writes the audit row, all in the
 * caller's transaction. The administrator may do so for any template; an officer only for their own, and
 * cannot move a template to the hall or to a colleague. Not allowed and not found answer the same.
 */
export async function saveSlotTemplate(db: Db, user: StaffUser, input: SlotTemplateInput, now = new Date()): Promise<SaveSlotTemplateResult> {
  if (!canCreateSlotTemplates(user)) return { status: "not_found" };
  const before = input.id === null ? null : await editableTemplate(db, user, input.id);
  if (input.id !== null && !before) return { status: "not_found" };
  if (!canEditSlotTemplate(user, { officerId: input.officerId })) {
    return { status: "invalid", fieldErrors: { officerId: ["slotTemplates.validation.officerNotYours"] } };
  }
  const fieldErrors = await checkReferences(db, input.serviceId, input.officerId);
  if (Object.keys(fieldErrors).length) return { status: "invalid", fieldErrors };

  const rule = ruleOf(input);
  const [template] = before
    ? await db.update(appointmentTemplates).set(rule).where(eq(appointmentTemplates.id, before.id)).returning()
    : await db.insert(appointmentTemplates).values({ ...rule, active: true }).returning();
  const slots = await reshapeSlots(db, template!, now);
  const previous = before ? ruleOf(before) : null;
  await audit(db, user, before ? "slot_templates.update" : "slot_templates.create", { type: "appointment_template", id: template!.id }, {
    ...(previous ? { changed: RULE_FIELDS.filter((f) => JSON.stringify(previous[f]) !== JSON.stringify(rule[f])), before: previous } : {}),
    rule,
    slots,
  });
  return { status: "saved", id: template!.id, created: !before, slots };
}

/**
 * Deactivates a template (no new bookings; existing ones stay, with their slots) or activates it again (its
 * service must still take appointments and its officer still be on duty). Audited like an edit.
 */
export async function setSlotTemplateActive(db: Db, user: StaffUser, id: number, active: boolean, now = new Date()): Promise<SaveSlotTemplateResult> {
  const before = await editableTemplate(db, user, id);
  if (!before) return { status: "not_found" };
  if (active) {
    const fieldErrors = await checkReferences(db, before.serviceId, before.officerId);
    if (Object.keys(fieldErrors).length) return { status: "invalid", fieldErrors };
  }
  const [template] = await db.update(appointmentTemplates).set({ active }).where(eq(appointmentTemplates.id, id)).returning();
  const slots = await reshapeSlots(db, template!, now);
  await audit(db, user, active ? "slot_templates.activate" : "slot_templates.deactivate", { type: "appointment_template", id: id }, { wasActive: before.active, slots });
  return { status: "saved", id, created: false, slots };
}
