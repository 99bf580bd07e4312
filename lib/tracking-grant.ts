import { equalHashes, keyedHash } from "./crypto";

/**
 * After a resident proves a request is theirs with code + phone ending, a signed cookie lets them open its
 * tracking page for two hours (the secret itself is never stored, so there is no link to send them to).
 */
export const GRANT_COOKIE = "track_grant";
export const GRANT_SECONDS = 2 * 60 * 60;

export function makeGrant(code: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + GRANT_SECONDS;
  return `${code}.${expires}.${keyedHash("track-grant", `${code}.${expires}`)}`;
}

/** The reference code the grant is for, if it is genuine and not expired. */
export function readGrant(value: string | undefined, now = Date.now()): string | null {
  const [code, expires, mac] = value?.split(".") ?? [];
  if (!code || !expires || !mac || Number(expires) * 1000 < now) return null;
  return equalHashes(mac, keyedHash("track-grant", `${code}.${expires}`)) ? code : null;
}
