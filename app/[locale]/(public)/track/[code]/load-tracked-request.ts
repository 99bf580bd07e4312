import type { Db } from "@/db";
import { getApplicationOfRequest } from "@/db/queries/applications";
import { getBookingOfRequest, listRescheduleSlots } from "@/db/queries/appointments";
import { listPhotosOfRequest, photoSlotsLeft } from "@/db/queries/attachments";
import { getDeliveryOfRequest } from "@/db/queries/deliveries";
import { getStation } from "@/db/queries/directory";
import { listDeliveryCompounds } from "@/db/queries/places";
import type { ResidentGrant } from "@/db/queries/resident-grant";
import { getPublicTimeline } from "@/db/queries/tracking";
import { deliverable } from "@/lib/applications/status";
import type { Locale } from "@/lib/i18n/locales";
import { kindModule } from "@/lib/request-kinds";

/**
 * Everything the tracking page shows of the resident's own request, loaded in parallel with the grant that
 * proves it is theirs; the panels of an appointment and an application get theirs as plain props. Null when
 * the request is gone.
 */
export async function loadTrackedRequest(db: Db, grant: ResidentGrant, locale: Locale, now: Date) {
  const [request, photos, photoSlots, station] = await Promise.all([
    getPublicTimeline(db, grant),
    listPhotosOfRequest(db, grant),
    photoSlotsLeft(db, grant),
    getStation(db),
  ]);
  if (!request) return null;
  // A kind with steps of its own (a booking, an application) has its flow's panel.
  const { ownSteps } = kindModule(request.kind);
  const [appointment, application] = await Promise.all([
    ownSteps === "booking" ? loadAppointment(db, grant, now) : null,
    ownSteps === "application" ? loadApplication(db, grant, locale) : null,
  ]);
  return { request, photos, photoSlots, station, appointment, application };
}

async function loadAppointment(db: Db, grant: ResidentGrant, now: Date) {
  const booking = await getBookingOfRequest(db, grant, now);
  if (!booking) return null;
  // Other times are offered only while the booking can still be moved.
  return { booking, slots: booking.changeable ? await listRescheduleSlots(db, grant, now) : [] };
}

async function loadApplication(db: Db, grant: ResidentGrant, locale: Locale) {
  const [application, delivery, compounds] = await Promise.all([
    getApplicationOfRequest(db, grant, locale),
    getDeliveryOfRequest(db, grant),
    listDeliveryCompounds(db),
  ]);
  if (!application) return null;
  // The compounds an evening delivery can go to (by community), once the certificate is ready.
  return { application, delivery, compounds: deliverable(application.status) ? compounds : [] };
}

export type TrackedAppointment = NonNullable<Awaited<ReturnType<typeof loadAppointment>>>;
export type TrackedApplication = NonNullable<Awaited<ReturnType<typeof loadApplication>>>;
