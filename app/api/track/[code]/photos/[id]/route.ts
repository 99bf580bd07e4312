import { getDb } from "@/db";
import { getResidentPhoto } from "@/db/queries/attachments";
import { normalizeReferenceCode } from "@/lib/codes";
import { photoNotFound, photoResponse, requestedSize } from "@/server/upload-response";
import { residentAccess } from "@/server/resident-access";

/**
 * A photo of the resident's own request, for the holder of the secret (`?k=`) or of the grant cookie;
 * `?size=thumb` for the small rendition.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/track/[code]/photos/[id]">) {
  const { code: rawCode, id } = await params;
  const code = normalizeReferenceCode(rawCode);
  if (!code) return photoNotFound();
  const secret = new URL(request.url).searchParams.get("k")?.slice(0, 100) ?? "";
  const db = await getDb();
  const access = await residentAccess(db, code, secret);
  if (access.status !== "ok") return photoNotFound();
  const file = await getResidentPhoto(db, access, id);
  return file ? photoResponse(id, file, requestedSize(request)) : photoNotFound();
}
