import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "@/db/catalogue/load";
import { CATALOGUE_SERVICES } from "@/db/catalogue/services";
import type { Db } from "@/db/client";
import { updateService } from "@/db/queries/services";
import { auditLog, services } from "@/db/schema";
import type { StaffUser } from "@/lib/authz";
import type { ServiceEdit } from "@/lib/validation/service-catalogue";
import { openTestDb, type TestDb } from "./support/db";
import { countRows } from "./support/requests";
import { staffByLogin } from "./support/staff";

let test: TestDb;
let db: Db;
let admin: StaffUser;

beforeAll(async () => {
  // The demo seed loads the catalogue, as a first install's `npm run db:catalogue` does.
  test = await openTestDb();
  db = test.db;
  admin = await staffByLogin(db, "admin");
});
afterAll(() => test?.close());

const serviceRow = async (slug: string) => (await db.select().from(services).where(eq(services.slug, slug)))[0]!;
const entry = (slug: string) => CATALOGUE_SERVICES.find((s) => s.slug === slug)!;

/** What the administrator's editor sends for a service, with some fields changed. */
async function adminEdits(slug: string, change: Partial<ServiceEdit>) {
  const row = await serviceRow(slug);
  const g = row.guide;
  const edit: ServiceEdit = {
    id: row.id,
    nameZh: row.name["zh-CN"],
    nameEn: row.name.en,
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
    onlineApplication: row.onlineApplication,
    appointment: row.appointment,
    needsIdNumber: row.needsIdNumber,
    active: row.active,
    sortOrder: row.sortOrder,
    formFields: row.formFields,
    ...change,
  };
  expect(await updateService(db, admin, edit)).toEqual({ slug });
}

/** As an older release of the catalogue left a service: another guide and no application form. */
async function asAnOlderReleaseLoadedIt(slug: string) {
  const older = { ...entry(slug).guide, purpose: { "zh-CN": "旧版说明。", en: "The old text." } };
  await db.update(services).set({ guide: older, formFields: [] }).where(eq(services.slug, slug));
}

describe("loading the service catalogue (npm run db:catalogue)", () => {
  it("has every service after the first load, and a second load changes nothing", async () => {
    const slugs = (await db.select({ slug: services.slug }).from(services)).map((s) => s.slug).sort();
    expect(slugs).toEqual(CATALOGUE_SERVICES.map((s) => s.slug).sort());
    const audits = await countRows(db, auditLog);
    const report = await loadCatalogue(db);
    expect(report).toEqual({ added: [], updated: [], keptLocalEdits: [], unchanged: CATALOGUE_SERVICES.length, notInCatalogue: [] });
    expect(await countRows(db, auditLog)).toBe(audits);
  });

  it("brings a service up to date with a newer catalogue, audited with the fields it changed", async () => {
    await asAnOlderReleaseLoadedIt("dog-licence");
    const report = await loadCatalogue(db);
    expect(report.updated).toEqual([{ slug: "dog-licence", fields: ["guide", "formFields"] }]);
    const row = await serviceRow("dog-licence");
    expect(row.guide.purpose).toEqual(entry("dog-licence").guide.purpose);
    expect(row.formFields).toEqual(entry("dog-licence").formFields);
    const [audit] = await db
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "catalogue.update"), eq(auditLog.targetId, String(row.id))));
    expect(audit).toEqual({ actorId: null, details: { slug: "dog-licence", changed: ["guide", "formFields"], overwrote: [] } });
  });

  it("keeps what the administrator edited (and whether a service is offered), and updates the rest", async () => {
    await adminEdits("hotel-licence", { whereWhenZh: "本所二楼治安窗口，周二、周四上午。", sortOrder: 5, active: false });
    await db.update(services).set({ formFields: [] }).where(eq(services.slug, "hotel-licence"));

    const report = await loadCatalogue(db);
    expect(report.updated).toEqual([{ slug: "hotel-licence", fields: ["formFields"] }]);
    expect(report.keptLocalEdits).toEqual([{ slug: "hotel-licence", fields: ["guide", "sortOrder"] }]);
    const row = await serviceRow("hotel-licence");
    expect(row.guide.whereWhen["zh-CN"]).toBe("本所二楼治安窗口，周二、周四上午。");
    expect(row).toMatchObject({ sortOrder: 5, active: false, formFields: entry("hotel-licence").formFields });
  });

  it("replaces the administrator's edits when told to, after which the catalogue's text is followed again", async () => {
    const report = await loadCatalogue(db, { overwriteLocalEdits: true });
    expect(report.updated).toEqual([{ slug: "hotel-licence", fields: ["guide", "sortOrder"] }]);
    expect(await serviceRow("hotel-licence")).toMatchObject({ guide: entry("hotel-licence").guide, sortOrder: entry("hotel-licence").sortOrder, active: false });

    await asAnOlderReleaseLoadedIt("hotel-licence");
    expect((await loadCatalogue(db)).updated).toEqual([{ slug: "hotel-licence", fields: ["guide", "formFields"] }]);
    await db.update(services).set({ active: true }).where(eq(services.slug, "hotel-licence"));
  });

  it("adds a service a newer catalogue has, and leaves alone one it no longer lists", async () => {
    const [gone] = await db.select({ id: services.id }).from(services).where(eq(services.slug, "temporary-id-card"));
    await db.update(services).set({ slug: "retired-service" }).where(eq(services.id, gone!.id));

    const report = await loadCatalogue(db);
    expect(report.added).toEqual(["temporary-id-card"]);
    expect(report.notInCatalogue).toEqual(["retired-service"]);
    const rows = await db.select({ slug: services.slug }).from(services).where(inArray(services.slug, ["temporary-id-card", "retired-service"]));
    expect(rows).toHaveLength(2);
  });
});
