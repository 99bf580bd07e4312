import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, limitKey, pickClientAddress } from "@/lib/client-address";
import { PEER_HEADER, recordPeerAddresses } from "@/lib/peer-address";

// A plain Node server with the listener the portal installs at start: what the app reads from each request.
let server: Server;
let port: number;
beforeAll(async () => {
  recordPeerAddresses();
  server = createServer((req, res) => res.end(JSON.stringify(clientAddress(toHeaders(req.headers)))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) if (typeof value === "string") headers.set(name, value);
  return headers;
}

/** What the app takes for the client's address, for a request from `from` with these headers. */
function addressSeen(headers: Record<string, string>, from = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, localAddress: from, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(JSON.parse(body) as string));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the client address the limits key on, without a trusted proxy", () => {
  it("stays the socket's whatever X-Forwarded-For a client rotates through", async () => {
    const seen = new Set<string>();
    for (let i = 1; i <= 5; i++) seen.add(await addressSeen({ "X-Forwarded-For": `198.51.100.${i}, 10.0.0.${i}` }));
    seen.add(await addressSeen({}));
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("cannot be set by sending the server's own header", async () => {
    expect(await addressSeen({ [PEER_HEADER]: "forged 203.0.113.9", "X-Real-IP": "203.0.113.9" })).toBe("127.0.0.1");
  });

  it("tells two machines apart", async () => {
    expect(await addressSeen({ "X-Forwarded-For": "127.0.0.1" }, "127.0.0.2")).toBe("127.0.0.2");
  });

  it("ignores a recorded-looking header the server did not record", () => {
    const headers = new Headers({ [PEER_HEADER]: "not-the-token 203.0.113.9", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(headers)).toBe("unknown");
  });
});

describe("behind a trusted proxy", () => {
  it("takes the entry the proxy appended, not the ones the client sent before it", () => {
    expect(pickClientAddress({ peer: "10.0.0.2", forwardedFor: "203.0.113.1, 198.51.100.7", trustProxy: true })).toBe("198.51.100.7");
    expect(pickClientAddress({ peer: "10.0.0.2", forwardedFor: "198.51.100.7", trustProxy: true })).toBe("198.51.100.7");
  });

  it("and never reads X-Forwarded-For when there is no proxy to trust", () => {
    expect(pickClientAddress({ peer: "::ffff:192.0.2.4", forwardedFor: "203.0.113.1", trustProxy: false })).toBe("192.0.2.4");
  });
});

describe("one key per machine", () => {
  it("is an IPv4 address however it is written, and a whole IPv6 /64", () => {
    expect(limitKey("::ffff:192.0.2.4")).toBe("192.0.2.4");
    expect(limitKey("192.0.2.4")).toBe("192.0.2.4");
    const sameHome = ["2001:db8:12:34::1", "2001:db8:12:34:aaaa:bbbb:cccc:dddd", "2001:0db8:0012:0034:0:0:0:9%eth0"].map(limitKey);
    expect(new Set(sameHome)).toEqual(new Set(["2001:db8:12:34::/64"]));
    expect(limitKey("2001:db8:12:35::1")).toBe("2001:db8:12:35::/64");
    expect(limitKey("::1")).toBe("0:0:0:0::/64");
  });
});
