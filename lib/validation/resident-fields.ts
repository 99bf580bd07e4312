import { z } from "zod";
import { text } from "./fields";
import { normalizeMobile } from "./phone";

/*
 * The pieces resident forms are made of: each kind of request (lib/request-kinds/) picks its own, and
 * lib/validation/request-forms.ts puts every kind's form together. Every message is a catalogue key under
 * "validation."; server/action.ts translates it.
 */

export const optionalName = text.pipe(z.string().max(40, { error: "validation.nameTooLong" }));

export const optionalMobile = text.pipe(
  z.string().refine((v) => v === "" || normalizeMobile(v) !== null, { error: "validation.phoneInvalid" }),
);

export const MESSAGE_MIN = 5;
export const MESSAGE_MAX = 2000;

export const messageBody = text.pipe(
  z
    .string()
    .min(1, { error: "validation.messageRequired", abort: true })
    .min(MESSAGE_MIN, { error: "validation.messageTooShort" })
    .max(MESSAGE_MAX, { error: "validation.messageTooLong" }),
);

/** Where something is or happened (a tip's place, where help is needed). */
export const place = text.pipe(
  z.string().min(1, { error: "validation.placeRequired", abort: true }).max(200, { error: "validation.placeTooLong" }),
);

/** When something happened, in the resident's words (optional). */
export const when = text.pipe(z.string().max(100, { error: "validation.whenTooLong" }));

export const choice = <T extends readonly [string, ...string[]]>(options: T) =>
  text.pipe(z.enum(options, { error: "validation.choiceRequired" }));

// A checkbox sends "on" when ticked and nothing when not.
export const checkbox = text.pipe(z.string().transform((v) => v === "on" || v === "true"));
