import { z } from "zod";
import type { ServiceFormField } from "@/db/schema/services";
import { shanghaiDay } from "@/lib/calendar-day";
import { text } from "@/lib/validation/fields";
import { validateIdNumber } from "@/lib/validation/id-number";
import { normalizeMobile } from "@/lib/validation/phone";

/*
 * A service's application form is data (ServiceFormField[]); the zod schema that checks an answer is built
 * from it here. This module has no server-only import: the form (in the browser) and the server action run
 * the very same checks, so an answer the browser accepts is one the server accepts, and their messages
 * (catalogue keys under "validation.") are the same.
 */

export type { ServiceFormField };

/** Form inputs carry this prefix, so a service's field can never be taken for one of the form's own. */
export const inputName = (field: Pick<ServiceFormField, "name">) => `f_${field.name}`;

/** Documents are photographed with a phone: images only, like the resident's photos, up to this size. */
export const DOCUMENT_MAX_BYTES = 8 * 1024 * 1024;
export const DOCUMENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

const DEFAULT_MAX_LENGTH: Record<"text" | "address", number> = { text: 100, address: 200 };
const EARLIEST_DATE = "1900-01-01";
const LATEST_DATE = "2100-12-31";

type Check = { ok: string } | { error: string };

/** One typed answer (never a file), checked and normalized as its field's type says. */
export function checkAnswer(field: ServiceFormField, raw: string, today: Date = new Date()): Check {
  const value = raw.normalize("NFC").trim();
  if (value === "") return field.required ? { error: field.type === "id_number" ? "validation.idNumberRequired" : "validation.required" } : { ok: "" };
  switch (field.type) {
    case "text":
    case "address": {
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      return [...value].length > max ? { error: "validation.answerTooLong" } : { ok: value };
    }
    case "date": {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { error: "validation.dateInvalid" };
      const date = new Date(`${value}T00:00:00Z`);
      const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
      if (!real || value < EARLIEST_DATE || value > LATEST_DATE) return { error: "validation.dateInvalid" };
      // "Today" is Beijing's, whoever's clock the browser keeps.
      if (field.dateRange === "past" && value > shanghaiDay(today)) return { error: "validation.dateMustBePast" };
      if (field.dateRange === "future" && value < shanghaiDay(today)) return { error: "validation.dateMustBeFuture" };
      return { ok: value };
    }
    case "choice":
      return field.options?.some((o) => o.value === value) ? { ok: value } : { error: "validation.choiceRequired" };
    case "id_number": {
      const result = validateIdNumber(value, today);
      return result.ok ? { ok: result.value } : { error: result.error };
    }
    case "phone": {
      const mobile = normalizeMobile(value);
      return mobile ? { ok: mobile } : { error: "validation.phoneInvalid" };
    }
    case "file":
      return { error: "validation.unexpectedField" };
  }
}

/** What a document upload must be before the server even looks at its bytes (which it then sniffs itself). */
export function checkDocument(file: { size: number; type: string } | null): Check {
  if (!file || file.size === 0) return { error: "validation.documentRequired" };
  if (file.size > DOCUMENT_MAX_BYTES) return { error: "validation.documentTooLarge" };
  return (DOCUMENT_TYPES as readonly string[]).includes(file.type) ? { ok: "" } : { error: "validation.documentType" };
}

/** The fields a resident types in (the files are sent after, from the tracking page). */
export function typedFields(fields: readonly ServiceFormField[]): ServiceFormField[] {
  return fields.filter((f) => f.type !== "file");
}

export function documentFields(fields: readonly ServiceFormField[]): ServiceFormField[] {
  return fields.filter((f) => f.type === "file");
}

/**
 * The schema of a form's typed answers, keyed by input name (`f_<name>`), normalized on success (ID numbers
 * upper-cased, phones bare). Strict: an input the definition does not have is refused.
 */
export function answersSchema(fields: readonly ServiceFormField[], today: Date = new Date()) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const field of typedFields(fields)) {
    shape[inputName(field)] = text.pipe(
      z.string().transform((value, ctx) => {
        const result = checkAnswer(field, value, today);
        if ("ok" in result) return result.ok;
        ctx.addIssue({ code: "custom", message: result.error });
        return z.NEVER;
      }),
    );
  }
  return z.strictObject(shape, { error: "validation.unexpectedField" });
}

/** Splits checked answers into what is stored as answers and the ID numbers (kept apart, only when needed). */
export function splitAnswers(fields: readonly ServiceFormField[], values: Record<string, unknown>) {
  const answers: Record<string, string> = {};
  const idNumbers: Record<string, string> = {};
  for (const field of typedFields(fields)) {
    const value = String(values[inputName(field)] ?? "");
    if (value === "") continue;
    if (field.type === "id_number") idNumbers[field.name] = value;
    else answers[field.name] = value;
  }
  return { answers, idNumbers };
}

/** The fields a form shows: ID-number fields only when the service needs the number. */
export function shownFields(fields: readonly ServiceFormField[], needsIdNumber: boolean): ServiceFormField[] {
  return fields.filter((f) => needsIdNumber || f.type !== "id_number");
}

// ---- the definition itself (the administrator edits it; the seed is checked against it) ----

const label = z.object({ "zh-CN": z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(60) });

const fieldDefinition = z
  .object({
    name: z.string().regex(/^[a-z][a-zA-Z0-9]{0,31}$/),
    type: z.enum(["text", "date", "choice", "id_number", "phone", "address", "file"]),
    label,
    required: z.boolean(),
    options: z.array(z.object({ value: z.string().regex(/^[a-z0-9_]{1,32}$/), label })).max(20).optional(),
    maxLength: z.number().int().min(1).max(2000).optional(),
    dateRange: z.enum(["past", "future"]).optional(),
  })
  .strict()
  .refine((f) => f.type === "date" || f.dateRange === undefined, { message: "dateRange is for date fields only" })
  .refine((f) => f.type !== "choice" || (f.options?.length ?? 0) >= 2, { message: "choice needs two options or more" })
  .refine((f) => !f.options || new Set(f.options.map((o) => o.value)).size === f.options.length, { message: "option values repeat" });

/** A valid form definition: at most 20 fields with distinct names, at most 3 documents. */
export const formDefinitionSchema = z
  .array(fieldDefinition)
  .max(20)
  .refine((fields) => new Set(fields.map((f) => f.name)).size === fields.length, { message: "field names repeat" })
  .refine((fields) => fields.filter((f) => f.type === "file").length <= 3, { message: "at most 3 documents" });
