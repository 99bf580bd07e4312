import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";

/**
 * The address of the socket a request came in on. Next 16 gives app code no socket (NextRequest.ip is gone
 * outside Vercel), and the X-Forwarded-For it adds is only filled in when the client sent none, so it cannot
 * be trusted. So the server writes the socket's address into a request header of its own as each request
 * starts (Node's `http.server.request.start` diagnostics channel, before Next sees the request), tagged with
 * a random per-process token: a client sending this header has it overwritten, and a value without the
 * token (the listener never installed, e.g. in a test process) is ignored instead of believed.
 */
export const PEER_HEADER = "x-portal-peer";

const state = globalThis as { [key: symbol]: string | boolean | undefined };
const TOKEN = Symbol.for("portal.peer-address.token");
const INSTALLED = Symbol.for("portal.peer-address.installed");

function token(): string {
  return ((state[TOKEN] as string | undefined) ??= randomBytes(18).toString("base64url"));
}

/** Called once at start (instrumentation.ts); later calls do nothing. */
export function recordPeerAddresses(): void {
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;
  const tag = token();
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = `${tag} ${socket.remoteAddress ?? ""}`;
  });
}

/** The socket address the server recorded for this request, or null when it recorded none. */
export function peerAddress(headers: Headers): string | null {
  const [tag, address] = headers.get(PEER_HEADER)?.split(" ") ?? [];
  return tag === token() && address ? address : null;
}
