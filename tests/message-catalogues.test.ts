import { describe, expect, it } from "vitest";
import { formFields, residentKinds } from "@/lib/request-kinds";
import { catalogues } from "@/messages";

const { en, "zh-CN": zh } = catalogues;

type Catalogue = { [key: string]: string | Catalogue };

function entries(catalogue: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

// CJK symbols and punctuation (、。「」…) and the full-width forms (：，（）！？…).
const FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]/;

describe("the message catalogues", () => {
  it("English strings use ASCII punctuation, never full-width (“Badge no.：036512”)", () => {
    const offending = entries(en as Catalogue).filter(([, value]) => FULL_WIDTH.test(value));
    expect(offending).toEqual([]);
  });

  it("have the same keys in Chinese and English", () => {
    const keys = (catalogue: Catalogue) => entries(catalogue).map(([key]) => key).sort();
    expect(keys(en as Catalogue)).toEqual(keys(zh as Catalogue));
  });
});

describe("the resident request forms' wording", () => {
  it("has a label for every field of every kind, and a name for every choice, in both languages", () => {
    for (const catalogue of [catalogues["zh-CN"], catalogues.en]) {
      const forms = catalogue.requestForms as unknown as Catalogue;
      const has = (path: string) => entries(forms).some(([key]) => key === path);
      for (const kind of residentKinds) {
        for (const field of formFields[kind]) {
          expect(has(`${kind}.${field.name}`) || has(`fields.${field.name}`), `${kind}.${field.name}`).toBe(true);
          if (field.type === "select") for (const option of field.options) expect(has(`options.${field.name}.${option}`), option).toBe(true);
        }
      }
    }
  });
});
