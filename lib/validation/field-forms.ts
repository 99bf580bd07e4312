import { z } from "zod";
import {
  careCategories,
  careRiskLevels,
  handoverAuthorities,
  hazardCategories,
  hazardSeverities,
  hazardStatuses,
  homeSafetyChecks,
  responsibleKinds,
  visitKinds,
  visitOutcomes,
} from "@/db/schema/field-work";
import { addDays, parseDay, shanghaiDay, shanghaiInstant } from "@/lib/calendar-day";
import { normalizeReferenceCode } from "@/lib/codes";
import { text } from "./fields";
import { normalizeMobile } from "./phone";

/*
 * The field forms (issue 9): visits, care visits, hazards and their steps, care subjects. Messages are catalogue
 * keys under "field.validation."; every rule that needs "now" (a visit not in the future, a deadline not in the
 * past) takes it, so tests can fix it.
 */

const v = (key: string) => `field.validation.${key}`;

const choice = <T extends readonly [string, ...string[]]>(options: T, key = "choiceRequired") =>
  text.pipe(z.enum(options, { error: v(key) }));

const optionalText = (max: number, key: string) => text.pipe(z.string().max(max, { error: v(key) }));
const requiredText = (max: number, required: string, tooLong: string) =>
  text.pipe(z.string().min(1, { error: v(required), abort: true }).max(max, { error: v(tooLong) }));

const id = (key: string) =>
  text.pipe(z.string().regex(/^\d{1,9}$/, { error: v(key) }).transform(Number));

// Made by the browser when the form loads (kept with the draft): a resubmit after a dropped connection stores once.
const submissionKey = text.pipe(z.union([z.uuid({ error: v("formExpired") }), z.literal("")]));

/** A phone to reach someone on: a mainland mobile (stored as its 11 digits) or a landline (0571-86120201). */
const contactPhone = text.pipe(
  z.string().transform((value, ctx) => {
    if (value === "") return null;
    const mobile = normalizeMobile(value);
    if (mobile) return mobile;
    const landline = value.replace(/[\s（）()]/g, "");
    if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(landline)) return landline;
    ctx.addIssue({ code: "custom", message: v("phoneInvalid") });
    return z.NEVER;
  }),
);

/**
 * Where: a place from the picker (its id), or "new" with the name and kind of a place to add on the spot, or
 * nothing (the free-text note then says where).
 */
const placeFields = {
  place: text.pipe(z.union([z.literal(""), z.literal("new"), z.string().regex(/^\d{1,9}$/, { error: v("placeInvalid") })])),
  newPlaceName: optionalText(60, "placeNameTooLong"),
  newPlaceKind: text.pipe(z.enum(["", "compound", "work_unit", "shop", "public_place"], { error: v("choiceRequired") })),
  placeNote: optionalText(200, "placeNoteTooLong"),
};

type PlaceFields = { place: string; newPlaceName: string; newPlaceKind: string; placeNote: string };

/** What the place fields ask for: an existing place, a new one, or none (then the note must say where). */
export type PlaceChoiceInput = { kind: "existing"; id: number } | { kind: "new"; name: string; placeKind: "compound" | "work_unit" | "shop" | "public_place" } | { kind: "none" };

export function placeChoiceOf(input: PlaceFields): PlaceChoiceInput {
  if (input.place === "new") return { kind: "new", name: input.newPlaceName, placeKind: input.newPlaceKind as "compound" };
  if (input.place === "") return { kind: "none" };
  return { kind: "existing", id: Number(input.place) };
}

const PLACE_FIELDS = new Set(["place", "newPlaceName", "newPlaceKind", "placeNote"]);

/**
 * Checked even when other fields of the form failed (zod skips an object's refinements then), so every error
 * shows at once — as long as the place fields themselves parsed.
 */
const placeCheck = { when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => payload.issues.every((i) => !PLACE_FIELDS.has(String(i.path?.[0]))) };

function checkPlace(input: PlaceFields, ctx: z.RefinementCtx) {
  if (input.place === "new") {
    if (input.newPlaceName === "") ctx.addIssue({ code: "custom", path: ["newPlaceName"], message: v("placeNameRequired") });
    if (input.newPlaceKind === "") ctx.addIssue({ code: "custom", path: ["newPlaceKind"], message: v("placeKindRequired") });
  } else if (input.place === "" && input.placeNote === "") {
    ctx.addIssue({ code: "custom", path: ["place"], message: v("placeRequired") });
  }
}

/** The longest a visit may have been logged after it happened. */
export const VISIT_BACKDATE_DAYS = 31;

/** "2026-03-10T09:30" (an <input type="datetime-local">, Beijing time): when, not in the future, not too long ago. */
const startedAt = (now: Date) =>
  text.pipe(
    z.string().transform((value, ctx) => {
      const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
      const day = match ? parseDay(match[1]) : null;
      if (!match || !day || !/^([01]\d|2[0-3]):[0-5]\d$/.test(match[2]!)) {
        ctx.addIssue({ code: "custom", message: v("startedAtInvalid") });
        return z.NEVER;
      }
      const instant = shanghaiInstant(day, match[2]!);
      if (instant.getTime() > now.getTime() + 5 * 60_000) ctx.addIssue({ code: "custom", message: v("startedAtFuture") });
      else if (day < addDays(shanghaiDay(now), -VISIT_BACKDATE_DAYS)) ctx.addIssue({ code: "custom", message: v("startedAtTooOld") });
      return instant;
    }),
  );

const duration = text.pipe(
  z
    .string()
    .regex(/^\d{1,3}$/, { error: v("durationInvalid") })
    .transform(Number)
    .pipe(z.number().min(1, { error: v("durationInvalid") }).max(720, { error: v("durationInvalid") })),
);

/** A resident's request the visit was about, by its reference code (optional). */
const requestCode = text.pipe(
  z.string().transform((value, ctx) => {
    if (value === "") return null;
    const code = normalizeReferenceCode(value);
    if (code) return code;
    ctx.addIssue({ code: "custom", message: v("requestCodeInvalid") });
    return z.NEVER;
  }),
);

/** 记走访: any kind but a care visit (recorded on the care subject's page, with what a care visit asks). */
export const fieldVisitKinds = visitKinds.filter((k) => k !== "care") as [Exclude<(typeof visitKinds)[number], "care">, ...Exclude<(typeof visitKinds)[number], "care">[]];

export function visitFormSchema(now: Date) {
  return z
    .object({
      kind: choice(fieldVisitKinds, "visitKindRequired"),
      ...placeFields,
      peopleMet: optionalText(200, "peopleMetTooLong"),
      notes: optionalText(2000, "notesTooLong"),
      outcome: choice(visitOutcomes, "outcomeRequired"),
      startedAt: startedAt(now),
      durationMinutes: duration,
      requestCode,
      submissionKey,
    })
    .superRefine(checkPlace, placeCheck);
}
export type VisitForm = z.output<ReturnType<typeof visitFormSchema>>;

/** 关爱走访: a visit to one care subject, at their home, with what a care visit records. */
export function careVisitFormSchema(now: Date) {
  return z.object({
    subject: id("careSubjectInvalid"),
    startedAt: startedAt(now),
    durationMinutes: duration,
    health: optionalText(500, "careTextTooLong"),
    living: optionalText(500, "careTextTooLong"),
    gas: choice(homeSafetyChecks),
    water: choice(homeSafetyChecks),
    power: choice(homeSafetyChecks),
    needs: optionalText(500, "careTextTooLong"),
    followUp: optionalText(500, "careTextTooLong"),
    outcome: choice(visitOutcomes, "outcomeRequired"),
    submissionKey,
  });
}
export type CareVisitForm = z.output<ReturnType<typeof careVisitFormSchema>>;

/** The longest deadline a rectification notice gives. */
export const HAZARD_DEADLINE_MAX_DAYS = 180;

/** 隐患: what was found, where, who must fix it, by when (not before today). */
export function hazardFormSchema(now: Date) {
  const today = shanghaiDay(now);
  return z
    .object({
      ...placeFields,
      visit: text.pipe(z.union([z.literal(""), z.string().regex(/^\d{1,9}$/, { error: v("visitInvalid") })])),
      category: choice(hazardCategories, "hazardCategoryRequired"),
      severity: choice(hazardSeverities, "severityRequired"),
      description: requiredText(1000, "descriptionRequired", "descriptionTooLong"),
      measures: requiredText(1000, "measuresRequired", "measuresTooLong"),
      responsibleKind: choice(responsibleKinds, "responsibleKindRequired"),
      responsibleName: requiredText(100, "responsibleNameRequired", "responsibleNameTooLong"),
      responsiblePhone: contactPhone,
      deadline: text.pipe(
        z.string().transform((value, ctx) => {
          const day = parseDay(value);
          if (!day) ctx.addIssue({ code: "custom", message: v("deadlineInvalid") });
          else if (day < today) ctx.addIssue({ code: "custom", message: v("deadlinePast") });
          else if (day > addDays(today, HAZARD_DEADLINE_MAX_DAYS)) ctx.addIssue({ code: "custom", message: v("deadlineTooFar") });
          return day ?? "";
        }),
      ),
    })
    .superRefine(checkPlace, placeCheck);
}
export type HazardForm = z.output<ReturnType<typeof hazardFormSchema>>;

/** A hazard moves a step (the note says what was done: required when it was rectified or verified). */
export const hazardStepSchema = z
  .object({
    hazard: id("hazardInvalid"),
    to: choice(hazardStatuses.filter((s) => s !== "found" && s !== "escalated") as ["notice_served", ...(typeof hazardStatuses)[number][]]),
    note: optionalText(500, "noteTooLong"),
  })
  .superRefine((input, ctx) => {
    if ((input.to === "rectified" || input.to === "verified") && input.note === "") {
      ctx.addIssue({ code: "custom", path: ["note"], message: v("stepNoteRequired") });
    }
  });

/** A hazard handed over to another authority: which, who received it, on which day (not in the future). */
export function hazardHandoverSchema(now: Date) {
  const today = shanghaiDay(now);
  return z.object({
    hazard: id("hazardInvalid"),
    authority: choice(handoverAuthorities, "authorityRequired"),
    receiver: requiredText(60, "receiverRequired", "receiverTooLong"),
    day: text.pipe(
      z.string().transform((value, ctx) => {
        const day = parseDay(value);
        if (!day) ctx.addIssue({ code: "custom", message: v("dayInvalid") });
        else if (day > today) ctx.addIssue({ code: "custom", message: v("dayFuture") });
        return day ?? "";
      }),
    ),
    note: optionalText(500, "noteTooLong"),
  });
}

/** A reveal posts the record's id as `id` (components/reveal-form.tsx). */
export const hazardRevealSchema = z.object({ id: id("hazardInvalid") });

/** 关爱对象: who, where, how to reach them and their emergency contact, and how often to visit. */
export function careSubjectFormSchema(now: Date) {
  const year = Number(shanghaiDay(now).slice(0, 4));
  return z.object({
    name: requiredText(40, "nameRequired", "nameTooLong"),
    birthYear: text.pipe(
      z
        .string()
        .regex(/^\d{4}$/, { error: v("birthYearInvalid") })
        .transform(Number)
        .pipe(z.number().min(1900, { error: v("birthYearInvalid") }).max(year, { error: v("birthYearInvalid") })),
    ),
    place: text.pipe(z.union([z.literal(""), z.string().regex(/^\d{1,9}$/, { error: v("placeInvalid") })])),
    address: optionalText(200, "addressTooLong"),
    phone: contactPhone,
    category: choice(careCategories, "careCategoryRequired"),
    riskLevel: choice(careRiskLevels, "riskLevelRequired"),
    // Empty: the risk level's cadence.
    cadenceDays: text.pipe(
      z.union([
        z.literal("").transform(() => null),
        z
          .string()
          .regex(/^\d{1,3}$/, { error: v("cadenceInvalid") })
          .transform(Number)
          .pipe(z.number().min(1, { error: v("cadenceInvalid") }).max(366, { error: v("cadenceInvalid") })),
      ]),
    ),
    emergencyContactName: optionalText(40, "nameTooLong"),
    emergencyContactPhone: contactPhone,
    notes: optionalText(1000, "notesTooLong"),
  });
}
export type CareSubjectForm = z.output<ReturnType<typeof careSubjectFormSchema>>;

/** Editing a care subject: the same fields, and which one. */
export function careSubjectEditSchema(now: Date) {
  return careSubjectFormSchema(now).extend({ subject: id("careSubjectInvalid") });
}

export const careSubjectCloseSchema = z.object({
  subject: id("careSubjectInvalid"),
  reason: requiredText(200, "closeReasonRequired", "closeReasonTooLong"),
});

export const careSubjectRevealSchema = z.object({ id: id("careSubjectInvalid") });
