import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readCappedForm } from "@/lib/uploads/body-cap";
import { MAX_PHOTO_BYTES, MAX_UPLOAD_BYTES, preparePhoto, STORED_EDGE } from "@/lib/uploads/photos";

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } });

describe("a resident's photo", () => {
  it("comes back as a JPEG without EXIF: no GPS position, no camera", async () => {
    const withGps = await solid(1200, 900)
      .jpeg()
      .withExif({
        IFD0: { Make: "TestCam", Model: "Phone 12" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "31/1 14/1 2/1", GPSLongitudeRef: "E", GPSLongitude: "121/1 28/1 5/1" },
      })
      .toBuffer();
    const before = await sharp(withGps).metadata();
    expect(before.exif?.toString("latin1")).toContain("TestCam");

    const result = await preparePhoto(withGps);
    if (!("ok" in result)) throw new Error(`refused: ${result.refuse}`);
    const after = await sharp(result.ok.data).metadata();
    expect(after).toMatchObject({ format: "jpeg", width: 1200, height: 900 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(result.ok.data.includes("TestCam")).toBe(false);
    expect(result.ok).toMatchObject({ mimeType: "image/jpeg", width: 1200, height: 900, byteSize: result.ok.data.byteLength });
  });

  it("is turned upright by its orientation tag before the tag is dropped", async () => {
    // Orientation 6: stored landscape, shown portrait.
    const rotated = await solid(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await preparePhoto(rotated);
    if (!("ok" in result)) throw new Error(`refused: ${result.refuse}`);
    expect([result.ok.width, result.ok.height]).toEqual([200, 400]);
    expect((await sharp(result.ok.data).metadata()).orientation).toBeUndefined();
  });

  it("is fitted inside the stored size, and PNG and WebP are accepted", async () => {
    const png = await solid(4000, 1000).png().toBuffer();
    const webp = await solid(300, 300).webp().toBuffer();
    const fromPng = await preparePhoto(png);
    const fromWebp = await preparePhoto(webp);
    expect(fromPng).toMatchObject({ ok: { mimeType: "image/jpeg", width: STORED_EDGE, height: STORED_EDGE / 4 } });
    expect(fromWebp).toMatchObject({ ok: { mimeType: "image/jpeg", width: 300, height: 300 } });
  });

  it("is refused when it is an SVG renamed .jpg (the content decides, not the name)", async () => {
    const svg = new TextEncoder().encode(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>',
    );
    expect(await preparePhoto(svg)).toEqual({ refuse: "wrong_type" });
    // A GIF is an image, but not one of the three formats.
    expect(await preparePhoto(await solid(10, 10).gif().toBuffer())).toEqual({ refuse: "wrong_type" });
    expect(await preparePhoto(new Uint8Array(0))).toEqual({ refuse: "wrong_type" });
  });

  it("is refused when it is a JPEG header with nothing decodable behind it", async () => {
    const jpeg = await solid(100, 100).jpeg().toBuffer();
    expect(await preparePhoto(jpeg.subarray(0, 200))).toEqual({ refuse: "wrong_type" });
  });

  it("is refused over 8 MB", async () => {
    // A real JPEG followed by padding: 9 MB on the wire.
    const jpeg = await solid(100, 100).jpeg().toBuffer();
    const nineMb = new Uint8Array(9 * 1024 * 1024);
    nineMb.set(jpeg);
    expect(nineMb.byteLength).toBeGreaterThan(MAX_PHOTO_BYTES);
    expect(await preparePhoto(nineMb)).toEqual({ refuse: "too_large" });
  });

  it("is refused over 40 megapixels, from its header, before it is decoded", async () => {
    // 10,000 × 10,000 of one colour: 100 megapixels in a few hundred kilobytes.
    const bomb = await solid(10_000, 10_000).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.byteLength).toBeLessThan(MAX_PHOTO_BYTES);
    const started = performance.now();
    expect(await preparePhoto(bomb)).toEqual({ refuse: "too_many_pixels" });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

function multipart(parts: { name: string; value: string | { filename: string; type: string; data: Uint8Array } }[]) {
  const boundary = "----photo-test-boundary";
  const chunks: Uint8Array[] = [];
  const text = (s: string) => chunks.push(new TextEncoder().encode(s));
  for (const part of parts) {
    if (typeof part.value === "string") {
      text(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`);
    } else {
      text(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.value.filename}"\r\n` +
          `Content-Type: ${part.value.type}\r\n\r\n`,
      );
      chunks.push(part.value.data);
      text("\r\n");
    }
  }
  text(`--${boundary}--\r\n`);
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe("the upload body cap", () => {
  it("reads a form under the cap", async () => {
    const { body, contentType } = multipart([
      { name: "k", value: "secret" },
      { name: "photos", value: { filename: "a.jpg", type: "image/jpeg", data: new Uint8Array(1000).fill(7) } },
    ]);
    const request = new Request("http://portal.test/api/track/X/photos", { method: "POST", body, headers: { "content-type": contentType } });
    const result = await readCappedForm(request, MAX_UPLOAD_BYTES);
    if (result.status !== "ok") throw new Error(result.status);
    expect(result.form.get("k")).toBe("secret");
    expect((result.form.get("photos") as File).size).toBe(1000);
  });

  it("refuses a Content-Length over the cap without reading the body", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request("http://portal.test/", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_UPLOAD_BYTES + 1) },
    } as RequestInit);
    expect(await readCappedForm(request, MAX_UPLOAD_BYTES)).toEqual({ status: "too_large" });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops a chunked body (no Content-Length) at the cap instead of reading it all", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(65);
    let sent = 0;
    // An endless upload: only the cap can end it.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="photos"; filename="a.jpg"\r\n\r\n'));
      },
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request("http://portal.test/", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readCappedForm(request, MAX_UPLOAD_BYTES)).toEqual({ status: "too_large" });
    expect(sent).toBeGreaterThan(MAX_UPLOAD_BYTES - chunk.byteLength);
    expect(sent).toBeLessThan(MAX_UPLOAD_BYTES + 1024 * 1024);
  });

  it("calls a body that is not a form malformed", async () => {
    const request = new Request("http://portal.test/", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await readCappedForm(request, MAX_UPLOAD_BYTES)).toEqual({ status: "malformed" });
  });
});
