import { z } from "zod";
import { text } from "./fields";
import { requestStatuses } from "@/db/schema/requests";
import { targetKinds, type TargetKind } from "../request-kinds";

export const signInSchema = z.object({
  login: text.pipe(z.string().min(1, { error: "validation.loginRequired", abort: true }).max(64, { error: "validation.loginInvalid" })),
  // Not trimmed: a password is exactly what was typed.
  password: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().min(1, { error: "validation.passwordRequired", abort: true }).max(256, { error: "validation.passwordInvalid" }),
  ),
});

const requestId = text.pipe(z.uuid({ error: "validation.requestInvalid" }));

const staffText = text.pipe(
  z.string().min(1, { error: "validation.replyRequired", abort: true }).max(4000, { error: "validation.replyTooLong" }),
);

export const replySchema = z.object({ id: requestId, body: staffText });
export const noteSchema = z.object({ id: requestId, body: staffText });
export const statusSchema = z.object({
  id: requestId,
  to: text.pipe(z.enum(requestStatuses, { error: "validation.statusInvalid" })),
});

/** Revealing a phone number needs only the request. */
export const revealPhoneSchema = z.object({ id: requestId });

export const handoverSchema = z.object({
  id: requestId,
  assigneeId: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.assigneeRequired" })).transform(Number),
});

export const faqSchema = z.object({
  id: requestId,
  question: text.pipe(
    z.string().min(1, { error: "validation.faqQuestionRequired", abort: true }).max(500, { error: "validation.faqQuestionTooLong" }),
  ),
  answer: text.pipe(
    z.string().min(1, { error: "validation.faqAnswerRequired", abort: true }).max(4000, { error: "validation.faqAnswerTooLong" }),
  ),
});

export const preventionTipTopics = ["home", "shop", "elderly", "online_fraud"] as const;

export const preventionTipSchema = z.object({
  // Only the chief and the administrator send it; an officer's tip always goes to their own community.
  communityId: text.pipe(z.string().regex(/^(\d{1,9})?$/, { error: "validation.communityRequired" })).transform((v) => (v ? Number(v) : undefined)),
  topic: text.pipe(z.enum(preventionTipTopics, { error: "validation.preventionTopicInvalid" })),
  title: text.pipe(
    z.string().min(1, { error: "validation.preventionTitleRequired", abort: true }).max(100, { error: "validation.preventionTitleTooLong" }),
  ),
  body: text.pipe(
    z.string().min(1, { error: "validation.preventionBodyRequired", abort: true }).max(4000, { error: "validation.preventionBodyTooLong" }),
  ),
});

export const deletePreventionTipSchema = z.object({
  tipId: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.requestInvalid" })).transform(Number),
});

export const TARGET_MIN_MINUTES = 5;
export const TARGET_MAX_MINUTES = 30 * 24 * 60;

const targetMinutes = text.pipe(
  z
    .string()
    .regex(/^\d{1,6}$/, { error: "validation.targetMinutesInvalid", abort: true })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(TARGET_MIN_MINUTES, { error: "validation.targetMinutesInvalid" })
        .max(TARGET_MAX_MINUTES, { error: "validation.targetMinutesInvalid" }),
    ),
);

/** The administrator's answer-time form: one number of minutes per kind whose target they set (lib/request-kinds). */
export const responseTargetsSchema = z.object(
  Object.fromEntries(targetKinds.map((kind) => [kind, targetMinutes])) as Record<TargetKind, typeof targetMinutes>,
);
