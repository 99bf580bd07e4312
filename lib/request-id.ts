import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";

/**
 * Every request gets an id that its log lines carry, so the lines of one request can be found together — and
 * matched with nginx's access log, which logs the id it sends (`X-Request-Id: $request_id`). The id the proxy
 * sent is kept when TRUST_PROXY is set and it looks like one; otherwise the server makes its own, as the request
 * starts (the `http.server.request.start` diagnostics channel, like lib/peer-address.ts).
 */
export const REQUEST_ID_HEADER = "x-request-id";

const WELL_FORMED = /^[A-Za-z0-9._-]{8,64}$/;
const INSTALLED = Symbol.for("portal.request-id.installed");

/** Called once at start (instrumentation.ts); later calls do nothing. */
export function assignRequestIds(trustProxy: boolean): void {
  const flags = globalThis as { [INSTALLED]?: boolean };
  if (flags[INSTALLED]) return;
  flags[INSTALLED] = true;
  subscribe("http.server.request.start", (message) => {
    const { request } = message as { request: IncomingMessage };
    const sent = request.headers[REQUEST_ID_HEADER];
    const keep = trustProxy && typeof sent === "string" && WELL_FORMED.test(sent);
    request.headers[REQUEST_ID_HEADER] = keep ? sent : randomUUID();
  });
}

/** The request's id, for its log lines; undefined where the server assigned none (tests, scripts). */
export function requestIdOf(headers: Headers): string | undefined {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && WELL_FORMED.test(id) ? id : undefined;
}
