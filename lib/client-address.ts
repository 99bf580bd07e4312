import { env } from "./env";

/**
 * The client's address for rate limiting. Next fills X-Forwarded-For from the socket when the request has
 * none. Behind a reverse proxy (TRUST_PROXY=true) the proxy appends the real address, so the last entry is
 * the one to trust; without one, the first entry is what Next or the client put there.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const parts = forwarded
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const picked = env.TRUST_PROXY ? parts.at(-1) : parts[0];
  return picked?.slice(0, 64) || "unknown";
}
