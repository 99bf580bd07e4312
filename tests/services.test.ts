import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  getPublicService,
  getServiceForAdmin,
  listActiveServices,
  listServicesForAdmin,
  serviceExists,
  servicePagePaths,
  updateService,
} from "@/db/queries/services";
import { getBookableService } from "@/db/queries/appointments";
import { appointmentTemplates, auditLog, services } from "@/db/schema";
import { CATALOGUE_SERVICES } from "@/db/catalogue/services";
import type { StaffUser } from "@/lib/authz";
import { serviceEditSchema, type ServiceEdit } from "@/lib/validation/service-catalogue";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";
import { staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
const staff: Record<string, StaffUser> = {};

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
  for (const login of ["admin", "chief", "officer.liuyin", "aux.liuyin", "mediator"]) staff[login] = await staffByLogin(db, login);
});
afterAll(() => test?.close());

async function editOf(slug: string): Promise<ServiceEdit> {
  const [row] = await db.select().from(services).where(eq(services.slug, slug));
  const g = row!.guide;
  return {
    id: row!.id,
    nameZh: row!.name["zh-CN"],
    nameEn: row!.name.en,
    purposeZh: g.purpose["zh-CN"],
    purposeEn: g.purpose.en,
    eligibilityZh: g.eligibility["zh-CN"],
    eligibilityEn: g.eligibility.en,
    materialsZh: g.materials["zh-CN"],
    materialsEn: g.materials.en,
    stepsZh: g.steps["zh-CN"],
    stepsEn: g.steps.en,
    timeLimitZh: g.timeLimit["zh-CN"],
    timeLimitEn: g.timeLimit.en,
    feeZh: g.fee["zh-CN"],
    feeEn: g.fee.en,
    whereWhenZh: g.whereWhen["zh-CN"],
    whereWhenEn: g.whereWhen.en,
    onlineApplication: row!.onlineApplication,
    appointment: row!.appointment,
    needsIdNumber: row!.needsIdNumber,
    active: row!.active,
    sortOrder: row!.sortOrder,
    formFields: row!.formFields,
  };
}

describe("the service catalogue", () => {
  it("has at least 17 services, each with a complete guide in both languages", () => {
    expect(CATALOGUE_SERVICES.length).toBeGreaterThanOrEqual(17);
    for (const s of CATALOGUE_SERVICES) {
      for (const lang of ["zh-CN", "en"] as const) {
        expect(s.name[lang]).not.toBe("");
        for (const key of ["purpose", "eligibility", "timeLimit", "fee", "whereWhen"] as const) expect(s.guide[key][lang]).not.toBe("");
        expect(s.guide.materials[lang].length).toBeGreaterThan(0);
        expect(s.guide.steps[lang].length).toBeGreaterThan(0);
      }
      expect(s.onlineApplication || s.appointment).toBe(true);
    }
    expect(new Set(CATALOGUE_SERVICES.map((s) => s.slug)).size).toBe(CATALOGUE_SERVICES.length);
  });
});

describe("the public catalogue", () => {
  it("lists active services in order, by category", async () => {
    const list = await listActiveServices(db);
    expect(list.length).toBeGreaterThanOrEqual(17);
    expect(list[0]!.name["zh-CN"]).toBe("居住证申领");
    expect(list.map((s) => s.category)).toEqual(expect.arrayContaining(["household", "public_order"]));
  });

  it("says a service is bookable only while it has an active slot rule, whatever its appointment flag says", async () => {
    const [flagged] = await db
      .insert(services)
      .values({ ...CATALOGUE_SERVICES[0]!, slug: "flag-without-times", appointment: true })
      .returning({ id: services.id });
    const bookableIn = async () => (await listActiveServices(db)).find((s) => s.slug === "flag-without-times")?.bookable;
    expect(await bookableIn()).toBe(false);
    expect((await getPublicService(db, "flag-without-times"))?.service.bookable).toBe(false);
    expect(await getBookableService(db, "flag-without-times")).toBeNull();

    const [rule] = await db
      .insert(appointmentTemplates)
      .values({ serviceId: flagged!.id, weekdays: [1, 2, 3, 4, 5], startTime: "09:00", endTime: "10:00", slotMinutes: 30, capacity: 1 })
      .returning({ id: appointmentTemplates.id });
    expect(await bookableIn()).toBe(true);
    expect((await getBookableService(db, "flag-without-times"))?.id).toBe(flagged!.id);

    // The officer switches the rule off: no times, so no "bookable" either.
    await db.update(appointmentTemplates).set({ active: false }).where(eq(appointmentTemplates.id, rule!.id));
    expect(await bookableIn()).toBe(false);
    await db.delete(appointmentTemplates).where(eq(appointmentTemplates.id, rule!.id));
    await db.delete(services).where(eq(services.id, flagged!.id));
  });

  it("shows one service's guide with the station's phone; unknown, malformed and hidden slugs are not found", async () => {
    const page = await getPublicService(db, "residence-permit");
    expect(page?.service.guide.materials["zh-CN"].length).toBeGreaterThan(2);
    expect(page?.station?.phone).toMatch(/\d/);
    expect(await getPublicService(db, "no-such-service")).toBeNull();
    expect(await getPublicService(db, "../etc/passwd")).toBeNull();
    expect(await serviceExists(db, "residence-permit")).toBe(true);
    expect(await serviceExists(db, "NOPE")).toBe(false);

    await db.update(services).set({ active: false }).where(eq(services.slug, "temporary-id-card"));
    expect(await getPublicService(db, "temporary-id-card")).toBeNull();
    expect(await serviceExists(db, "temporary-id-card")).toBe(false);
    expect((await listActiveServices(db)).map((s) => s.slug)).not.toContain("temporary-id-card");
    await db.update(services).set({ active: true }).where(eq(services.slug, "temporary-id-card"));
  });
});

describe("editing the catalogue", () => {
  it("is the administrator's: saved in both languages, audited with what changed", async () => {
    const admin = staff.admin!;
    const edit = { ...(await editOf("dog-licence")), nameZh: "犬证办理（新）", stepsEn: ["One", "Two"], appointment: false };
    expect(await updateService(db, admin, edit)).toEqual({ slug: "dog-licence" });
    const page = await getPublicService(db, "dog-licence");
    expect(page?.service.name).toEqual({ "zh-CN": "犬证办理（新）", en: edit.nameEn });
    expect(page?.service.guide.steps.en).toEqual(["One", "Two"]);
    expect(page?.service.bookable).toBe(false);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "services.update"), eq(auditLog.targetId, String(edit.id))));
    expect(entry).toMatchObject({ actorId: admin.id, targetType: "service" });
    expect(entry!.details).toEqual({ slug: "dog-licence", changed: ["name", "guide", "appointment"] });
    expect(servicePagePaths("dog-licence")).toEqual([
      "/zh-CN/services/dog-licence",
      "/zh-CN/apply/dog-licence",
      "/en/services/dog-licence",
      "/en/apply/dog-licence",
      "/[locale]/(public)/services",
      "/[locale]/(public)/services/[slug]",
      "/[locale]/(public)/book/[service]",
      "/[locale]/(public)/book/[service]/[day]",
      "/[locale]/(public)/officers/[slug]/appointment",
    ]);
  });

  it("is refused to everyone else, who cannot list, open or change it, and nothing is written", async () => {
    const edit = { ...(await editOf("residence-permit")), nameZh: "改名" };
    const audits = await countRows(db, auditLog);
    for (const login of ["chief", "officer.liuyin", "aux.liuyin", "mediator"]) {
      const user = staff[login]!;
      expect(await listServicesForAdmin(db, user)).toBeNull();
      expect(await getServiceForAdmin(db, user, edit.id)).toBeNull();
      expect(await updateService(db, user, edit)).toBeNull();
    }
    expect((await getPublicService(db, "residence-permit"))?.service.name["zh-CN"]).toBe("居住证申领");
    expect(await countRows(db, auditLog)).toBe(audits);
    expect(await updateService(db, staff.admin!, { ...edit, id: 999_999 })).toBeNull();
    expect((await listServicesForAdmin(db, staff.admin!))?.length).toBeGreaterThanOrEqual(17);
  });
});

describe("the catalogue editor's form", () => {
  const form = (over: Record<string, string> = {}) => ({
    id: "3",
    nameZh: "户口迁入",
    nameEn: "Move in",
    ...Object.fromEntries(
      ["purpose", "eligibility", "timeLimit", "fee", "whereWhen"].flatMap((k) => [
        [`${k}Zh`, "内容"],
        [`${k}En`, "Text"],
      ]),
    ),
    materialsZh: "身份证\n\n  户口簿  \r\n",
    materialsEn: "ID card\nRegister",
    stepsZh: "预约",
    stepsEn: "Book",
    onlineApplication: "on",
    sortOrder: "30",
    formFields: JSON.stringify([{ name: "address", type: "address", label: { "zh-CN": "迁入地址", en: "Address" }, required: true }]),
    ...over,
  });

  it("reads lines, ticked and unticked boxes and the order", () => {
    const parsed = serviceEditSchema.parse(form());
    expect(parsed).toMatchObject({ id: 3, materialsZh: ["身份证", "户口簿"], onlineApplication: true, appointment: false, active: false, sortOrder: 30 });
  });

  it("refuses empty, too long and malformed input with catalogue messages", () => {
    const messages = (over: Record<string, string>) =>
      serviceEditSchema.safeParse(form(over)).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(messages({ nameZh: "" })).toEqual(["nameZh:validation.serviceNameRequired"]);
    expect(messages({ nameEn: "x".repeat(61) })).toEqual(["nameEn:validation.serviceNameTooLong"]);
    expect(messages({ feeZh: "费".repeat(1001) })).toEqual(["feeZh:validation.serviceTextTooLong"]);
    expect(messages({ stepsEn: " \n " })).toEqual(["stepsEn:validation.serviceLinesRequired"]);
    expect(messages({ stepsEn: Array.from({ length: 31 }, (_, i) => `s${i}`).join("\n") })).toEqual(["stepsEn:validation.serviceTooManyLines"]);
    expect(messages({ materialsZh: "料".repeat(301) })).toEqual(["materialsZh:validation.serviceLineTooLong"]);
    expect(messages({ sortOrder: "-1" })).toEqual(["sortOrder:validation.sortOrderInvalid"]);
    expect(messages({ sortOrder: "10001" })).toEqual(["sortOrder:validation.sortOrderInvalid"]);
    expect(messages({ id: "abc" })).toEqual(["id:validation.serviceInvalid"]);
  });

  it("takes the online form as its definition, checked like the seed's", () => {
    const messages = (over: Record<string, string>) =>
      serviceEditSchema.safeParse(form(over)).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(serviceEditSchema.parse(form()).formFields).toEqual([
      { name: "address", type: "address", label: { "zh-CN": "迁入地址", en: "Address" }, required: true },
    ]);
    expect(messages({ formFields: "[{" })).toEqual(["formFields:validation.formDefinitionInvalid"]);
    expect(messages({ formFields: JSON.stringify([{ name: "x", type: "signature", label: { "zh-CN": "签名", en: "Sign" }, required: true }]) })).toEqual([
      "formFields:validation.formDefinitionInvalid",
    ]);
    // Applied for online, so it needs a form; an ID-number field only where the service needs the number.
    expect(messages({ formFields: "" })).toEqual(["formFields:validation.formRequired"]);
    const idField = JSON.stringify([{ name: "idNumber", type: "id_number", label: { "zh-CN": "身份证号码", en: "ID" }, required: true }]);
    expect(messages({ formFields: idField })).toEqual(["formFields:validation.idFieldNeedsFlag"]);
    expect(messages({ formFields: idField, needsIdNumber: "on" })).toBeUndefined();
  });
});
