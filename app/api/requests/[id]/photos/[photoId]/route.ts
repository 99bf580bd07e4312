import { getDb } from "@/db";
import { getPhotoForStaff } from "@/db/queries/attachments";
import { currentStaff } from "@/server/auth";
import { photoNotFound, photoResponse, requestedSize } from "@/server/upload-response";

/**
 * A request's photo for staff who may see the request; every fetch (thumbnail or full size) is audited, since
 * either shows the photo. Anyone else — signed out, another community — gets the same 404 as a missing one.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/requests/[id]/photos/[photoId]">) {
  const { id, photoId } = await params;
  const user = await currentStaff();
  if (!user) return photoNotFound();
  const size = requestedSize(request);
  const file = await getPhotoForStaff(await getDb(), user, id, photoId, size);
  return file ? photoResponse(photoId, file, size) : photoNotFound();
}
