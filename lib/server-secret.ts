import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "./env";

let cached: string | undefined;

/**
 * The key behind session JWTs, keyed client hashes and sealed idempotency results.
 * Production sets AUTH_SECRET (every instance must share it). The embedded quick start has none, so one
 * is made once and kept beside the embedded database, which keeps sessions valid across restarts.
 */
export function serverSecret(): string {
  if (cached) return cached;
  if (env.AUTH_SECRET) return (cached = env.AUTH_SECRET);
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error("Invalid environment:\n  AUTH_SECRET: required when DATABASE_URL is set in production");
  }
  const file = path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DIR)), "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch {
      // another process made it first: use theirs
    }
    cached = readFileSync(file, "utf8").trim();
  }
  return cached;
}
