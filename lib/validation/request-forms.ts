import { z } from "zod";
import { text } from "./fields";
import { normalizeMobile } from "./phone";

/**
 * Every message is a catalogue key under "validation."; lib/action.ts translates it for the resident.
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

const slug = text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.unknownOfficer" }));

// Made by the browser when the form loads; absent with JavaScript off (the server then recognises repeats itself).
const submissionKey = text.pipe(z.union([z.uuid(), z.literal("")]));

/** 请您留言: name and phone are optional, the message is not. */
export const messageFormSchema = z.object({
  officer: slug,
  name: optionalName,
  phone: optionalMobile,
  body: messageBody,
  submissionKey,
});
export type MessageFormInput = z.output<typeof messageFormSchema>;

/** A resident adding information on the tracking page. */
export const followUpSchema = z.object({
  code: text,
  k: text,
  body: messageBody,
});

/** Finding a request by its reference code and the last four digits of the phone given with it. */
export const trackLookupSchema = z.object({
  code: text.pipe(z.string().min(1, { error: "validation.codeRequired", abort: true }).max(20, { error: "validation.codeInvalid" })),
  phoneLast4: text.pipe(z.string().regex(/^\d{4}$/, { error: "validation.phoneLast4Invalid" })),
});
