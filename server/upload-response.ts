import "server-only";
import type { PhotoFile } from "@/db/queries/attachments";
import { thumbnailOf } from "@/lib/uploads/photos";

/**
 * Route handlers get no CSRF check from Next, so an upload checks its Origin here: it must name this host.
 * A present but different Origin (or "null") is refused, and so is a browser saying the post is cross-site.
 * A missing Origin is let through: every browser that could be tricked into posting sends one on a POST,
 * and the only credential a forged post could ride on, the grant cookie, is SameSite=Lax (never sent with
 * a cross-site POST); the other proof, the secret, is in the body, so whoever sends it needs no victim.
 */
export function isSameOriginPost(request: Request): boolean {
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** `?size=thumb` asks for the small rendition lists show; anything else is the stored photo. */
export function requestedSize(request: Request): PhotoSize {
  return new URL(request.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
}

export type PhotoSize = "thumb" | "full";

/** A stored photo, for the eyes of whoever was allowed to ask: never cached, never sniffed as anything else. */
export async function photoResponse(photoId: string, file: PhotoFile, size: PhotoSize): Promise<Response> {
  const data = size === "thumb" ? await thumbnailOf(file.data) : file.data;
  const mimeType = size === "thumb" ? "image/jpeg" : file.mimeType;
  const extension = mimeType === "image/webp" ? "webp" : "jpg";
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(data.byteLength),
      "Content-Disposition": `inline; filename="photo-${photoId}.${extension}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

/** Missing and not allowed look the same. */
export function photoNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
}
