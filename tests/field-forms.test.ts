import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { catalogues } from "@/messages";
import { shanghaiInstant } from "@/lib/calendar-day";
import {
  careSubjectCloseSchema,
  careSubjectEditSchema,
  careSubjectFormSchema,
  careSubjectRevealSchema,
  careVisitFormSchema,
  hazardFormSchema,
  hazardHandoverSchema,
  hazardRevealSchema,
  hazardStepSchema,
  visitFormSchema,
} from "@/lib/validation/field-forms";

const now = shanghaiInstant("2026-03-10", "09:00");

/** What a form would show for a field: every message is a catalogue key present in both languages. */
function messagesFor(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  const byField: Record<string, string[]> = {};
  for (const issue of result.error!.issues) (byField[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return byField;
}

function lookUp(messages: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

function expectLocalized(byField: Record<string, string[]>) {
  for (const key of Object.values(byField).flat()) {
    expect(key).toMatch(/^(field\.)?validation\.\w+$/);
    for (const locale of ["zh-CN", "en"] as const) expect(typeof lookUp(catalogues[locale], key), `${key} in ${locale}`).toBe("string");
  }
}

// What a script (or a broken phone) can send instead of a form: nothing, wrong types, control characters, floods.
const garbage = [{}, { kind: ["household"], place: { id: 1 } }, Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, "\u0000\uFFFD"]))];

describe("every field form, fed malformed input", () => {
  const schemas: [string, z.ZodType][] = [
    ["visit", visitFormSchema(now)],
    ["care visit", careVisitFormSchema(now)],
    ["hazard", hazardFormSchema(now)],
    ["hazard step", hazardStepSchema],
    ["hazard hand-over", hazardHandoverSchema(now)],
    ["hazard reveal", hazardRevealSchema],
    ["care subject", careSubjectFormSchema(now)],
    ["care subject edit", careSubjectEditSchema(now)],
    ["care subject close", careSubjectCloseSchema],
    ["care subject reveal", careSubjectRevealSchema],
  ];
  for (const [name, schema] of schemas) {
    it(`${name}: answers with a localized message per field`, () => {
      for (const input of garbage) expectLocalized(messagesFor(schema, input));
    });
  }

  it("a visit: no time in the future, none older than a month, a duration in minutes, a real reference code", () => {
    const valid = {
      kind: "patrol",
      place: "",
      newPlaceName: "",
      newPlaceKind: "",
      placeNote: "东门",
      peopleMet: "",
      notes: "",
      outcome: "all_well",
      startedAt: "2026-03-10T08:30",
      durationMinutes: "30",
      requestCode: "",
      submissionKey: "",
    };
    expect(visitFormSchema(now).safeParse(valid).success).toBe(true);
    expect(messagesFor(visitFormSchema(now), { ...valid, startedAt: "2026-03-10T11:00" })).toEqual({ startedAt: ["field.validation.startedAtFuture"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, startedAt: "2026-01-10T11:00" })).toEqual({ startedAt: ["field.validation.startedAtTooOld"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, startedAt: "2026-02-30T08:00" })).toEqual({ startedAt: ["field.validation.startedAtInvalid"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, durationMinutes: "0" })).toEqual({ durationMinutes: ["field.validation.durationInvalid"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, requestCode: "'; drop table visits; --" })).toEqual({ requestCode: ["field.validation.requestCodeInvalid"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, kind: "care" })).toEqual({ kind: ["field.validation.visitKindRequired"] });
    expect(messagesFor(visitFormSchema(now), { ...valid, placeNote: "" })).toEqual({ place: ["field.validation.placeRequired"] });
    // Every error at once, not the place's only after the rest was fixed.
    expect(messagesFor(visitFormSchema(now), { ...valid, placeNote: "", durationMinutes: "" })).toEqual({
      durationMinutes: ["field.validation.durationInvalid"],
      place: ["field.validation.placeRequired"],
    });
    expect(messagesFor(visitFormSchema(now), { ...valid, place: "new" })).toEqual({
      newPlaceName: ["field.validation.placeNameRequired"],
      newPlaceKind: ["field.validation.placeKindRequired"],
    });
  });

  it("a hazard: a deadline from today to 180 days on, a phone that is one", () => {
    const valid = {
      place: "",
      newPlaceName: "",
      newPlaceKind: "",
      placeNote: "楼道",
      visit: "",
      category: "fire",
      severity: "general",
      description: "堆物",
      measures: "清理",
      responsibleKind: "resident",
      responsibleName: "住户",
      responsiblePhone: "",
      deadline: "2026-03-10",
    };
    expect(hazardFormSchema(now).safeParse(valid).success).toBe(true);
    expect(messagesFor(hazardFormSchema(now), { ...valid, deadline: "2026-03-09" })).toEqual({ deadline: ["field.validation.deadlinePast"] });
    expect(messagesFor(hazardFormSchema(now), { ...valid, deadline: "2027-03-09" })).toEqual({ deadline: ["field.validation.deadlineTooFar"] });
    expect(messagesFor(hazardFormSchema(now), { ...valid, responsiblePhone: "12345" })).toEqual({ responsiblePhone: ["field.validation.phoneInvalid"] });
    expect(hazardFormSchema(now).safeParse({ ...valid, responsiblePhone: "0571-8612 3456" }).success).toBe(true);
  });
});
