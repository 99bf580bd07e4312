import { z } from "zod";
import { text } from "./fields";

/* The resident's booking form and the tracking page's cancel / reschedule forms; messages are catalogue keys. */

const id = text.pipe(z.string().regex(/^\d{1,9}$/, { error: "appointments.validation.timeRequired" }).transform(Number));

export const bookingSchema = z.strictObject(
  {
    service: text.pipe(z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "validation.serviceInvalid" })),
    // The day whose page the form is on: where a refusal without JavaScript sends the resident back to.
    day: text,
    slot: id,
    community: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "validation.communityRequired" }).transform(Number)),
    name: text.pipe(z.string().min(1, { error: "validation.required", abort: true }).max(40, { error: "validation.nameTooLong" })),
    // Checked in the action (normalizeMobile), so that with JavaScript off a bad number is reported too.
    phone: text.pipe(z.string().min(1, { error: "validation.required" })),
    // A key per form load, made by the browser; absent with JavaScript off (the server then keys by content).
    submissionKey: text.pipe(z.union([z.uuid(), z.literal("")])),
    // "1" once the page has hydrated: refusals are then shown in the form, which keeps what was typed.
    js: text,
  },
  { error: "validation.unexpectedField" },
);

export const cancelBookingSchema = z.object({ code: text, k: text });
export const rescheduleSchema = z.object({ code: text, k: text, slot: id });
export const attendanceSchema = z.object({
  requestId: text,
  mark: text.pipe(z.enum(["attended", "no_show"], { error: "validation.choiceRequired" })),
  day: text.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.required" })),
});
