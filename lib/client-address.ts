import { isIPv4, isIPv6 } from "node:net";
import { env } from "./env";
import { log } from "./log";
import { peerAddress } from "./peer-address";

/**
 * The client's address for rate limiting. Without a trusted proxy it is the socket's own address (recorded by
 * the server, lib/peer-address.ts): nothing the client writes in a header changes it. Behind a reverse proxy
 * (TRUST_PROXY=true) the socket is the proxy's, and the client is the entry the proxy itself appended to
 * X-Forwarded-For — the last one; the entries before it are whatever the client sent. (X-Real-IP is not read:
 * a proxy that appends X-Forwarded-For without also overwriting X-Real-IP would let the client choose it.)
 */
export function clientAddress(headers: Headers): string {
  return pickClientAddress({ peer: peerAddress(headers), forwardedFor: headers.get("x-forwarded-for"), trustProxy: env.TRUST_PROXY });
}

export function pickClientAddress(input: { peer: string | null; forwardedFor: string | null; trustProxy: boolean }): string {
  const appended = input.trustProxy ? input.forwardedFor?.split(",").at(-1)?.trim() : undefined;
  const address = appended || input.peer;
  if (!address) {
    warnOnce();
    return "unknown";
  }
  return limitKey(address.slice(0, 64));
}

/**
 * One key per machine: an IPv4-mapped IPv6 address is its IPv4 address, and an IPv6 address stands for its /64
 * network (one home or phone gets a whole /64 and may rotate through it at will).
 */
export function limitKey(address: string): string {
  const bare = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(bare)) return bare;
  return `${expandIPv6(bare).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const groups = (part: string) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ipv4Groups(g) : [g])) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const zeros = Array.from({ length: 8 - front.length - back.length }, () => "0");
  return [...front, ...zeros, ...back].map((g) => parseInt(g, 16).toString(16));
}

function ipv4Groups(dotted: string): string[] {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split(".").map(Number);
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
}

let warned = false;
function warnOnce() {
  if (warned || process.env.NODE_ENV === "test") return;
  warned = true;
  log.warn("no client address recorded for a request (instrumentation.ts not run?): per-client limits are shared");
}
