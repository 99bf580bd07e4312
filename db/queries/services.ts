import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { canEditServices, type StaffUser } from "@/lib/authz";
import type { ServiceEdit } from "@/lib/validation/service-catalogue";
import type { Db } from "../client";
import { BOOKABILITY_PAGES, serviceBookable } from "./bookable";
import { getStation } from "./directory";
import { services } from "../schema";
import { audit } from "./audit";

const SLUG = /^[a-z0-9-]{1,64}$/;

const listColumns = {
  id: services.id,
  slug: services.slug,
  category: services.category,
  name: services.name,
  onlineApplication: services.onlineApplication,
};

// What the public pages say: "bookable" only when there are times to choose (see serviceBookable).
const publicColumns = { ...listColumns, bookable: serviceBookable };

/** The public catalogue: active services in the admin's order. */
export async function listActiveServices(db: Db) {
  return db.select(publicColumns).from(services).where(eq(services.active, true)).orderBy(asc(services.sortOrder), asc(services.id));
}

/** One active service's guide, with the station to call about it; null for an unknown or inactive slug. */
export async function getPublicService(db: Db, slug: string) {
  if (!SLUG.test(slug)) return null;
  const [service] = await db
    .select({ ...publicColumns, guide: services.guide, needsIdNumber: services.needsIdNumber })
    .from(services)
    .where(and(eq(services.slug, slug), eq(services.active, true)));
  if (!service) return null;
  return { service, station: await getStation(db) };
}

/** Whether an active service has this slug (its QR code route). */
export async function serviceExists(db: Db, slug: string): Promise<boolean> {
  if (!SLUG.test(slug)) return false;
  const [row] = await db.select({ id: services.id }).from(services).where(and(eq(services.slug, slug), eq(services.active, true)));
  return Boolean(row);
}

/** Every service, active or not, for the catalogue editor; null for anyone who may not edit it. */
export async function listServicesForAdmin(db: Db, user: StaffUser) {
  if (!canEditServices(user)) return null;
  return db
    .select({ ...listColumns, appointment: services.appointment, active: services.active, sortOrder: services.sortOrder, updatedAt: services.updatedAt })
    .from(services)
    .orderBy(asc(services.sortOrder), asc(services.id));
}

/** One service with everything the editor shows; null when it does not exist or the user may not edit. */
export async function getServiceForAdmin(db: Db, user: StaffUser, id: number) {
  if (!canEditServices(user) || !Number.isSafeInteger(id)) return null;
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

/**
 * Saves the administrator's edit of a service (audited, with the fields that changed). Returns the slug,
 * whose public pages the caller refreshes after commit, or null when the service is not there or the user
 * may not edit the catalogue.
 */
export async function updateService(db: Db, user: StaffUser, input: ServiceEdit): Promise<{ slug: string } | null> {
  if (!canEditServices(user)) return null;
  const [before] = await db.select().from(services).where(eq(services.id, input.id));
  if (!before) return null;
  const pair = (zh: string, en: string) => ({ "zh-CN": zh, en });
  const next = {
    name: pair(input.nameZh, input.nameEn),
    guide: {
      purpose: pair(input.purposeZh, input.purposeEn),
      eligibility: pair(input.eligibilityZh, input.eligibilityEn),
      materials: { "zh-CN": input.materialsZh, en: input.materialsEn },
      steps: { "zh-CN": input.stepsZh, en: input.stepsEn },
      timeLimit: pair(input.timeLimitZh, input.timeLimitEn),
      fee: pair(input.feeZh, input.feeEn),
      whereWhen: pair(input.whereWhenZh, input.whereWhenEn),
    },
    onlineApplication: input.onlineApplication,
    appointment: input.appointment,
    needsIdNumber: input.needsIdNumber,
    formFields: input.formFields,
    active: input.active,
    sortOrder: input.sortOrder,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(next[key]));
  await db.update(services).set(next).where(eq(services.id, before.id));
  await audit(db, user, "services.update", { type: "service", id: before.id }, { slug: before.slug, changed });
  return { slug: before.slug };
}

/**
 * The cached public pages that show a service: its guide and its form, and every page that says whether a
 * service can be booked (the list, the pickers, the officers' booking pages), in both languages.
 */
export function servicePagePaths(slug: string): string[] {
  return [...["zh-CN", "en"].flatMap((locale) => [`/${locale}/services/${slug}`, `/${locale}/apply/${slug}`]), ...BOOKABILITY_PAGES];
}
