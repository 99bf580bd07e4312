import { z } from "zod";

/**
 * A form field as text: FormData only holds strings, and an absent field (or a file, or anything else)
 * reads as "", so every rule after it reports a catalogue message instead of a type error.
 */
export const text = z.preprocess((v) => (typeof v === "string" ? v.normalize("NFC").trim() : ""), z.string());
