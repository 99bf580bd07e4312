import { z } from "zod";
import { parseDay } from "@/lib/calendar-day";
import { text } from "./fields";

/* The duty roster form (who is the station's duty officer from one day to another); messages under duty.validation. */

/** The longest range one entry may cover: a roster is set a month or two ahead, not for a year. */
export const DUTY_RANGE_MAX_DAYS = 62;

const day = (error: string) => text.pipe(z.string().refine((v) => parseDay(v) !== null, { error }));

const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

export const dutyShiftSchema = z
  .object({
    staff: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "duty.validation.staffRequired" })).transform(Number),
    firstDay: day("duty.validation.dayInvalid"),
    lastDay: day("duty.validation.dayInvalid"),
  })
  .refine((s) => s.lastDay >= s.firstDay, { error: "duty.validation.lastBeforeFirst", path: ["lastDay"] })
  .refine((s) => dayNumber(s.lastDay) - dayNumber(s.firstDay) < DUTY_RANGE_MAX_DAYS, {
    error: "duty.validation.rangeTooLong",
    path: ["lastDay"],
  });

export const removeDutyShiftSchema = z.object({
  shiftId: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "duty.validation.shiftInvalid" })).transform(Number),
});
