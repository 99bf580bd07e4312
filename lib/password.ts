import { hash, verify } from "@node-rs/argon2";

// argon2id with the library defaults (19 MiB, t=2), as OWASP recommends.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of nothing in particular, verified when the login does not exist so that an unknown login
// costs the same time as a wrong password.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$ubXkT87aPuFD00hHTC9Bcg$3KlV93SFbuHo0YJBqSCD8FUlP/OPQ0bHBq6IC4CeI7g";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(storedHash ?? DUMMY_HASH, password);
    return storedHash !== null && ok;
  } catch {
    return false;
  }
}
