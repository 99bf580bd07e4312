import { z } from "zod";
import { text } from "./fields";
import { requestStatuses } from "@/db/schema/requests";

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
