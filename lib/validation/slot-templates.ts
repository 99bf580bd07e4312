import { z } from "zod";
import { text } from "./fields";

/* The slot template editor (when a service can be booked); messages are catalogue keys under slotTemplates.validation. */

/** Booking windows longer than this many working days are treated as this long (and the editor allows no more). */
export const MAX_WINDOW_DAYS = 60;
export const SLOT_MINUTES_MIN = 5;
export const SLOT_MINUTES_MAX = 240;
export const CAPACITY_MAX = 50;
export const NOTICE_HOURS_MAX = 168;

/** ISO weekdays, 1 = Monday … 7 = Sunday; the form has one checkbox each, named weekday1 … weekday7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const whole = (min: number, max: number, error: string) =>
  text
    .pipe(z.string().regex(/^\d{1,5}$/, { error }))
    .transform(Number)
    .pipe(z.number().min(min, { error }).max(max, { error }));

const optionalId = (error: string) =>
  text.pipe(z.string().regex(/^(\d{1,9})?$/, { error }).transform((v) => (v === "" ? null : Number(v))));

// A time input sends "09:30" (some browsers "09:30:00"); without one, people type "9:30". Kept as "HH:MM".
const clock = text.pipe(
  z
    .string()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d(:00)?$/, { error: "slotTemplates.validation.timeInvalid" })
    .transform((v) => v.slice(0, v.indexOf(":") + 3).padStart(5, "0")),
);

export function minutesOfClock(time: string): number {
  const [h = "0", m = "0"] = time.split(":");
  return Number(h) * 60 + Number(m);
}

// An unticked checkbox is not sent at all.
const ticked = (v: unknown) => v === "on" || v === "true" || v === "1";

/** Which cross-field rules can be judged: only when the fields they compare were valid themselves. */
const judged = (fields: string[]) => ({
  when: (payload: { issues: { path?: PropertyKey[] }[] }) => !payload.issues.some((i) => fields.includes(String(i.path?.[0]))),
});

/**
 * A template as the editor sends it. Whether the service takes appointments and the officer is an officer
 * or auxiliary needs the database: saveSlotTemplate checks those and answers with the same kind of keys.
 */
export const slotTemplateSchema = z
  .preprocess(
    (raw) => {
      const values = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
      return { ...values, weekdays: WEEKDAYS.filter((d) => ticked(values[`weekday${d}`])) };
    },
    z.object({
      // Empty for a new template.
      id: optionalId("slotTemplates.validation.templateInvalid"),
      serviceId: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "slotTemplates.validation.serviceRequired" }).transform(Number)),
      // Empty: at the station's service hall.
      officerId: optionalId("slotTemplates.validation.officerInvalid"),
      weekdays: z.array(z.number()).min(1, { error: "slotTemplates.validation.weekdaysRequired" }),
      startTime: clock,
      endTime: clock,
      slotMinutes: whole(SLOT_MINUTES_MIN, SLOT_MINUTES_MAX, "slotTemplates.validation.slotMinutesRange"),
      capacity: whole(1, CAPACITY_MAX, "slotTemplates.validation.capacityRange"),
      windowDays: whole(1, MAX_WINDOW_DAYS, "slotTemplates.validation.windowRange"),
      minNoticeHours: whole(0, NOTICE_HOURS_MAX, "slotTemplates.validation.noticeRange"),
    }),
  )
  .refine((v) => minutesOfClock(v.endTime) > minutesOfClock(v.startTime), {
    error: "slotTemplates.validation.endBeforeStart",
    path: ["endTime"],
    ...judged(["startTime", "endTime"]),
  })
  .refine((v) => minutesOfClock(v.endTime) <= minutesOfClock(v.startTime) || minutesOfClock(v.startTime) + v.slotMinutes <= minutesOfClock(v.endTime), {
    error: "slotTemplates.validation.slotTooLong",
    path: ["slotMinutes"],
    ...judged(["startTime", "endTime", "slotMinutes"]),
  });

export type SlotTemplateInput = z.output<typeof slotTemplateSchema>;

/** Deactivating or reactivating a template. */
export const slotTemplateActiveSchema = z.object({
  id: text.pipe(z.string().regex(/^\d{1,9}$/, { error: "slotTemplates.validation.templateInvalid" }).transform(Number)),
  active: text.pipe(z.enum(["0", "1"], { error: "slotTemplates.validation.templateInvalid" }).transform((v) => v === "1")),
});
