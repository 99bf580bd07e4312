import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { maskMobile, normalizeMobile } from "@/lib/validation/phone";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGE_MAX, residentFormSchemas } from "@/lib/validation/request-forms";
import { catalogues } from "@/messages";

const messageFormSchema = residentFormSchemas.message;

describe("a resident's mobile number", () => {
  it.each([
    ["13800138000", "plain"],
    ["138 0013 8000", "spaces"],
    ["138-0013-8000", "dashes"],
    ["(138) 0013 8000", "brackets"],
    ["+86 138 0013 8000", "+86"],
    ["0086 13800138000", "0086"],
    ["86 138-0013-8000", "86"],
  ])("%s (%s) is stored as the bare 11 digits", (typed) => {
    expect(normalizeMobile(typed)).toBe("13800138000");
  });

  it.each([
    ["0571-86120201", "a landline"],
    ["138001380001", "12 digits"],
    ["1380013800", "10 digits"],
    ["12800138000", "second digit 2"],
    ["1380013800a", "a letter"],
    ["one three eight", "words"],
    ["", "nothing"],
    ["+1 138 0013 8000", "another country"],
  ])("%s (%s) is refused", (typed) => {
    expect(normalizeMobile(typed)).toBeNull();
  });

  it("is shown masked: first three and last four digits", () => {
    expect(maskMobile("13800138000")).toBe("138****8000");
    expect(maskMobile("12345")).toBe("****");
  });
});

const validMessage = {
  kind: "message" as const,
  officer: "he-wenchuan",
  name: "林女士",
  phone: "138 0013 8000",
  body: "楼道里有人飞线给电动车充电，请来看看。",
  submissionKey: randomUUID(),
};

function issuesFor(input: Record<string, unknown>) {
  const parsed = messageFormSchema.safeParse(input);
  if (parsed.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (byField[String(issue.path[0])] ??= []).push(issue.message);
  return byField;
}

describe("the 请您留言 form", () => {
  it("accepts a complete message and keeps the phone as typed", () => {
    const parsed = messageFormSchema.parse(validMessage);
    expect(parsed).toEqual(validMessage);
  });

  it("accepts a message with only the body (name, phone and key left empty or absent)", () => {
    expect(messageFormSchema.parse({ kind: "message", officer: "tu-zhiheng", body: "请问补办身份证要带什么？" })).toEqual({
      kind: "message",
      officer: "tu-zhiheng",
      name: "",
      phone: "",
      body: "请问补办身份证要带什么？",
      submissionKey: "",
    });
  });

  // An empty body should get one clear message, not "required" and "at least 5 characters" side by side.
  it("tells a resident who sent no body only that the message is required", () => {
    expect(issuesFor({ ...validMessage, body: "" })).toEqual({ body: ["validation.messageRequired"] });
    expect(issuesFor({ ...validMessage, body: "   \n " })).toEqual({ body: ["validation.messageRequired"] });
    expect(issuesFor({ kind: "message", officer: "he-wenchuan" })).toEqual({ body: ["validation.messageRequired"] });
  });

  it("needs at least 5 characters after trimming, and at most 2000", () => {
    expect(issuesFor({ ...validMessage, body: "  救命啊  " })).toEqual({ body: ["validation.messageTooShort"] });
    expect(messageFormSchema.parse({ ...validMessage, body: "  有人打架了  " }).body).toBe("有人打架了");
    expect(messageFormSchema.parse({ ...validMessage, body: "字".repeat(MESSAGE_MAX) }).body).toHaveLength(2000);
    expect(issuesFor({ ...validMessage, body: "字".repeat(MESSAGE_MAX + 1) })).toEqual({
      body: ["validation.messageTooLong"],
    });
  });

  it.each([
    "<script>alert('x')</script> 门口有可疑人员",
    "'; drop table requests; -- 请回电",
    "路灯坏了 & <b>很黑</b> \"快修\"",
    "谢谢民警同志 👮‍♂️🚓👍",
  ])("keeps %s verbatim as text", (body) => {
    expect(messageFormSchema.parse({ ...validMessage, body }).body).toBe(body);
  });

  it.each([
    ["a number", 12345],
    ["an array", ["楼道堆物", "请处理"]],
    ["an object", { text: "楼道堆物请处理" }],
    ["null", null],
  ])("answers a body that is %s with an issue instead of throwing", (_label, body) => {
    expect(() => messageFormSchema.safeParse({ ...validMessage, body })).not.toThrow();
    const issues = issuesFor({ ...validMessage, body });
    expect(Object.keys(issues)).toEqual(["body"]);
    expect(issues.body).toContain("validation.messageRequired");
  });

  it("answers a completely wrong input with issues instead of throwing", () => {
    for (const input of [null, undefined, 42, "body=hello", []]) {
      expect(messageFormSchema.safeParse(input).success).toBe(false);
    }
  });

  it("limits the name to 40 characters", () => {
    expect(messageFormSchema.parse({ ...validMessage, name: "名".repeat(40) }).name).toHaveLength(40);
    expect(issuesFor({ ...validMessage, name: "名".repeat(41) })).toEqual({ name: ["validation.nameTooLong"] });
  });

  it("validates a phone only when one is given", () => {
    expect(messageFormSchema.safeParse({ ...validMessage, phone: "" }).success).toBe(true);
    expect(messageFormSchema.safeParse({ ...validMessage, phone: "+86 139-1234-5678" }).success).toBe(true);
    expect(issuesFor({ ...validMessage, phone: "0571-86120201" })).toEqual({ phone: ["validation.phoneInvalid"] });
    expect(issuesFor({ ...validMessage, phone: "12345" })).toEqual({ phone: ["validation.phoneInvalid"] });
  });

  it("refuses an officer that cannot be a slug", () => {
    expect(issuesFor({ ...validMessage, officer: "../admin" })).toEqual({ officer: ["validation.unknownOfficer"] });
    expect(issuesFor({ ...validMessage, officer: "" })).toEqual({ officer: ["validation.unknownOfficer"] });
  });

  it("takes a UUID submission key or none, nothing else", () => {
    expect(messageFormSchema.safeParse({ ...validMessage, submissionKey: "" }).success).toBe(true);
    expect(Object.keys(issuesFor({ ...validMessage, submissionKey: "not-a-uuid" }))).toEqual(["submissionKey"]);
    expect(Object.keys(issuesFor({ ...validMessage, submissionKey: "'; select 1; --" }))).toEqual(["submissionKey"]);
  });

  it("refuses fields the form does not have (a crafted request), as a whole-form error", () => {
    const parsed = messageFormSchema.safeParse({ ...validMessage, status: "resolved", communityId: "3" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([[[], "validation.unexpectedField"]]);
  });
});

describe("validation messages in the catalogues", () => {
  const root = process.cwd();
  const catalogue = (locale: Locale) => catalogues[locale] as unknown as Record<string, unknown>;
  const keysOf = (tree: Record<string, unknown>, prefix = ""): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      v && typeof v === "object" ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  const zh = new Set(keysOf(catalogue("zh-CN")));
  const en = new Set(keysOf(catalogue("en")));

  const validationDir = path.join(root, "lib", "validation");
  const usedKeys = [
    ...new Set(
      readdirSync(validationDir)
        .filter((f) => f.endsWith(".ts"))
        .flatMap((f) => readFileSync(path.join(validationDir, f), "utf8").match(/\b([A-Za-z]+\.)?validation\.[A-Za-z0-9_]+/g) ?? []),
    ),
  ];

  it("finds the keys the schemas use", () => {
    expect(usedKeys).toContain("validation.messageTooShort");
    expect(usedKeys.length).toBeGreaterThanOrEqual(10);
  });

  it.each(usedKeys)("%s is translated in Chinese and English", (key) => {
    expect(zh.has(key)).toBe(true);
    expect(en.has(key)).toBe(true);
  });

  it("Chinese and English have exactly the same keys", () => {
    expect([...en].filter((k) => !zh.has(k))).toEqual([]);
    expect([...zh].filter((k) => !en.has(k))).toEqual([]);
  });
});
