import { z } from "zod";
import { anonymousUnlessTicked, detailFields, residentForms, residentKinds, type ResidentForms, type ResidentKind } from "../request-kinds";
import { text } from "./fields";
import { normalizeMobile } from "./phone";
import { messageBody, optionalMobile, optionalName } from "./resident-fields";

export { MESSAGE_MAX, MESSAGE_MIN } from "./resident-fields";

/*
 * The schema of every resident form on an officer's page: what every form has (the message, name and phone,
 * the officer and the repeat key), and each kind's own answers from its module (lib/request-kinds/<kind>.ts).
 * Every message is a catalogue key under "validation."; server/action.ts translates it.
 */

const slug = text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.unknownOfficer" }));

// Made by the browser when the form loads; absent with JavaScript off (the server then recognises repeats itself).
const submissionKey = text.pipe(z.union([z.uuid(), z.literal("")]));

const common = { officer: slug, submissionKey, name: optionalName, phone: optionalMobile, body: messageBody };

/** One kind's form. A field the form does not have comes only from a crafted request: refused, not silently dropped. */
function formSchema<K extends ResidentKind>(kind: K) {
  return z.strictObject({ kind: z.literal(kind), ...common, ...(residentForms[kind].schema as ResidentForms[K]["schema"]) }, { error: "validation.unexpectedField" });
}

type FormSchema = { [K in ResidentKind]: ReturnType<typeof formSchema<K>> };

/** Each resident kind's form schema. */
export const residentFormSchemas = Object.fromEntries(residentKinds.map((kind) => [kind, formSchema(kind)])) as FormSchema;

const formSchemaList = residentKinds.map((kind) => residentFormSchemas[kind]) as [FormSchema[ResidentKind], ...FormSchema[ResidentKind][]];

/** Every kind's form, told apart by its hidden `kind` field. */
export const residentRequestSchema = z.discriminatedUnion("kind", formSchemaList);
export type ResidentRequestInput = z.output<typeof residentRequestSchema>;

/** The kind's own answers, stored with the request (the body is stored apart); an optional one left empty is not stored. */
export function detailsOf(input: ResidentRequestInput): Record<string, string> {
  const answers: Record<string, unknown> = input;
  return Object.fromEntries(detailFields(input.kind).flatMap((field) => (typeof answers[field] === "string" && answers[field] ? [[field, answers[field]]] : [])));
}

/** Contact details to store: none from a kind that is anonymous unless the reporter chose to leave them (a tip). */
export function contactOf(input: ResidentRequestInput): { name: string | null; phone: string | null } {
  if (isAnonymous(input)) return { name: null, phone: null };
  return { name: input.name || null, phone: input.phone ? normalizeMobile(input.phone) : null };
}

/** Whether the request is stored without its sender: the kind is anonymous unless ticked, and the box was not. */
export function isAnonymous(input: ResidentRequestInput): boolean {
  return anonymousUnlessTicked(input.kind) && !("leaveContact" in input && input.leaveContact);
}

/** A resident adding information on the tracking page. */
export const followUpSchema = z.object({
  code: text,
  k: text,
  body: messageBody,
});

/** The resident's rating once the request is resolved. */
export const ratingSchema = z.object({
  code: text,
  k: text,
  rating: text.pipe(z.string().regex(/^[1-5]$/, { error: "validation.ratingRequired" })).transform(Number),
  comment: text.pipe(z.string().max(500, { error: "validation.commentTooLong" })),
});

/** Reopening a resolved request within the week. */
export const reopenSchema = z.object({ code: text, k: text });

/** Finding a request by its reference code and the last four digits of the phone given with it. */
export const trackLookupSchema = z.object({
  code: text.pipe(
    z.string().min(1, { error: "validation.codeRequired", abort: true }).max(20, { error: "validation.codeInvalid" }),
  ),
  phoneLast4: text.pipe(z.string().regex(/^\d{4}$/, { error: "validation.phoneLast4Invalid" })),
});
