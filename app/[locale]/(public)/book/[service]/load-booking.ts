import { cache } from "react";
import { getDb } from "@/db";
import { ensureSlots, getBookableService, listOpenSlots, slotHorizonDays } from "@/db/queries/appointments";

/**
 * A bookable service with its open times (full ones too), once per render: null for a slug that is not a
 * bookable service. Slots are made on demand (idempotent), so a rule's window is filled without a scheduler.
 */
export const loadBooking = cache(async (slug: string) => {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  const db = await getDb();
  const service = await getBookableService(db, slug);
  if (!service) return null;
  const now = new Date();
  // This service's rules only: the first view after a start need not make every service's weeks of slots.
  await ensureSlots(db, { from: now, days: await slotHorizonDays(db), serviceId: service.id });
  return { service, slots: await listOpenSlots(db, service.id, now) };
});
