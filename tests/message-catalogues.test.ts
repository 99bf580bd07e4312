import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

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
