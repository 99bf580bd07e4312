import { z } from "zod";
import { adviceTopics, consultationTopics, tipCategories } from "../request-kinds";
import { text } from "./fields";
import { normalizeMobile } from "./phone";

/*
 * One schema per kind of resident request, asking only what the kind needs (lib/request-kinds.ts lists the
 * fields). Every message is a catalogue key under "validation."; lib/action.ts translates it.
 */

const optionalName = text.pipe(z.string().max(40, { error: "validation.nameTooLong" }));

const optionalMobile = text.pipe(
  z.string().refine((v) => v === "" || normalizeMobile(v) !== null, { error: "validation.phoneInvalid" }),
);

export const MESSAGE_MIN = 5;
export const MESSAGE_MAX = 2000;

const messageBody = text.pipe(
  z
    .string()
    .min(1, { error: "validation.messageRequired", abort: true })
    .min(MESSAGE_MIN, { error: "validation.messageTooShort" })
    .max(MESSAGE_MAX, { error: "validation.messageTooLong" }),
);

const place = text.pipe(
  z.string().min(1, { error: "validation.placeRequired", abort: true }).max(200, { error: "validation.placeTooLong" }),
);

const choice = <T extends readonly [string, ...string[]]>(options: T) =>
  text.pipe(z.enum(options, { error: "validation.choiceRequired" }));

// A checkbox sends "on" when ticked and nothing when not.
const checkbox = text.pipe(z.string().transform((v) => v === "on" || v === "true"));

const slug = text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.unknownOfficer" }));

// Made by the browser when the form loads; absent with JavaScript off (the server then recognises repeats itself).
const submissionKey = text.pipe(z.union([z.uuid(), z.literal("")]));

const common = { officer: slug, submissionKey, name: optionalName, phone: optionalMobile, body: messageBody };

// A field the form does not have comes only from a crafted request: refused, not silently dropped.
const form = <T extends z.core.$ZodLooseShape>(shape: T) => z.strictObject(shape, { error: "validation.unexpectedField" });

/** 请您留言: name and phone are optional, the message is not. */
export const messageFormSchema = form({ kind: z.literal("message"), ...common });

/** 线索举报: anonymous unless the reporter ticks leaveContact. */
export const tipFormSchema = form({
  kind: z.literal("tip"),
  ...common,
  category: choice(tipCategories),
  where: place,
  when: text.pipe(z.string().max(100, { error: "validation.whenTooLong" })),
  leaveContact: checkbox,
});

/** 危难求助: where the resident is, and what is wrong. */
export const helpFormSchema = form({ kind: z.literal("help"), ...common, location: place });

/** 政策咨询: a question on a topic. */
export const consultationFormSchema = form({ kind: z.literal("consultation"), ...common, topic: choice(consultationTopics) });

/** 防范建议: what the resident wants to protect. */
export const adviceFormSchema = form({ kind: z.literal("advice"), ...common, topic: choice(adviceTopics) });

export const residentRequestSchema = z.discriminatedUnion("kind", [
  messageFormSchema,
  tipFormSchema,
  helpFormSchema,
  consultationFormSchema,
  adviceFormSchema,
]);
export type ResidentRequestInput = z.output<typeof residentRequestSchema>;

/** The kind's own answers, stored with the request (the body is stored apart). */
export function detailsOf(input: ResidentRequestInput): Record<string, string> {
  switch (input.kind) {
    case "tip":
      return { category: input.category, where: input.where, ...(input.when ? { when: input.when } : {}) };
    case "help":
      return { location: input.location };
    case "consultation":
    case "advice":
      return { topic: input.topic };
    case "message":
      return {};
  }
}

/** Contact details to store: none for a tip unless the reporter chose to leave them. */
export function contactOf(input: ResidentRequestInput): { name: string | null; phone: string | null } {
  if (input.kind === "tip" && !input.leaveContact) return { name: null, phone: null };
  return { name: input.name || null, phone: input.phone ? normalizeMobile(input.phone) : null };
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
