import { z } from "zod";

/*
 * The first administrator and station of a new installation, as `npm run admin:create` asks for them (from a
 * prompt or from the environment). Operator tooling: its messages are plain English, not catalogue keys.
 */

/** The password every demo account has, printed in the README: never a real account's. */
export const PUBLISHED_DEMO_PASSWORD = "Demo#2026";

export const administratorSchema = z
  .object({
    login: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9._-]{3,32}$/, "3–32 characters: lower-case letters, digits, '.', '_' or '-'"),
    name: z.string().trim().min(1, "a name is needed").max(40, "at most 40 characters"),
    // Not trimmed: a password is exactly what was typed.
    password: z
      .string()
      .min(12, "at least 12 characters")
      .max(256, "at most 256 characters")
      .refine((p) => p !== PUBLISHED_DEMO_PASSWORD, "that is the published demo password"),
  })
  .refine((a) => !a.password.toLowerCase().includes(a.login), { path: ["password"], message: "must not contain the login" });

export const stationSchema = z.object({
  slug: z.string().trim().regex(/^[a-z0-9-]{2,32}$/, "2–32 characters: lower-case letters, digits or '-'"),
  name: z.string().trim().min(2, "a name is needed").max(40, "at most 40 characters"),
  address: z.string().trim().min(4, "an address is needed").max(120, "at most 120 characters"),
  phone: z.string().trim().regex(/^[0-9+() -]{5,20}$/, "a telephone number, e.g. 0571-86120110"),
  areaKm2: z
    .string()
    .trim()
    .regex(/^\d{1,4}(\.\d{1,2})?$/, "square kilometres, e.g. 2.80"),
});

/** The first problem of a failed parse, as "field: message". */
export function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "input"}: ${issue.message}` : "invalid input";
}
