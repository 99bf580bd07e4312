import { getDb } from "@/db";
import { getFieldPhoto } from "@/db/queries/field-photos";
import { currentStaff } from "@/server/auth";
import { photoNotFound, photoResponse, requestedSize } from "@/server/upload-response";

/** A field photo (a visit's, a hazard's) for staff of its community and the chief; anyone else gets the 404 of a missing one. */
export async function GET(request: Request, { params }: RouteContext<"/api/field/photos/[id]">) {
  const { id } = await params;
  const user = await currentStaff();
  if (!user) return photoNotFound();
  const file = await getFieldPhoto(await getDb(), user, id);
  return file ? photoResponse(id, file, requestedSize(request)) : photoNotFound();
}
