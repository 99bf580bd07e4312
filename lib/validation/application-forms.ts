import { z } from "zod";
import { applicationStatuses } from "@/db/schema/applications";
import { answersSchema, type ServiceFormField } from "@/lib/applications/form-schema";
import { text } from "./fields";
import { normalizeMobile } from "./phone";
import { followUpSchema } from "./request-forms";

/*
 * The forms around a service application; messages are catalogue keys under "validation.". The service's own
 * questions are checked by the schema built from its definition (lib/applications/form-schema.ts).
 */

const id = (error: string) => text.pipe(z.string().regex(/^\d{1,9}$/, { error }).transform(Number));
const day = text.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.dayRequired" }));

/** What every application asks besides the service's own questions (those are the `f_` inputs). */
export const applicationEnvelope = {
  service: text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.serviceInvalid" })),
  community: id("validation.communityRequired"),
  name: text.pipe(z.string().min(1, { error: "validation.required", abort: true }).max(40, { error: "validation.nameTooLong" })),
  phone: text.pipe(
    z.string().transform((value, ctx) => {
      const mobile = normalizeMobile(value);
      if (mobile) return mobile;
      ctx.addIssue({ code: "custom", message: value === "" ? "validation.required" : "validation.phoneInvalid" });
      return z.NEVER;
    }),
  ),
  note: text.pipe(z.string().max(500, { error: "validation.noteTooLong" })),
  // A key per form load, made by the browser; absent with JavaScript off (the server then keys by content).
  submissionKey: text.pipe(z.union([z.uuid(), z.literal("")])),
};

/**
 * The whole application form of a service, as both the browser and the server check it: what every
 * application asks, and the service's own questions (strictly: nothing else).
 */
export function applicationFormSchema(fields: readonly ServiceFormField[], today: Date = new Date()): z.ZodType<ApplicationForm> {
  // The answers' keys are only known at run time; the type says what they look like (`f_<name>`).
  return answersSchema(fields, today).extend(applicationEnvelope) as unknown as z.ZodType<ApplicationForm>;
}

export type ApplicationForm = z.output<z.ZodObject<typeof applicationEnvelope>> & Record<`f_${string}`, string>;

/** What the action reads before it knows the service: the rest is checked by applicationFormSchema. */
export const applicationServiceSchema = z.looseObject({ service: applicationEnvelope.service });

/** The resident answers the officer's question on the tracking page. */
export const applicationAnswerSchema = followUpSchema;

/** The resident asks for an evening delivery of the finished certificate: the compound (a place) and the rest of the address. */
export const deliveryAskSchema = z.object({
  code: text,
  k: text,
  day,
  place: id("validation.compoundRequired"),
  address: text.pipe(z.string().min(1, { error: "validation.addressRequired", abort: true }).max(200, { error: "validation.addressTooLong" })),
});

const requestId = text.pipe(z.uuid({ error: "validation.requestInvalid" }));

/** Staff move an application a step; the text is the question (needs information) or the refusal reason. */
export const applicationStepSchema = z.object({
  id: requestId,
  to: text.pipe(z.enum(applicationStatuses, { error: "validation.statusInvalid" })),
  text: text.pipe(z.string().max(1000, { error: "validation.stepTextTooLong" })),
  // Ticked on the second submit, after the warning that a required document is missing (absent: unticked).
  confirmMissing: z.preprocess((v) => v === "on", z.boolean()),
});

export const revealIdNumberSchema = z.object({ id: requestId });

/** The officer on the round reveals the resident's phone of one delivery (the request's id), that evening's page. */
export const deliveryPhoneRevealSchema = z.object({ id: requestId, day });

/** The officer records a delivery: delivered to whom, or missed and why. */
export const deliveryRecordSchema = z.discriminatedUnion("outcome", [
  z.object({
    delivery: id("validation.requestInvalid"),
    day,
    outcome: z.literal("delivered"),
    recipientName: text.pipe(
      z.string().min(1, { error: "validation.recipientRequired", abort: true }).max(40, { error: "validation.nameTooLong" }),
    ),
    note: text,
  }),
  z.object({
    delivery: id("validation.requestInvalid"),
    day,
    outcome: z.literal("missed"),
    recipientName: text,
    note: text.pipe(z.string().min(1, { error: "validation.missedNoteRequired", abort: true }).max(500, { error: "validation.noteTooLong" })),
  }),
], { error: "validation.choiceRequired" });
