import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "./client";
import { appointmentTemplates, services } from "./schema";

/** The station service hall's bookable hours: weekday mornings and afternoons, 30-minute slots for three. */
const HALL_HOURS = [
  { startTime: "09:00:00", endTime: "11:30:00" },
  { startTime: "14:00:00", endTime: "16:30:00" },
];
// 户口迁入 is "household-move-in" in the catalogue seed; "hukou-move-in" is accepted as well.
const HALL_SERVICES = ["residence-permit", "household-move-in", "hukou-move-in"];

/**
 * Slot templates for the station hall's appointment services. Idempotent: a template with the same service
 * and hours is left alone; a service the catalogue does not have (yet) is skipped. Free of "server-only"
 * imports, like db/seed.ts, which calls it.
 */
export async function seedAppointmentTemplates(db: Db): Promise<void> {
  const found = await db.select({ id: services.id }).from(services).where(inArray(services.slug, HALL_SERVICES));
  for (const { id: serviceId } of found) {
    for (const hours of HALL_HOURS) {
      const [existing] = await db
        .select({ id: appointmentTemplates.id })
        .from(appointmentTemplates)
        .where(
          and(
            eq(appointmentTemplates.serviceId, serviceId),
            isNull(appointmentTemplates.officerId),
            eq(appointmentTemplates.startTime, hours.startTime),
            eq(appointmentTemplates.endTime, hours.endTime),
          ),
        );
      if (existing) continue;
      await db.insert(appointmentTemplates).values({
        serviceId,
        weekdays: [1, 2, 3, 4, 5],
        ...hours,
        slotMinutes: 30,
        capacity: 3,
        windowDays: 7,
        minNoticeHours: 12,
      });
    }
  }
}
