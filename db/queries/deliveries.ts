import "server-only";
import { and, asc, count, eq, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import { PHONE_REVEAL_MINUTES, canDeliver, canRevealPhone, type StaffUser } from "@/lib/authz";
import { deliverable } from "@/lib/applications/status";
import type { Locale } from "@/lib/i18n/locales";
import { maskMobile } from "@/lib/validation/phone";
import type { Db } from "../client";
import { applications, communities, deliveries, places, requestEvents, requests, services } from "../schema";
import { DELIVERIES_PER_EVENING, DELIVERY_WINDOW, deliveredRecordable, deliveryEvenings } from "@/lib/delivery-evenings";
import { isUuid } from "@/lib/validation/uuid";
import { recordStep } from "./applications";
import { notifyResidentUpdate } from "./notifications";
import { deliveryCompound } from "./places";
import { revealedAmong } from "./queue";
import { inCommunityScope } from "./scope";
import { audit, requestTarget } from "./audit";
import type { ResidentGrant } from "./resident-grant";

export interface DeliveryAsk {
  day: string;
  /** The compound (a place of kind compound): its community is the delivery's. */
  placeId: number;
  /** The rest of the address as the resident writes it: building, entrance, flat. */
  address: string;
}

export type DeliveryAskResult = "ok" | "not_allowed" | "bad_day" | "bad_compound" | "evening_full";

/**
 * The resident asks for (or moves) an evening delivery of their finished certificate. A certificate ready for
 * collection becomes ready for delivery. An earlier scheduled delivery is replaced. An evening takes at most
 * `cap` deliveries per community (one officer's round). Run in a transaction.
 */
export async function askForDelivery(
  db: Db,
  grant: ResidentGrant,
  ask: DeliveryAsk,
  now = new Date(),
  cap = DELIVERIES_PER_EVENING,
): Promise<DeliveryAskResult> {
  const { requestId } = grant;
  const [current] = await db
    .select({ status: applications.status, requestStatus: requests.status })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(eq(applications.requestId, requestId))
    .for("update");
  if (!current || !deliverable(current.status)) return "not_allowed";
  if (!deliveryEvenings(now).includes(ask.day)) return "bad_day";
  const compound = await deliveryCompound(db, ask.placeId);
  if (!compound) return "bad_compound";
  // The community's row is locked so that two residents asking at once cannot both take its last place.
  const [community] = await db.select({ id: communities.id }).from(communities).where(eq(communities.id, compound.communityId)).for("update");
  if (!community) return "bad_compound";
  const [taken] = await db
    .select({ n: count() })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.day, ask.day),
        eq(deliveries.communityId, community.id),
        eq(deliveries.status, "scheduled"),
        ne(deliveries.requestId, requestId),
      ),
    );
  if ((taken?.n ?? 0) >= cap) return "evening_full";

  await db
    .update(deliveries)
    .set({ status: "cancelled" })
    .where(and(eq(deliveries.requestId, requestId), eq(deliveries.status, "scheduled")));
  await db.insert(deliveries).values({
    requestId,
    day: ask.day,
    windowStart: DELIVERY_WINDOW.start,
    windowEnd: DELIVERY_WINDOW.end,
    communityId: community.id,
    placeId: compound.id,
    address: ask.address,
  });
  if (current.status === "ready_for_collection") await recordStep(db, requestId, current, "ready_for_delivery", null, null);
  await db.insert(requestEvents).values({
    requestId,
    type: "delivery",
    data: { delivery: "scheduled", day: ask.day, start: DELIVERY_WINDOW.start, end: DELIVERY_WINDOW.end },
  });
  await notifyResidentUpdate(db, grant);
  return "ok";
}

/** The scheduled (or last) delivery of a resident's application, for the tracking page. */
export async function getDeliveryOfRequest(db: Db, { requestId }: ResidentGrant) {
  const [row] = await db
    .select({
      day: deliveries.day,
      windowStart: deliveries.windowStart,
      windowEnd: deliveries.windowEnd,
      status: deliveries.status,
      placeId: deliveries.placeId,
      compound: places.name,
      address: deliveries.address,
      communityId: deliveries.communityId,
      communityName: communities.name,
      recipientName: deliveries.recipientName,
    })
    .from(deliveries)
    .innerJoin(communities, eq(communities.id, deliveries.communityId))
    .innerJoin(places, eq(places.id, deliveries.placeId))
    .where(and(eq(deliveries.requestId, requestId), inArray(deliveries.status, ["scheduled", "delivered", "missed"])))
    .orderBy(sql`${deliveries.id} desc`)
    .limit(1);
  return row ? { ...row, windowStart: row.windowStart.slice(0, 5), windowEnd: row.windowEnd.slice(0, 5) } : null;
}

/** Deliveries are the officers' of the community they go to (lib/authz.ts's scope, on the delivery's community). */
function deliveriesVisibleTo(user: StaffUser): SQL {
  return canDeliver(user) ? inCommunityScope(user, deliveries.communityId) : sql`false`;
}

/**
 * One evening's round: the deliveries in the user's scope, by community, then compound, then address — the
 * order the officer walks them. Phones are masked; in full only with `revealPhones` and for the deliveries
 * whose phone this user revealed (revealDeliveryPhone, audited) in the last PHONE_REVEAL_MINUTES.
 */
export async function listEveningDeliveries(db: Db, user: StaffUser, day: string, locale: Locale, options: { revealPhones?: boolean } = {}) {
  const rows = await db
    .select({
      id: deliveries.id,
      requestId: deliveries.requestId,
      status: deliveries.status,
      windowStart: deliveries.windowStart,
      windowEnd: deliveries.windowEnd,
      communityName: communities.name,
      placeId: deliveries.placeId,
      compound: places.name,
      address: deliveries.address,
      recipientName: deliveries.recipientName,
      note: deliveries.note,
      referenceCode: requests.referenceCode,
      residentName: requests.residentName,
      residentPhone: requests.residentPhone,
      serviceName: services.name,
    })
    .from(deliveries)
    .innerJoin(communities, eq(communities.id, deliveries.communityId))
    .innerJoin(places, eq(places.id, deliveries.placeId))
    .innerJoin(requests, eq(requests.id, deliveries.requestId))
    .innerJoin(applications, eq(applications.requestId, deliveries.requestId))
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(and(eq(deliveries.day, day), inArray(deliveries.status, ["scheduled", "delivered", "missed"]), deliveriesVisibleTo(user)))
    .orderBy(asc(communities.id), asc(places.name), asc(deliveries.placeId), asc(deliveries.address), asc(deliveries.id));
  const revealed =
    options.revealPhones === true && canRevealPhone(user, "application")
      ? await revealedAmong(db, user, rows.filter((r) => r.residentPhone).map((r) => r.requestId), "request.reveal_phone", PHONE_REVEAL_MINUTES)
      : new Set<string>();
  return rows.map(({ residentPhone, serviceName, windowStart, windowEnd, ...row }) => ({
    ...row,
    window: `${windowStart.slice(0, 5)}–${windowEnd.slice(0, 5)}`,
    windowStart: windowStart.slice(0, 5),
    serviceName: serviceName[locale],
    phoneMasked: residentPhone ? maskMobile(residentPhone) : null,
    // Only set when revealed: the page cannot show (or leak into its payload) what it was never given.
    phoneFull: residentPhone && revealed.has(row.requestId) ? residentPhone : null,
  }));
}

/**
 * The officer at the door asks for the resident's full phone number to ring them: an audit row (the same
 * one the request page writes), which lets the round show it for a few minutes. False when the delivery is
 * not on a round this user may see, or there is no phone.
 */
export async function revealDeliveryPhone(db: Db, user: StaffUser, requestId: string): Promise<boolean> {
  if (!isUuid(requestId) || !canRevealPhone(user, "application")) return false;
  const [row] = await db
    .select({ id: deliveries.id })
    .from(deliveries)
    .innerJoin(requests, eq(requests.id, deliveries.requestId))
    .where(
      and(
        eq(deliveries.requestId, requestId),
        inArray(deliveries.status, ["scheduled", "delivered", "missed"]),
        deliveriesVisibleTo(user),
        isNotNull(requests.residentPhone),
      ),
    )
    .limit(1);
  if (!row) return false;
  await audit(db, user, "request.reveal_phone", requestTarget(requestId), { deliveryId: row.id });
  return true;
}

export type EveningDelivery = Awaited<ReturnType<typeof listEveningDeliveries>>[number];

export type DeliveryRecord = { outcome: "delivered"; recipientName: string } | { outcome: "missed"; note: string };

/**
 * The officer records a delivery: delivered (to whom) completes the application; missed (why) leaves it ready
 * for delivery, so the resident can choose another evening. Only a scheduled delivery in scope, once.
 */
export async function recordDelivery(
  db: Db,
  user: StaffUser,
  deliveryId: number,
  record: DeliveryRecord,
  now = new Date(),
): Promise<"ok" | "not_found" | "too_early" | "too_late"> {
  if (!Number.isSafeInteger(deliveryId) || deliveryId <= 0 || deliveryId > 2_147_483_647) return "not_found";
  const [delivery] = await db
    .select({ requestId: deliveries.requestId, day: deliveries.day, windowStart: deliveries.windowStart })
    .from(deliveries)
    .where(and(eq(deliveries.id, deliveryId), eq(deliveries.status, "scheduled"), deliveriesVisibleTo(user)))
    .for("update");
  if (!delivery) return "not_found";
  // Handed over is recorded at the door, that evening; a missed one may be noted later.
  if (record.outcome === "delivered") {
    const when = deliveredRecordable(delivery.day, delivery.windowStart, now);
    if (when !== "ok") return when;
  }
  const [current] = await db
    .select({ status: applications.status, requestStatus: requests.status })
    .from(applications)
    .innerJoin(requests, eq(requests.id, applications.requestId))
    .where(eq(applications.requestId, delivery.requestId))
    .for("update");
  if (!current || current.status !== "ready_for_delivery") return "not_found";

  if (record.outcome === "delivered") {
    await db
      .update(deliveries)
      .set({ status: "delivered", recipientName: record.recipientName, deliveredAt: now, handledBy: user.id })
      .where(eq(deliveries.id, deliveryId));
    await db.insert(requestEvents).values({
      requestId: delivery.requestId,
      type: "delivery",
      actorId: user.id,
      data: { delivery: "delivered", recipient: record.recipientName },
    });
    await recordStep(db, delivery.requestId, current, "completed", user.id, null);
  } else {
    await db.update(deliveries).set({ status: "missed", note: record.note, handledBy: user.id }).where(eq(deliveries.id, deliveryId));
    await db.insert(requestEvents).values({
      requestId: delivery.requestId,
      type: "delivery",
      actorId: user.id,
      body: record.note,
      data: { delivery: "missed" },
    });
  }
  await audit(db, user, `delivery.${record.outcome}`, requestTarget(delivery.requestId), { deliveryId });
  return "ok";
}
