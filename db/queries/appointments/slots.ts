import "server-only";
import { and, asc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { bookingWindowEnds, slotHorizonFor, slotTimes } from "@/lib/appointment-slots";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { MAX_WINDOW_DAYS } from "@/lib/validation/slot-templates";
import type { Db } from "../../client";
import { appointmentSlots, appointmentTemplates, communities, services, users, type AppointmentTemplate } from "../../schema";
import { serviceBookable } from "../bookable";

/*
 * The times residents can book: slots made from the slot rules (appointment templates), and which of them are
 * open now. The times themselves are lib/appointment-slots.ts's arithmetic.
 */

/** The slot rows one template makes on one date (none when it does not run that weekday). */
function slotsOfDay(template: AppointmentTemplate, day: string) {
  return slotTimes(template, day).map((times) => ({
    templateId: template.id,
    serviceId: template.serviceId,
    officerId: template.officerId,
    ...times,
    capacity: template.capacity,
  }));
}

/**
 * Makes the slots of every active template (or of one, or of one service's) for `days` Beijing dates from
 * `from`. Idempotent: a slot that exists already (same template and start) is left as it is, bookings and all.
 * Returns how many were new. The picker calls this for its service on every remake, so by default a template
 * whose latest slot already reaches the end of the range is skipped without writing (the daily case is the
 * window moving on by a day); `refill` inserts the whole range, for a template whose rule has just changed.
 */
export async function ensureSlots(
  db: Db,
  options: { from: Date; days: number; templateId?: number; serviceId?: number; refill?: boolean },
): Promise<number> {
  const templates = await db
    .select()
    .from(appointmentTemplates)
    .where(
      and(
        eq(appointmentTemplates.active, true),
        options.templateId === undefined ? undefined : eq(appointmentTemplates.id, options.templateId),
        options.serviceId === undefined ? undefined : eq(appointmentTemplates.serviceId, options.serviceId),
      ),
    );
  if (templates.length === 0) return 0;
  const latest = new Map<number, number>();
  if (!options.refill) {
    const rows = await db
      .select({ templateId: appointmentSlots.templateId, latest: sql<string>`max(${appointmentSlots.startsAt})` })
      .from(appointmentSlots)
      .where(inArray(appointmentSlots.templateId, templates.map((t) => t.id)))
      .groupBy(appointmentSlots.templateId);
    for (const row of rows) latest.set(row.templateId, new Date(row.latest).getTime());
  }
  const first = shanghaiDay(options.from);
  const rows = templates.flatMap((template) => {
    const made = Array.from({ length: options.days }, (_, i) => slotsOfDay(template, addDays(first, i))).flat();
    const have = latest.get(template.id);
    return have !== undefined && made.length > 0 && have >= made.at(-1)!.startsAt.getTime() ? [] : made;
  });
  if (rows.length === 0) return 0;
  const inserted = await db.insert(appointmentSlots).values(rows).onConflictDoNothing().returning({ id: appointmentSlots.id });
  return inserted.length;
}

/** Calendar days ensureSlots should cover so that every template's booking window has its slots. */
export async function slotHorizonDays(db: Db): Promise<number> {
  const [row] = await db
    .select({ window: sql<number>`coalesce(max(${appointmentTemplates.windowDays}), 0)`.mapWith(Number) })
    .from(appointmentTemplates)
    .where(eq(appointmentTemplates.active, true));
  return slotHorizonFor(row?.window ?? 0);
}

/** Whether a slot may be booked now under its template's notice and window. */
function openCondition(now: Date): SQL {
  const ends = bookingWindowEnds(shanghaiDay(now));
  return and(
    eq(appointmentTemplates.active, true),
    // A slot a changed template no longer offers, and that held no booking, is closed at zero seats.
    gt(appointmentSlots.capacity, 0),
    // Implied by the two conditions below, but these the (service, starts_at) index can range over: the
    // past slots that pile up day after day are never read.
    gte(appointmentSlots.startsAt, now),
    lt(appointmentSlots.startsAt, ends[MAX_WINDOW_DAYS]!),
    sql`${appointmentSlots.startsAt} >= ${now.toISOString()}::timestamptz + make_interval(hours => ${appointmentTemplates.minNoticeHours})`,
    // Where the window ends depends on the template's windowDays in working days (weekends stretch it):
    // looked up in the ends computed for every window length up to MAX_WINDOW_DAYS (longer ones are capped).
    sql`${appointmentSlots.startsAt} < (${JSON.stringify(ends)}::jsonb->>(least(${appointmentTemplates.windowDays}, ${MAX_WINDOW_DAYS}))::text)::timestamptz`,
  )!;
}

export interface OpenSlot {
  id: number;
  startsAt: Date;
  endsAt: Date;
  remaining: number;
  /** null: the station hall; otherwise the officer taking the booking, at their community's office */
  officerId: number | null;
  officerName: string | null;
  communityName: string | null;
}

/** The bookable slots of a service (within notice and window), with the seats left in each; full ones too. */
export async function listOpenSlots(db: Db, serviceId: number, now: Date): Promise<OpenSlot[]> {
  const rows = await db
    .select({
      id: appointmentSlots.id,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      capacity: appointmentSlots.capacity,
      booked: appointmentSlots.booked,
      officerId: appointmentSlots.officerId,
      officerName: users.name,
      communityName: communities.name,
    })
    .from(appointmentSlots)
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .leftJoin(users, eq(users.id, appointmentSlots.officerId))
    .leftJoin(communities, eq(communities.id, users.communityId))
    .where(and(eq(appointmentSlots.serviceId, serviceId), openCondition(now)))
    .orderBy(asc(appointmentSlots.startsAt), asc(appointmentSlots.id));
  return rows.map(({ capacity, booked, ...slot }) => ({ ...slot, remaining: capacity - booked }));
}

/** A slot with what booking it needs, if it is open for booking now. */
export async function openSlot(db: Db, slotId: number, now: Date) {
  const [slot] = await db
    .select({
      id: appointmentSlots.id,
      serviceId: appointmentSlots.serviceId,
      officerId: appointmentSlots.officerId,
      startsAt: appointmentSlots.startsAt,
      endsAt: appointmentSlots.endsAt,
      officerCommunityId: users.communityId,
      serviceName: services.name,
    })
    .from(appointmentSlots)
    .innerJoin(appointmentTemplates, eq(appointmentTemplates.id, appointmentSlots.templateId))
    .innerJoin(services, eq(services.id, appointmentSlots.serviceId))
    .leftJoin(users, eq(users.id, appointmentSlots.officerId))
    .where(and(eq(appointmentSlots.id, slotId), eq(services.active, true), eq(services.appointment, true), openCondition(now)));
  return slot ?? null;
}

/** A service residents can book (active, taking appointments, with an active slot rule), by slug. */
export async function getBookableService(db: Db, slug: string) {
  const [service] = await db
    .select({ id: services.id, slug: services.slug, name: services.name, whereWhen: sql<{ "zh-CN": string; en: string }>`${services.guide}->'whereWhen'` })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.active, true), serviceBookable));
  return service ?? null;
}

export interface BookingChoice {
  slug: string;
  name: { "zh-CN": string; en: string };
}

/**
 * What a resident can book from an officer's page: the services that officer takes bookings for themselves,
 * with the hours of each rule, and the services the station hall takes bookings for. Only active rules of
 * bookable services; an unknown slug has none of the first.
 */
export async function listBookingChoices(db: Db, officerSlug: string) {
  const rows = await db
    .select({
      slug: services.slug,
      name: services.name,
      officerId: appointmentTemplates.officerId,
      weekdays: appointmentTemplates.weekdays,
      startTime: appointmentTemplates.startTime,
      endTime: appointmentTemplates.endTime,
    })
    .from(appointmentTemplates)
    .innerJoin(services, eq(services.id, appointmentTemplates.serviceId))
    .leftJoin(users, eq(users.id, appointmentTemplates.officerId))
    .where(
      and(
        eq(appointmentTemplates.active, true),
        eq(services.active, true),
        eq(services.appointment, true),
        or(isNull(appointmentTemplates.officerId), and(eq(users.slug, officerSlug), eq(users.active, true))),
      ),
    )
    .orderBy(asc(services.sortOrder), asc(services.id), asc(appointmentTemplates.startTime));
  const withOfficer = new Map<string, BookingChoice & { officerId: number; hours: { weekdays: number[]; startTime: string; endTime: string }[] }>();
  const atHall = new Map<string, BookingChoice>();
  for (const row of rows) {
    if (row.officerId === null) {
      atHall.set(row.slug, { slug: row.slug, name: row.name });
      continue;
    }
    const entry = withOfficer.get(row.slug) ?? { slug: row.slug, name: row.name, officerId: row.officerId, hours: [] };
    entry.hours.push({ weekdays: row.weekdays, startTime: row.startTime.slice(0, 5), endTime: row.endTime.slice(0, 5) });
    withOfficer.set(row.slug, entry);
  }
  return { withOfficer: [...withOfficer.values()], atHall: [...atHall.values()] };
}
