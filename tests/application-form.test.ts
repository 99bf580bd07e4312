import { describe, expect, it } from "vitest";
import { CATALOGUE_SERVICES } from "@/db/catalogue/services";
import {
  answersSchema,
  checkAnswer,
  checkDocument,
  DOCUMENT_MAX_BYTES,
  formDefinitionSchema,
  inputName,
  shownFields,
  splitAnswers,
  type ServiceFormField,
} from "@/lib/applications/form-schema";
import { applicationFormSchema } from "@/lib/validation/application-forms";

/*
 * The application form's checks are built from the service's definition by one module that both the browser
 * (components/application-form.tsx) and the server action import; these tests pin what that module says for
 * each field type, so "what the browser accepts" and "what the server accepts" are one answer.
 */

const today = new Date(2026, 10, 29);
const l = (zh: string) => ({ "zh-CN": zh, en: zh });
const field = (type: ServiceFormField["type"], extra: Partial<ServiceFormField> = {}): ServiceFormField => ({
  name: type === "id_number" ? "idNumber" : type,
  type,
  label: l(type),
  required: true,
  ...extra,
});

const error = (f: ServiceFormField, value: string) => {
  const result = checkAnswer(f, value, today);
  return "error" in result ? result.error : null;
};
const ok = (f: ServiceFormField, value: string) => {
  const result = checkAnswer(f, value, today);
  return "ok" in result ? result.ok : null;
};

describe("each field type of an application form", () => {
  it("text: required unless optional, trimmed, no longer than its maximum", () => {
    expect(error(field("text"), "  ")).toBe("validation.required");
    expect(ok(field("text", { required: false }), "")).toBe("");
    expect(ok(field("text"), "  贝贝 ")).toBe("贝贝");
    expect(error(field("text", { maxLength: 5 }), "六个字的名字")).toBe("validation.answerTooLong");
    expect(ok(field("text", { maxLength: 5 }), "五个字名字")).toBe("五个字名字");
  });

  it("address: up to 200 characters by default", () => {
    expect(ok(field("address"), "柳荫路 18 号 3 幢 502 室")).toBe("柳荫路 18 号 3 幢 502 室");
    expect(error(field("address"), "路".repeat(201))).toBe("validation.answerTooLong");
  });

  it("date: a real calendar date written YYYY-MM-DD", () => {
    expect(ok(field("date"), "2024-02-29")).toBe("2024-02-29");
    expect(error(field("date"), "2023-02-29")).toBe("validation.dateInvalid");
    expect(error(field("date"), "2026-13-01")).toBe("validation.dateInvalid");
    expect(error(field("date"), "29/02/2024")).toBe("validation.dateInvalid");
    expect(error(field("date"), "1899-12-31")).toBe("validation.dateInvalid");
  });

  it("date: past-only (a vaccination) refuses a day after today, future-only (an event) one before it, by Beijing's calendar", () => {
    const past = field("date", { dateRange: "past" });
    const future = field("date", { dateRange: "future" });
    // 29 November 2026, 23:30 in Beijing (15:30 UTC, when a UTC calendar still says the 29th too).
    const lateEvening = new Date("2026-11-29T15:30:00Z");
    expect(checkAnswer(past, "2030-05-01", lateEvening)).toEqual({ error: "validation.dateMustBePast" });
    expect(checkAnswer(past, "2026-11-30", lateEvening)).toEqual({ error: "validation.dateMustBePast" });
    expect(checkAnswer(past, "2026-11-29", lateEvening)).toEqual({ ok: "2026-11-29" });
    expect(checkAnswer(past, "2026-10-12", lateEvening)).toEqual({ ok: "2026-10-12" });
    expect(checkAnswer(future, "2026-11-28", lateEvening)).toEqual({ error: "validation.dateMustBeFuture" });
    expect(checkAnswer(future, "2026-11-29", lateEvening)).toEqual({ ok: "2026-11-29" });
    // Just after midnight in Beijing it is already the 30th there, though still the 29th in UTC.
    const afterMidnight = new Date("2026-11-29T16:30:00Z");
    expect(checkAnswer(past, "2026-11-30", afterMidnight)).toEqual({ ok: "2026-11-30" });
    expect(checkAnswer(future, "2026-11-29", afterMidnight)).toEqual({ error: "validation.dateMustBeFuture" });
    // Without a range any real date will do, and a wrong date is still just wrong.
    expect(checkAnswer(field("date"), "2030-05-01", lateEvening)).toEqual({ ok: "2030-05-01" });
    expect(checkAnswer(past, "2026-02-30", lateEvening)).toEqual({ error: "validation.dateInvalid" });
  });

  it("choice: one of the definition's options, nothing else", () => {
    const f = field("choice", { options: [{ value: "male", label: l("公") }, { value: "female", label: l("母") }] });
    expect(ok(f, "female")).toBe("female");
    expect(error(f, "other")).toBe("validation.choiceRequired");
    expect(error(f, "")).toBe("validation.required");
  });

  it("ID number: the GB 11643 checksum and birth date, normalized; the old 15-digit numbers refused", () => {
    const f = field("id_number");
    expect(ok(f, "110105 19491231 002x")).toBe("11010519491231002X");
    expect(error(f, "110105194912310021")).toBe("validation.idNumberChecksum");
    expect(error(f, "110105194902300028")).toBe("validation.idNumberBirthDate");
    expect(error(f, "110105491231002")).toBe("validation.idNumberOldFormat");
    expect(error(f, "")).toBe("validation.idNumberRequired");
  });

  it("phone: a mainland mobile number, stored bare", () => {
    expect(ok(field("phone"), "+86 139-1234-5678")).toBe("13912345678");
    expect(error(field("phone"), "12345")).toBe("validation.phoneInvalid");
    expect(ok(field("phone", { required: false }), "")).toBe("");
  });

  it("file: a JPEG, PNG or WebP photo of at most 8 MB (the server then sniffs the bytes too)", () => {
    expect(checkDocument(null)).toEqual({ error: "validation.documentRequired" });
    expect(checkDocument({ size: 0, type: "" })).toEqual({ error: "validation.documentRequired" });
    expect(checkDocument({ size: DOCUMENT_MAX_BYTES + 1, type: "image/jpeg" })).toEqual({ error: "validation.documentTooLarge" });
    expect(checkDocument({ size: 1000, type: "application/pdf" })).toEqual({ error: "validation.documentType" });
    expect(checkDocument({ size: 1000, type: "image/webp" })).toEqual({ ok: "" });
  });
});

describe("the schema built from a definition", () => {
  const fields = [field("text"), field("id_number"), field("phone", { required: false }), field("file")];

  it("checks the typed fields by their input names and leaves documents for the upload", () => {
    const parsed = answersSchema(fields, today).safeParse({ f_text: "王小明", f_idNumber: "11010519491231002x", f_phone: "" });
    expect(parsed.success && parsed.data).toEqual({ f_text: "王小明", f_idNumber: "11010519491231002X", f_phone: "" });
    expect(splitAnswers(fields, parsed.success ? parsed.data : {})).toEqual({ answers: { text: "王小明" }, idNumbers: { idNumber: "11010519491231002X" } });
  });

  it("reports every wrong field with its catalogue key", () => {
    const parsed = answersSchema(fields, today).safeParse({ f_text: "", f_idNumber: "11010519491231002 1", f_phone: "abc" });
    expect(parsed.success).toBe(false);
    const byField = Object.fromEntries(parsed.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ f_text: "validation.required", f_idNumber: "validation.idNumberChecksum", f_phone: "validation.phoneInvalid" });
  });

  it("refuses an input the definition does not have (a crafted form), and a file where text belongs", () => {
    const extra = answersSchema(fields, today).safeParse({ f_text: "王小明", f_idNumber: "11010519491231002X", f_phone: "", f_salary: "1" });
    expect(extra.error?.issues.map((i) => i.message)).toEqual(["validation.unexpectedField"]);
    const file = answersSchema(fields, today).safeParse({ f_text: new Blob(["x"]), f_idNumber: "11010519491231002X" });
    expect(file.error?.issues.map((i) => i.message)).toEqual(["validation.required"]);
  });

  it("is the one the browser runs: the envelope and the answers together, strictly", () => {
    // What components/application-form.tsx and the server action both build.
    const browser = applicationFormSchema(fields, today);
    const sent = { service: "residence-permit", community: "1", name: "王小明", phone: "13912345678", note: "", submissionKey: "", f_text: "x", f_idNumber: "11010519491231002X", f_phone: "" };
    expect(browser.safeParse(sent).success).toBe(true);
    expect(browser.safeParse({ ...sent, phone: "123" }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([["phone", "validation.phoneInvalid"]]);
  });

  it("shows ID-number fields only for a service that needs the number", () => {
    expect(shownFields(fields, false).map((f) => f.type)).toEqual(["text", "phone", "file"]);
    expect(shownFields(fields, true)).toHaveLength(4);
  });
});

describe("the seeded services' forms", () => {
  it("are valid definitions, one for every service applied for online", () => {
    for (const service of CATALOGUE_SERVICES) {
      const form = service.formFields ?? [];
      expect(formDefinitionSchema.safeParse(form).success, service.slug).toBe(true);
      expect(form.length > 0, service.slug).toBe(service.onlineApplication ?? false);
      // An ID number is asked only where the service needs one.
      if (form.some((f) => f.type === "id_number")) expect(service.needsIdNumber, service.slug).toBe(true);
      for (const f of form) expect(inputName(f)).toMatch(/^f_[a-z][a-zA-Z0-9]*$/);
    }
  });

  it("refuse a broken definition: repeated names, a choice without options, too many documents", () => {
    const file = (name: string) => ({ name, type: "file" as const, label: l(name), required: true });
    expect(formDefinitionSchema.safeParse([field("text"), field("text")]).success).toBe(false);
    expect(formDefinitionSchema.safeParse([field("choice")]).success).toBe(false);
    expect(formDefinitionSchema.safeParse([file("a"), file("b"), file("c"), file("d")]).success).toBe(false);
    expect(formDefinitionSchema.safeParse([{ ...field("text"), name: "Bad-Name" }]).success).toBe(false);
  });

  it("accept a date field that says past-only or future-only, and refuse a range anywhere else", () => {
    expect(formDefinitionSchema.safeParse([field("date", { dateRange: "past" }), { ...field("date", { dateRange: "future" }), name: "later" }]).success).toBe(true);
    expect(formDefinitionSchema.safeParse([field("date", { dateRange: "soon" as "past" })]).success).toBe(false);
    expect(formDefinitionSchema.safeParse([field("text", { dateRange: "past" })]).success).toBe(false);
  });

  it("say which dates lie in the past (a vaccination, a birth, an arrival) and which ahead (an event, a lease's end)", () => {
    const rangeOf = (slug: string, name: string) => CATALOGUE_SERVICES.find((s) => s.slug === slug)?.formFields?.find((f) => f.name === name)?.dateRange;
    expect(rangeOf("dog-licence", "vaccinatedOn")).toBe("past");
    expect(rangeOf("birth-registration", "birthDate")).toBe("past");
    expect(rangeOf("residence-permit", "livingSince")).toBe("past");
    expect(rangeOf("residence-registration", "arrivedOn")).toBe("past");
    expect(rangeOf("id-card-replacement", "lostOn")).toBe("past");
    expect(rangeOf("large-event-permit", "eventDate")).toBe("future");
    expect(rangeOf("rental-registration", "leaseEnd")).toBe("future");
    // A lease may have started already or start next month.
    expect(rangeOf("rental-registration", "leaseStart")).toBeUndefined();
  });
});
