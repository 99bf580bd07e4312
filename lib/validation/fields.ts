import { z } from "zod";

// What a person cannot type: U+FFFD is what broken UTF-8 decodes to; control characters other than tab and
// line breaks come only from crafted requests.
const UNTYPEABLE = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A form field as text: FormData only holds strings, and an absent field (or a file, or anything else)
 * reads as "", so every rule after it reports a catalogue message instead of a type error. Text no person
 * could have typed gets its own message and stops there.
 */
export const text = z
  .preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : ""), z.string())
  .pipe(z.string().refine((v) => !UNTYPEABLE.test(v), { error: "validation.invalidCharacters", abort: true }));
