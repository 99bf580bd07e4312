import "server-only";
import { and, asc, count, eq, isNull } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import { MAX_PHOTOS_PER_REQUEST, type PreparedPhoto } from "@/lib/uploads/photos";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { attachments, requests, type RequestKind } from "../schema";
import { requestVisibleTo } from "./queue";
import type { ResidentGrant } from "./resident-grant";
import { audit, requestTarget } from "./audit";

/** The kinds a resident may add photos to (a question or a request for advice needs none). */
export const PHOTO_KINDS: readonly RequestKind[] = ["tip", "help", "message"];

const photoListing = { id: attachments.id, width: attachments.width, height: attachments.height };
const photoFile = { data: attachments.data, mimeType: attachments.mimeType, byteSize: attachments.byteSize };

export type PhotoListing = { id: string; width: number; height: number };
export type PhotoFile = { data: Buffer; mimeType: string; byteSize: number };

/** The photos of the resident's own request, oldest first. */
export function listPhotosOfRequest(db: Db, { requestId }: ResidentGrant): Promise<PhotoListing[]> {
  return db
    .select(photoListing)
    .from(attachments)
    .where(and(eq(attachments.requestId, requestId), isNull(attachments.fieldName)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/** How many more photos the resident may add now; null when the kind takes none or the request is resolved. */
export async function photoSlotsLeft(db: Db, { requestId }: ResidentGrant): Promise<number | null> {
  const [row] = await db
    .select({ kind: requests.kind, status: requests.status, photos: count(attachments.id) })
    .from(requests)
    .leftJoin(attachments, eq(attachments.requestId, requests.id))
    .where(eq(requests.id, requestId))
    .groupBy(requests.id);
  if (!row || !PHOTO_KINDS.includes(row.kind) || row.status === "resolved") return null;
  return Math.max(0, MAX_PHOTOS_PER_REQUEST - row.photos);
}

export type PhotoAddition = "ok" | "not_allowed" | "too_many";

/**
 * Stores the photos of one upload, all or none: run it in a transaction. The request row is locked so two
 * uploads at once cannot pass the limit together.
 */
export async function addResidentPhotos(db: Db, { requestId }: ResidentGrant, photos: PreparedPhoto[]): Promise<PhotoAddition> {
  const [request] = await db
    .select({ kind: requests.kind, status: requests.status })
    .from(requests)
    .where(eq(requests.id, requestId))
    .for("update");
  if (photos.length === 0) return "ok";
  if (!request || !PHOTO_KINDS.includes(request.kind) || request.status === "resolved") return "not_allowed";
  const [row] = await db.select({ stored: count() }).from(attachments).where(eq(attachments.requestId, requestId));
  if ((row?.stored ?? 0) + photos.length > MAX_PHOTOS_PER_REQUEST) return "too_many";
  await db.insert(attachments).values(photos.map((photo) => ({ requestId, ...photo })));
  await db.update(requests).set({ updatedAt: new Date() }).where(eq(requests.id, requestId));
  return "ok";
}

/** One photo of the resident's own request, or null. */
export async function getResidentPhoto(db: Db, { requestId }: ResidentGrant, photoId: string): Promise<PhotoFile | null> {
  if (!isUuid(photoId)) return null;
  const [row] = await db
    .select(photoFile)
    .from(attachments)
    .where(and(eq(attachments.id, photoId), eq(attachments.requestId, requestId)));
  return row ?? null;
}

/** The photos of a request the staff member may see; empty when missing or not theirs. */
export async function listPhotosForStaff(db: Db, user: StaffUser, requestId: string): Promise<PhotoListing[]> {
  if (!isUuid(requestId)) return [];
  return db
    .select(photoListing)
    .from(attachments)
    .innerJoin(requests, eq(requests.id, attachments.requestId))
    .where(and(eq(attachments.requestId, requestId), isNull(attachments.fieldName), requestVisibleTo(user)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

/**
 * A photo for a staff member who may see its request; null when missing or not theirs (the same to the
 * caller). Every download is audited, thumbnails too (they show the photo as well).
 */
export async function getPhotoForStaff(
  db: Db,
  user: StaffUser,
  requestId: string,
  photoId: string,
  size: "thumb" | "full" = "full",
): Promise<PhotoFile | null> {
  if (!isUuid(requestId) || !isUuid(photoId)) return null;
  const [row] = await db
    .select(photoFile)
    .from(attachments)
    .innerJoin(requests, eq(requests.id, attachments.requestId))
    .where(and(eq(attachments.id, photoId), eq(attachments.requestId, requestId), requestVisibleTo(user)));
  if (!row) return null;
  await audit(db, user, "photo.download", requestTarget(requestId), { photoId, size });
  return row;
}
