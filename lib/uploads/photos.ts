import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";

/** Photos a resident may add to one request, in all. */
export const MAX_PHOTOS_PER_REQUEST = 3;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTO_PIXELS = 40_000_000;
/** The upload body: three full-size photos plus the multipart framing and the form's other fields. */
export const MAX_UPLOAD_BYTES = MAX_PHOTOS_PER_REQUEST * MAX_PHOTO_BYTES + 256 * 1024;
/** Stored photos fit inside this many pixels on their longer side: plenty for a phone or a screen. */
export const STORED_EDGE = 2048;

const ACCEPTED = new Set(["image/jpeg", "image/png", "image/webp"]);

export type PhotoRefusal = "too_large" | "wrong_type" | "too_many_pixels";
/** What the tracking page can be sent back with (`?photoError=`); each has a message under photos.errors. */
export const photoErrors = ["too_large", "wrong_type", "too_many_pixels", "too_many", "not_allowed", "missing"] as const;
export type PhotoError = (typeof photoErrors)[number];

export interface PreparedPhoto {
  data: Buffer;
  mimeType: "image/jpeg";
  byteSize: number;
  width: number;
  height: number;
}

/**
 * Checks an uploaded image by its content (never its name or declared type) and re-encodes it as a JPEG
 * fitted inside STORED_EDGE. Re-encoding drops every piece of metadata — EXIF with its GPS position, XMP,
 * comments — and anything hidden after the image data; the orientation is applied to the pixels first.
 */
export async function preparePhoto(bytes: Uint8Array): Promise<{ ok: PreparedPhoto } | { refuse: PhotoRefusal }> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) return { refuse: "too_large" };
  if (bytes.byteLength === 0) return { refuse: "wrong_type" };
  // sharp would happily decode SVG (and more): only the three formats we name get near it.
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !ACCEPTED.has(sniffed.mime)) return { refuse: "wrong_type" };

  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const options = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: "error" } as const;
  let width: number | undefined;
  let height: number | undefined;
  try {
    // Reads the header only (no pixel is decoded), so a decompression bomb is measured before it can go off.
    // The pixel limit is off here so that an oversized image is told apart from a broken one.
    ({ width, height } = await sharp(input, { limitInputPixels: false }).metadata());
  } catch {
    return { refuse: "wrong_type" };
  }
  if (!width || !height) return { refuse: "wrong_type" };
  if (width * height > MAX_PHOTO_PIXELS) return { refuse: "too_many_pixels" };

  try {
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize(STORED_EDGE, STORED_EDGE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { ok: { data, mimeType: "image/jpeg", byteSize: info.size, width: info.width, height: info.height } };
  } catch {
    // Sniffed as an image but does not decode: a broken or crafted file.
    return { refuse: "wrong_type" };
  }
}

/** Edge of the small rendition shown in lists (the stored photo is already clean; this only shrinks it). */
export const THUMBNAIL_EDGE = 320;

export function thumbnailOf(stored: Buffer): Promise<Buffer> {
  return sharp(stored, { limitInputPixels: MAX_PHOTO_PIXELS })
    .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: "inside", withoutEnlargement: true })
    .jpeg({ quality: 75 })
    .toBuffer();
}

/** The thumbnail's size for a stored photo of this size (what thumbnailOf makes), for width/height attributes. */
export function thumbnailSize(photo: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_EDGE / Math.max(photo.width, photo.height));
  return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}
