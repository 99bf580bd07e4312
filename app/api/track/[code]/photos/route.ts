import { getDb } from "@/db";
import { addApplicationDocument } from "@/db/queries/applications";
import { addResidentPhotos, photoSlotsLeft } from "@/db/queries/attachments";
import { checkDocument } from "@/lib/applications/form-schema";
import { normalizeReferenceCode } from "@/lib/codes";
import { localeFromCookie, translatorFor } from "@/lib/i18n/server";
import { readCappedForm } from "@/lib/uploads/body-cap";
import { isSameOriginPost, photoNotFound } from "@/server/upload-response";
import { residentAccess } from "@/server/resident-access";
import { MAX_UPLOAD_BYTES, preparePhoto, type PhotoError, type PreparedPhoto } from "@/lib/uploads/photos";

/** The document checks the browser ran too (lib/applications/form-schema.ts), as the page's photo errors. */
const DOCUMENT_ERRORS: Record<string, PhotoError> = {
  "validation.documentRequired": "missing",
  "validation.documentTooLarge": "too_large",
  "validation.documentType": "wrong_type",
};

/**
 * The tracking page's plain multipart forms (they work without JavaScript): the resident adds up to three
 * photos to their own request, or a photographed document to their application. Every answer is a 303 back
 * to the tracking page, with `done=photos|document` or a `photoError` it shows in the resident's language —
 * except a body over the cap, which is cut off with 413.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/track/[code]/photos">) {
  if (!isSameOriginPost(request)) return new Response("Forbidden", { status: 403 });
  const code = normalizeReferenceCode((await params).code);
  if (!code) return photoNotFound();

  const body = await readCappedForm(request, MAX_UPLOAD_BYTES);
  if (body.status === "too_large") {
    const t = await translatorFor(await localeFromCookie());
    return new Response(t("photos.errors.bodyTooLarge"), {
      status: 413,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
    });
  }
  const k = body.status === "ok" ? body.form.get("k") : null;
  const secret = typeof k === "string" ? k.slice(0, 100) : "";
  const back = (outcome: { done: "photos" | "document" } | { photoError: PhotoError }) => {
    const query = new URLSearchParams(secret ? { k: secret } : {});
    if ("done" in outcome) query.set("done", outcome.done);
    else query.set("photoError", outcome.photoError);
    // Relative: the browser stays on the host it used.
    return new Response(null, { status: 303, headers: { Location: `/track/${code}?${query}`, "Cache-Control": "no-store" } });
  };
  if (body.status !== "ok") return back({ photoError: "wrong_type" });

  const db = await getDb();
  const access = await residentAccess(db, code, secret);
  // The tracking page itself explains a wrong proof (it asks for it again).
  if (access.status !== "ok") return back({ photoError: "not_allowed" });

  // An application's document: one photographed file for one field of its form.
  const field = body.form.get("field");
  if (typeof field === "string" && field !== "") {
    const file = body.form.get("document");
    const upload = typeof file === "string" ? null : file;
    const check = checkDocument(upload);
    if ("error" in check) return back({ photoError: DOCUMENT_ERRORS[check.error] ?? "wrong_type" });
    const result = await preparePhoto(new Uint8Array(await upload!.arrayBuffer()));
    if ("refuse" in result) return back({ photoError: result.refuse });
    const stored = await db.transaction((tx) => addApplicationDocument(tx, access, field.slice(0, 40), result.ok));
    return stored === "ok" ? back({ done: "document" }) : back({ photoError: stored });
  }

  const files = body.form.getAll("photos").filter((value): value is File => typeof value !== "string" && value.size > 0);
  if (files.length === 0) return back({ photoError: "missing" });
  const left = await photoSlotsLeft(db, access);
  if (left === null) return back({ photoError: "not_allowed" });
  if (files.length > left) return back({ photoError: "too_many" });

  // One at a time: decoding is the costly part, and sharp uses one thread here anyway.
  const prepared: PreparedPhoto[] = [];
  for (const file of files) {
    const result = await preparePhoto(new Uint8Array(await file.arrayBuffer()));
    if ("refuse" in result) return back({ photoError: result.refuse });
    prepared.push(result.ok);
  }
  const stored = await db.transaction((tx) => addResidentPhotos(tx, access, prepared));
  return stored === "ok" ? back({ done: "photos" }) : back({ photoError: stored });
}
