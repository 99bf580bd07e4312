/**
 * Passes bytes through and errors the stream as soon as more than `cap` have gone by, so a body is never
 * read past the cap — whether or not it announced a Content-Length (chunked uploads do not).
 */
export function byteCap(cap: number, onOverflow?: () => void): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > cap) {
        onOverflow?.();
        controller.error(new Error(`body larger than ${cap} bytes`));
      } else {
        controller.enqueue(chunk);
      }
    },
  });
}

export type CappedForm = { status: "ok"; form: FormData } | { status: "too_large" } | { status: "malformed" };

/**
 * Reads a multipart (or urlencoded) form body, at most `cap` bytes of it. A Content-Length over the cap is
 * refused before reading anything; a body that turns out longer is cut off at the cap.
 */
export async function readCappedForm(request: Request, cap: number): Promise<CappedForm> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > cap) return { status: "too_large" };
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) {
    return { status: "malformed" };
  }
  let overflowed = false;
  const capped = request.body.pipeThrough(byteCap(cap, () => (overflowed = true)));
  try {
    // Buffers at most `cap` bytes: the stream errors before more arrive.
    const form = await new Response(capped, { headers: { "content-type": contentType } }).formData();
    return { status: "ok", form };
  } catch {
    return overflowed ? { status: "too_large" } : { status: "malformed" };
  }
}
