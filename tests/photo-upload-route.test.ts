import { describe, expect, it, vi } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/photos";

// The refusals below are answered before the database or the session is looked at.
vi.mock("@/lib/i18n/server", () => ({
  localeFromCookie: async () => "zh-CN",
  translatorFor: async () => (key: string) => key,
}));
const { POST } = await import("@/app/api/track/[code]/photos/route");

const context = (code: string) => ({ params: Promise.resolve({ code }) });

function upload(headers: Record<string, string>, body: BodyInit | ReadableStream<Uint8Array> = "--x--\r\n") {
  return new Request("http://portal.test/api/track/7KQ4-M9XD/photos", {
    method: "POST",
    body,
    duplex: "half",
    headers: { host: "portal.test", "content-type": "multipart/form-data; boundary=x", ...headers },
  } as RequestInit);
}

describe("POST /api/track/[code]/photos", () => {
  it("refuses a post from another site, or from an opaque origin", async () => {
    expect((await POST(upload({ origin: "https://evil.example" }), context("7KQ4-M9XD"))).status).toBe(403);
    expect((await POST(upload({ origin: "null" }), context("7KQ4-M9XD"))).status).toBe(403);
    expect((await POST(upload({ origin: "http://portal.test", "sec-fetch-site": "cross-site" }), context("7KQ4-M9XD"))).status).toBe(403);
  });

  it("answers 404 for something that is not a reference code", async () => {
    expect((await POST(upload({ origin: "http://portal.test" }), context("../../etc"))).status).toBe(404);
  });

  it("answers 413 to a chunked body past the cap, having read no more than the cap", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 65_536;
        controller.enqueue(new Uint8Array(65_536));
      },
    });
    const response = await POST(upload({ origin: "http://portal.test" }, endless), context("7KQ4-M9XD"));
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("photos.errors.bodyTooLarge");
    expect(sent).toBeLessThan(MAX_UPLOAD_BYTES + 1024 * 1024);
  });

  it("answers 413 at once to a declared length past the cap", async () => {
    const response = await POST(
      upload({ origin: "http://portal.test", "content-length": String(MAX_UPLOAD_BYTES + 1) }),
      context("7KQ4-M9XD"),
    );
    expect(response.status).toBe(413);
  });
});
