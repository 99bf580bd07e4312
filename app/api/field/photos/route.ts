import { getDb } from "@/db";
import { addFieldPhotos } from "@/db/queries/field-photos";
import { localeFromCookie, translatorFor } from "@/lib/i18n/server";
import { readCappedForm } from "@/lib/uploads/body-cap";
import { fieldRecordPath, parseFieldPhotoTarget } from "@/lib/uploads/field-photo-target";
import { MAX_PHOTO_BYTES, preparePhoto, type PhotoError, type PreparedPhoto } from "@/lib/uploads/photos";
import { currentStaff } from "@/server/auth";
import { isSameOriginPost, photoNotFound } from "@/server/upload-response";

/** Up to six full-size photos in one post, plus the multipart framing. */
const MAX_FIELD_UPLOAD_BYTES = 6 * MAX_PHOTO_BYTES + 64 * 1024;

/**
 * A visit's or a hazard's photos (a finding, or proof of rectification), from the record's page: a plain
 * multipart form (works without JavaScript) through the photo pipeline — a streaming size cap, the type
 * sniffed from the bytes, re-encoded without metadata. Answers 303 back to the record with `done=photos` or a
 * `photoError`; a body over the cap is cut off with 413. Signed out, another community's record, or a record
 * that is not there: the same 404.
 */
export async function POST(request: Request) {
  if (!isSameOriginPost(request)) return new Response("Forbidden", { status: 403 });
  const user = await currentStaff();
  if (!user) return photoNotFound();
  const body = await readCappedForm(request, MAX_FIELD_UPLOAD_BYTES);
  if (body.status === "too_large") {
    const t = await translatorFor(await localeFromCookie());
    return new Response(t("field.photos.errors.bodyTooLarge"), {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
    });
  }
  const target = body.status === "ok" ? parseFieldPhotoTarget(body.form.get("target")) : null;
  if (!target) return photoNotFound();
  const back = (outcome: { done: "photos" } | { photoError: PhotoError }) => {
    const query = "done" in outcome ? `done=${outcome.done}` : `photoError=${outcome.photoError}`;
    // Relative: the browser stays on the host it used.
    return new Response(null, { status: 303, headers: { Location: `${fieldRecordPath(target)}?${query}`, "Cache-Control": "no-store" } });
  };
  const files = (body.status === "ok" ? body.form.getAll("photos") : []).filter((value): value is File => typeof value !== "string" && value.size > 0);
  if (files.length === 0) return back({ photoError: "missing" });
  // One at a time: decoding is the costly part, and sharp uses one thread here anyway.
  const prepared: PreparedPhoto[] = [];
  for (const file of files) {
    const result = await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    if ("refuse" in result) return back({ photoError: result.refuse });
    prepared.push(result.ok);
  }
  const db = await getDb();
  const stored = await db.transaction((tx) => addFieldPhotos(tx, user, target, prepared));
  if (stored === "not_found") return photoNotFound();
  return stored === "ok" ? back({ done: "photos" }) : back({ photoError: stored });
}
