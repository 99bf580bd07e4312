import { and, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { Db } from "./client";
import { appointmentTemplates, services, users, type AppointmentTemplate } from "./schema";
import { CATALOGUE_SERVICES } from "./catalogue/services";

type Rule = Pick<AppointmentTemplate, "weekdays" | "startTime" | "endTime" | "slotMinutes" | "capacity">;

const WEEKDAYS = [1, 2, 3, 4, 5];

/** The household-registration window (8:30–12:00, 14:00–17:30): half-hour times for three, mornings and afternoons. */
const WINDOW_HOURS: Rule[] = [
  { weekdays: WEEKDAYS, startTime: "09:00:00", endTime: "11:30:00", slotMinutes: 30, capacity: 3 },
  { weekdays: WEEKDAYS, startTime: "14:00:00", endTime: "16:30:00", slotMinutes: 30, capacity: 3 },
];

/** The public-order desk takes licence applications by the hour, one applicant at a time, Tuesdays and Thursdays. */
const DESK_HOURS: Rule[] = [
  { weekdays: [2, 4], startTime: "09:00:00", endTime: "11:00:00", slotMinutes: 60, capacity: 1 },
  { weekdays: [2, 4], startTime: "14:00:00", endTime: "16:00:00", slotMinutes: 60, capacity: 1 },
];
const AT_THE_DESK = new Set(["hotel-licence", "large-event-permit"]);

/**
 * Registrations the guide says the community police office takes too: each community officer sees people for
 * them in office hours on the days they are not out on visits (屠志恒 also at his Wednesday-evening reception).
 */
const AT_THE_COMMUNITY_OFFICE = ["residence-registration", "rental-registration"];
const OFFICER_HOURS: Record<string, Rule[]> = {
  "officer.liuyin": [{ weekdays: [2, 4], startTime: "14:30:00", endTime: "17:00:00", slotMinutes: 30, capacity: 2 }],
  "officer.fenglin": [
    { weekdays: [1], startTime: "14:30:00", endTime: "17:00:00", slotMinutes: 30, capacity: 2 },
    { weekdays: [3], startTime: "19:00:00", endTime: "20:30:00", slotMinutes: 30, capacity: 2 },
  ],
  "officer.wanghu": [{ weekdays: [2, 4], startTime: "09:00:00", endTime: "11:30:00", slotMinutes: 30, capacity: 2 }],
  "officer.nanqiao": [{ weekdays: [1, 3], startTime: "14:30:00", endTime: "17:00:00", slotMinutes: 30, capacity: 2 }],
};

/** Every service the seeded catalogue offers by appointment: the ones that get times. */
export const SEEDED_BOOKABLE = CATALOGUE_SERVICES.filter((s) => s.appointment).map((s) => s.slug);

/**
 * Slot rules for every service the demo catalogue marks bookable: at the station hall's window or desk, and
 * for the community-office registrations with each community officer. Idempotent: a rule with the same
 * service, place and hours is left alone; a service or officer that is not there (yet) is skipped. Free of
 * "server-only" imports, like db/seed.ts, which calls it.
 */
export async function seedAppointmentTemplates(db: Db): Promise<void> {
  const found = await db.select({ id: services.id, slug: services.slug }).from(services).where(inArray(services.slug, SEEDED_BOOKABLE));
  const officers = await db.select({ id: users.id, login: users.login }).from(users).where(inArray(users.login, Object.keys(OFFICER_HOURS)));
  for (const { id: serviceId, slug } of found) {
    for (const rule of AT_THE_DESK.has(slug) ? DESK_HOURS : WINDOW_HOURS) await addRule(db, serviceId, null, rule);
    if (!AT_THE_COMMUNITY_OFFICE.includes(slug)) continue;
    for (const officer of officers) {
      for (const rule of OFFICER_HOURS[officer.login]!) await addRule(db, serviceId, officer.id, rule);
    }
  }
}

async function addRule(db: Db, serviceId: number, officerId: number | null, rule: Rule): Promise<void> {
  const place: SQL = officerId === null ? isNull(appointmentTemplates.officerId) : eq(appointmentTemplates.officerId, officerId);
  const [existing] = await db
    .select({ id: appointmentTemplates.id })
    .from(appointmentTemplates)
    .where(
      and(
        eq(appointmentTemplates.serviceId, serviceId),
        place,
        eq(appointmentTemplates.startTime, rule.startTime),
        eq(appointmentTemplates.endTime, rule.endTime),
      ),
    );
  if (existing) return;
  await db.insert(appointmentTemplates).values({ serviceId, officerId, ...rule, windowDays: 7, minNoticeHours: 12 });
}
