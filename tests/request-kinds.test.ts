import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { requestKinds } from "@/db/schema";
import {
  defaultResponseMinutes,
  detailFields,
  entryPointKinds,
  formFields,
  isResidentKind,
  kindModule,
  requestKindModules,
  residentKinds,
  targetKinds,
  type FieldSpec,
} from "@/lib/request-kinds";
import { residentRequestSchema } from "@/lib/validation/request-forms";
import { responseTargetsSchema } from "@/lib/validation/staff-forms";
import { catalogues } from "@/messages";

/*
 * Every list of kinds the portal works from is derived from the kinds' modules (lib/request-kinds/<kind>.ts).
 * These tests check each list against what the modules declare, and that each place a kind shows up has its
 * page and its wording: a kind missed somewhere fails here, not in front of a resident.
 */
const modules = Object.values(requestKindModules);
const declaring = (test: (m: (typeof modules)[number]) => boolean) => modules.filter(test).map((m) => m.kind);

type Catalogue = { [key: string]: string | Catalogue };
const has = (catalogue: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Catalogue)[key] : undefined), catalogue) !== undefined;

/** A form a resident could send for this kind: every required field answered. */
function sampleForm(kind: string, fields: readonly FieldSpec[]) {
  const answers: Record<string, string> = { kind, officer: "he-wenchuan", body: "楼道里的灯坏了一个星期，请帮忙看看。" };
  for (const field of fields) {
    if (field.type === "select") answers[field.name] = field.options[0]!;
    if (field.type === "text" && !("optional" in field)) answers[field.name] = "柳荫街26号";
  }
  return answers;
}

describe("the kinds of request", () => {
  it("are one module each, for every kind the database knows and no other", () => {
    expect(Object.keys(requestKindModules).sort()).toEqual([...requestKinds].sort());
    for (const [key, kind] of Object.entries(requestKindModules)) expect(kind.kind).toBe(key);
  });

  it("that have a form are the ones a resident can send from an officer's page, each accepted by the form union", () => {
    expect(residentKinds).toEqual(declaring((m) => m.form !== null));
    expect(residentRequestSchema.options).toHaveLength(residentKinds.length);
    for (const kind of residentKinds) {
      expect(isResidentKind(kind)).toBe(true);
      const parsed = residentRequestSchema.safeParse(sampleForm(kind, formFields[kind]));
      expect(parsed.error?.issues ?? [], kind).toEqual([]);
      expect(parsed.data?.kind).toBe(kind);
    }
    for (const kind of requestKinds.filter((k) => !residentKinds.includes(k as never))) {
      expect(residentRequestSchema.safeParse(sampleForm(kind, [])).success, kind).toBe(false);
    }
  });

  it("that have an entry point are on the officer page, each leading to a page that exists", () => {
    expect(entryPointKinds).toEqual(declaring((m) => m.entryPoint));
    for (const kind of entryPointKinds) {
      // A kind with a form opens /officers/<slug>/<kind>; one without has a page of its own there.
      const ownPage = existsSync(`app/[locale]/(public)/officers/[slug]/${kind}/page.tsx`);
      expect(isResidentKind(kind) || ownPage, kind).toBe(true);
    }
  });

  it("that staff answer have a default answer time, and those the administrator sets are all on the targets form, in order", () => {
    expect(Object.keys(defaultResponseMinutes).sort()).toEqual(declaring((m) => m.answer !== null).sort());
    for (const minutes of Object.values(defaultResponseMinutes)) expect(minutes).toBeGreaterThan(0);
    const positions = modules.flatMap((m) => (m.answer?.targetFormPosition ? [m.answer.targetFormPosition] : [])).sort((a, b) => a - b);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
    expect([...targetKinds].sort()).toEqual(declaring((m) => Boolean(m.answer?.targetFormPosition)).sort());
    expect(Object.keys(responseTargetsSchema.shape)).toEqual(targetKinds);
  });

  it("show their own answers on the dashboard and the tracking page, each labelled, each choice named", () => {
    for (const kind of residentKinds) {
      const shown = detailFields(kind);
      expect(shown).toEqual(formFields[kind].map((f) => f.name).filter((name) => !["body", "name", "phone", "leaveContact"].includes(name)));
      for (const locale of ["zh-CN", "en"] as const) {
        const { staffRequest, requestForms } = catalogues[locale];
        for (const field of shown) {
          expect(has(staffRequest, `fields.${field}`), `${locale} staffRequest.fields.${field}`).toBe(true);
          expect(has(requestForms, `fields.${field}`) || has(requestForms, `${kind}.${field}`), `${locale} requestForms ${kind}.${field}`).toBe(true);
          const spec = formFields[kind].find((f) => f.name === field)!;
          if (spec.type !== "select") continue;
          const list = field === "category" ? "categories" : "topics";
          for (const option of spec.options) expect(has(staffRequest, `${list}.${option}`), `${locale} staffRequest.${list}.${option}`).toBe(true);
        }
      }
    }
  });

  it("have their names and pages worded in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const { queue, entryPoints, requestForms } = catalogues[locale];
      for (const kind of requestKinds) expect(has(queue, `kinds.${kind}`), `${locale} queue.kinds.${kind}`).toBe(true);
      for (const kind of entryPointKinds) {
        for (const key of ["name", "hint"]) expect(has(entryPoints, `${kind}.${key}`), `${locale} entryPoints.${kind}.${key}`).toBe(true);
      }
      for (const kind of residentKinds) {
        for (const key of ["intro", "submit"]) expect(has(requestForms, `${kind}.${key}`), `${locale} requestForms.${kind}.${key}`).toBe(true);
      }
    }
  });

  it("that follow steps of their own are never set by hand, never reopened, and await no answer only when they are bookings", () => {
    for (const kind of modules) {
      if (kind.ownSteps === null) continue;
      expect(["booking", "application"]).toContain(kind.ownSteps);
      expect(kind.form, kind.kind).toBeNull();
    }
    expect(declaring((m) => m.answer === null)).toEqual(declaring((m) => m.ownSteps === "booking"));
    expect(kindModule("help").urgent).toBe(true);
    expect(kindModule("tip").hidesReporterFrom).toEqual(["auxiliary"]);
  });
});
