import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { getApplicationForStaff, getApplicationOfRequest, getApplicationService, submitApplication } from "@/db/queries/applications";
import { revealResidentPhone } from "@/db/queries/queue";
import { auditLog } from "@/db/schema";
import { canRevealPhone } from "@/lib/authz";
import { openTestDb, type TestDb } from "./support/db";
import { requestByCode } from "./support/requests";
import { communityBySlug, staffByLogin } from "./support/staff";
import { grantFor } from "./support/grants";

let test: TestDb;
let db: Db;

beforeAll(async () => {
  test = await openTestDb();
  db = test.db;
});
afterAll(() => test?.close());

const TENANT_PHONE = "13712345678";

/** A landlord registers a tenant (租赁登记): the tenant's mobile number is one of the answers. */
async function registerTenant() {
  const service = await getApplicationService(db, "rental-registration");
  if (!service) throw new Error("rental registration is not open for online applications");
  const liuyin = await communityBySlug(db, "liuyin");
  const result = await db.transaction((tx) =>
    submitApplication(tx, {
      serviceId: service.id,
      communityId: liuyin.id,
      residentName: "房东老周",
      residentPhone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
      answers: { address: "柳荫路 8 号 2 幢 301 室", tenantName: "小林", tenantPhone: TENANT_PHONE, leaseStart: "2026-01-01", leaseEnd: "2026-12-31" },
      idNumbers: { idNumber: "11010519491231002X" },
      note: "",
      locale: "zh-CN",
      repeatKey: `r-${randomUUID()}`,
      clientKey: `c-${randomUUID()}`,
      addressKey: `a-${randomUUID()}`,
    }),
  );
  if (result.status !== "stored") throw new Error(result.status);
  return (await requestByCode(db, result.referenceCode)).id;
}

const tenantPhoneOf = (answers: { name: string; value: string }[]) => answers.find((a) => a.name === "tenantPhone")?.value;

describe("a phone number among an application's answers", () => {
  it("is masked on the applicant's own tracking page", async () => {
    const id = await registerTenant();
    const view = await getApplicationOfRequest(db, await grantFor(db, id), "zh-CN");
    expect(tenantPhoneOf(view!.answers)).toBe("137****5678");
    expect(JSON.stringify(view)).not.toContain(TENANT_PHONE);
  });

  it("follows the applicant's phone rule for an auxiliary: masked, and shown only if that rule lets them reveal it", async () => {
    const id = await registerTenant();
    const aux = await staffByLogin(db, "aux.liuyin");
    expect(tenantPhoneOf((await getApplicationForStaff(db, aux, id, "zh-CN", { revealPhones: true }))!.answers)).toBe("137****5678");
    const allowed = canRevealPhone(aux, "application");
    expect(await revealResidentPhone(db, aux, id)).toBe(allowed);
    const view = await getApplicationForStaff(db, aux, id, "zh-CN", { revealPhones: true });
    expect(tenantPhoneOf(view!.answers)).toBe(allowed ? TENANT_PHONE : "137****5678");
  });

  it("is shown to an officer only after the audited reveal of the request's phones, and only to that officer", async () => {
    const id = await registerTenant();
    const officer = await staffByLogin(db, "officer.liuyin");
    const before = await getApplicationForStaff(db, officer, id, "zh-CN", { revealPhones: true });
    expect(tenantPhoneOf(before!.answers)).toBe("137****5678");

    expect(await revealResidentPhone(db, officer, id)).toBe(true);
    const audited = await db
      .select({ actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.targetId, id), eq(auditLog.action, "request.reveal_phone")));
    expect(audited).toEqual([{ actorId: officer.id }]);
    const shown = await getApplicationForStaff(db, officer, id, "zh-CN", { revealPhones: true });
    expect(tenantPhoneOf(shown!.answers)).toBe(TENANT_PHONE);
    // Without asking (a page load that does not show revealed numbers) it stays masked.
    expect(tenantPhoneOf((await getApplicationForStaff(db, officer, id, "zh-CN"))!.answers)).toBe("137****5678");

    const chief = await staffByLogin(db, "chief");
    expect(tenantPhoneOf((await getApplicationForStaff(db, chief, id, "zh-CN", { revealPhones: true }))!.answers)).toBe("137****5678");
  });
});
