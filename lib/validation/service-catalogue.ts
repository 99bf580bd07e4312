import { z } from "zod";
import { formDefinitionSchema } from "@/lib/applications/form-schema";
import { text } from "./fields";

export const SERVICE_NAME_MAX = 60;
export const SERVICE_TEXT_MAX = 1000;
export const SERVICE_LINE_MAX = 300;
export const SERVICE_LINES_MAX = 30;
export const SERVICE_SORT_MAX = 10000;
export const SERVICE_FORM_MAX = 20000;

// The online application form, edited as its definition (JSON): a list of fields, checked like the seed's.
const formDefinition = text
  .pipe(z.string().max(SERVICE_FORM_MAX, { error: "validation.formDefinitionInvalid" }))
  .transform((value, ctx) => {
    if (value === "") return [];
    let definition: unknown;
    try {
      definition = JSON.parse(value);
    } catch {
      definition = undefined;
    }
    const checked = formDefinitionSchema.safeParse(definition);
    if (checked.success) return checked.data;
    ctx.addIssue({ code: "custom", message: "validation.formDefinitionInvalid" });
    return z.NEVER;
  });

const name = text.pipe(
  z.string().min(1, { error: "validation.serviceNameRequired", abort: true }).max(SERVICE_NAME_MAX, { error: "validation.serviceNameTooLong" }),
);
const guideText = text.pipe(
  z.string().min(1, { error: "validation.serviceTextRequired", abort: true }).max(SERVICE_TEXT_MAX, { error: "validation.serviceTextTooLong" }),
);
// Materials and steps are typed one per line; blank lines are dropped.
const lines = text
  .transform((v) => v.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().max(SERVICE_LINE_MAX, { error: "validation.serviceLineTooLong" }))
      .min(1, { error: "validation.serviceLinesRequired" })
      .max(SERVICE_LINES_MAX, { error: "validation.serviceTooManyLines" }),
  );
// An unticked checkbox is not sent at all.
const flag = z.preprocess((v) => v === "on" || v === "true", z.boolean());

/** The administrator's edit of one catalogue entry: both languages of every text, the flags and the order. */
export const serviceEditSchema = z.object({
  id: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.serviceInvalid" })).transform(Number),
  nameZh: name,
  nameEn: name,
  purposeZh: guideText,
  purposeEn: guideText,
  eligibilityZh: guideText,
  eligibilityEn: guideText,
  materialsZh: lines,
  materialsEn: lines,
  stepsZh: lines,
  stepsEn: lines,
  timeLimitZh: guideText,
  timeLimitEn: guideText,
  feeZh: guideText,
  feeEn: guideText,
  whereWhenZh: guideText,
  whereWhenEn: guideText,
  onlineApplication: flag,
  appointment: flag,
  needsIdNumber: flag,
  active: flag,
  sortOrder: text
    .pipe(z.string().regex(/^\d{1,5}$/, { error: "validation.sortOrderInvalid" }))
    .transform(Number)
    .pipe(z.number().max(SERVICE_SORT_MAX, { error: "validation.sortOrderInvalid" })),
  formFields: formDefinition,
})
  .refine((s) => !s.onlineApplication || s.formFields.length > 0, { error: "validation.formRequired", path: ["formFields"] })
  .refine((s) => s.needsIdNumber || !s.formFields.some((f) => f.type === "id_number"), {
    error: "validation.idFieldNeedsFlag",
    path: ["formFields"],
  });

export type ServiceEdit = z.output<typeof serviceEditSchema>;
