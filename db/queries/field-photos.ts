import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { fieldWorkCommunity, seesFieldWork, type StaffUser } from "@/lib/authz";
import { OPEN_HAZARD_STATUSES } from "@/lib/field-work";
import type { FieldPhotoTarget } from "@/lib/uploads/field-photo-target";
import type { PreparedPhoto } from "@/lib/uploads/photos";
import { isUuid } from "@/lib/validation/uuid";
import type { Db } from "../client";
import { fieldPhotos, hazards, visits } from "../schema";
import type { PhotoFile } from "./attachments";
import { inFieldWorkScope } from "./field-scope";

/** Photos one visit, or one hazard's finding or its proof of rectification, may hold. */
export const MAX_FIELD_PHOTOS = 6;

export type FieldPhotoAddition = "ok" | "not_found" | "too_many";

/**
 * Stores the photos of one upload to a record of the user's own community, all or none (run it in a
 * transaction; the record's row is locked so two uploads cannot pass the limit together). A proof of
 * rectification goes only on a hazard still being rectified.
 */
export async function addFieldPhotos(db: Db, user: StaffUser, target: FieldPhotoTarget, photos: PreparedPhoto[]): Promise<FieldPhotoAddition> {
  const communityId = fieldWorkCommunity(user);
  if (communityId === null || !Number.isSafeInteger(target.id) || target.id <= 0 || target.id > 2_147_483_647) return "not_found";
  const [record] =
    target.kind === "visit"
      ? await db.select({ id: visits.id }).from(visits).where(and(eq(visits.id, target.id), eq(visits.communityId, communityId))).for("update")
      : await db
          .select({ id: hazards.id })
          .from(hazards)
          .where(
            and(
              eq(hazards.id, target.id),
              eq(hazards.communityId, communityId),
              target.purpose === "proof" ? inArray(hazards.status, [...OPEN_HAZARD_STATUSES]) : undefined,
            ),
          )
          .for("update");
  if (!record) return "not_found";
  const owner = target.kind === "visit" ? eq(fieldPhotos.visitId, target.id) : and(eq(fieldPhotos.hazardId, target.id), eq(fieldPhotos.purpose, target.purpose));
  const [stored] = await db.select({ n: count() }).from(fieldPhotos).where(owner);
  if ((stored?.n ?? 0) + photos.length > MAX_FIELD_PHOTOS) return "too_many";
  await db.insert(fieldPhotos).values(
    photos.map((photo) => ({
      communityId,
      ...(target.kind === "visit" ? { visitId: target.id, purpose: "visit" as const } : { hazardId: target.id, purpose: target.purpose }),
      takenById: user.id,
      ...photo,
    })),
  );
  return "ok";
}

/** One field photo the user may see (their community's; the chief's station's), or null. */
export async function getFieldPhoto(db: Db, user: StaffUser, photoId: string): Promise<PhotoFile | null> {
  if (!isUuid(photoId) || !seesFieldWork(user)) return null;
  const [row] = await db
    .select({ data: fieldPhotos.data, mimeType: fieldPhotos.mimeType, byteSize: fieldPhotos.byteSize })
    .from(fieldPhotos)
    .where(and(eq(fieldPhotos.id, photoId), inFieldWorkScope(user, fieldPhotos.communityId)));
  return row ?? null;
}
