import { randomBytes, randomInt } from "node:crypto";
import { sha256 } from "./crypto";

// Crockford-style alphabet without 0/O, 1/I/L, U: readable aloud and on a phone, hard to mistype.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;

/** A short reference code a resident can read over the phone, e.g. "7KQ4-M9XD" (30^8 ≈ 6.6·10^11 values). */
export function newReferenceCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Accepts what a resident types: lower case, spaces, a missing dash. Anything else is not a code. */
export function normalizeReferenceCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  if (compact.length !== CODE_LENGTH) return null;
  for (const ch of compact) if (!ALPHABET.includes(ch)) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4)}`;
}

/** The private tracking secret: 256 random bits, base64url. Only its hash is stored. */
export function newTrackingSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashTrackingSecret(secret: string): string {
  return sha256(`tracking\0${secret}`);
}

export function isWellFormedSecret(secret: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(secret);
}
