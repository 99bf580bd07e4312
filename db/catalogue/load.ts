import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, services } from "../schema";
import { CATALOGUE_SERVICES } from "./services";

/*
 * `npm run db:catalogue` (db/catalogue-cli.ts), also run by the demo seed: loads the service catalogue
 * (./services.ts, ./service-forms.ts) into the database, by slug. A service that is not there is added; one
 * that is there is brought up to date with the catalogue — except the fields the station's administrator has
 * changed in the dashboard, which are the station's own and are kept (the catalogue editor audits each edit
 * with the fields it changed, and that is what this reads). Asked to, it overwrites those too. Whether a
 * service is offered at all (`active`) is never touched by a load. Every change it makes to a service is
 * audited (no actor); adding one is not (the service itself records it).
 * Free of "server-only" imports: it runs from the command line.
 */

/** The catalogue's fields a load keeps up to date (not `active`: whether a service is offered is the station's). */
const CATALOGUE_FIELDS = ["category", "name", "guide", "onlineApplication", "appointment", "needsIdNumber", "formFields", "sortOrder"] as const;
type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

export interface CatalogueReport {
  added: string[];
  updated: { slug: string; fields: CatalogueField[] }[];
  /** Fields the catalogue would change but the administrator edited, so they were kept. */
  keptLocalEdits: { slug: string; fields: CatalogueField[] }[];
  unchanged: number;
  /** Services in the database the catalogue does not list (left as they are). */
  notInCatalogue: string[];
}

export async function loadCatalogue(db: Db, options: { overwriteLocalEdits?: boolean } = {}): Promise<CatalogueReport> {
  const report: CatalogueReport = { added: [], updated: [], keptLocalEdits: [], unchanged: 0, notInCatalogue: [] };
  const existing = new Map((await db.select().from(services)).map((row) => [row.slug, row]));
  const edited = await locallyEditedFields(db, [...existing.values()].map((row) => row.id));

  for (const entry of CATALOGUE_SERVICES) {
    const row = existing.get(entry.slug);
    if (!row) {
      const [added] = await db.insert(services).values(entry).onConflictDoNothing({ target: services.slug }).returning({ id: services.id });
      // (None when another load added it at the same moment.)
      if (added) report.added.push(entry.slug);
      continue;
    }
    const differing = CATALOGUE_FIELDS.filter((field) => !sameValue(row[field], entry[field]));
    const local = edited.get(row.id) ?? new Set<CatalogueField>();
    const kept = options.overwriteLocalEdits ? [] : differing.filter((field) => local.has(field));
    const changing = differing.filter((field) => !kept.includes(field));
    if (kept.length > 0) report.keptLocalEdits.push({ slug: row.slug, fields: kept });
    if (changing.length === 0) {
      if (kept.length === 0) report.unchanged++;
      continue;
    }
    await db
      .update(services)
      .set(Object.fromEntries(changing.map((field) => [field, entry[field]])) as Partial<typeof services.$inferInsert>)
      .where(eq(services.id, row.id));
    await db.insert(auditLog).values({
      action: "catalogue.update",
      targetType: "service",
      targetId: String(row.id),
      details: { slug: row.slug, changed: changing, overwrote: changing.filter((field) => local.has(field)) },
    });
    report.updated.push({ slug: row.slug, fields: changing });
  }
  const listed = new Set(CATALOGUE_SERVICES.map((entry) => entry.slug));
  report.notInCatalogue = [...existing.keys()].filter((slug) => !listed.has(slug));
  return report;
}

/**
 * For each service, the catalogue fields its administrator changed and no load has overwritten since: the
 * audit trail of the catalogue editor (`services.update`, with the fields changed) and of loads
 * (`catalogue.update`, with the fields they overwrote), read in order.
 */
async function locallyEditedFields(db: Db, serviceIds: number[]): Promise<Map<number, Set<CatalogueField>>> {
  const edited = new Map<number, Set<CatalogueField>>();
  if (serviceIds.length === 0) return edited;
  const rows = await db
    .select({ targetId: auditLog.targetId, action: auditLog.action, details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.targetType, "service"),
        inArray(auditLog.action, ["services.update", "catalogue.update"]),
        inArray(auditLog.targetId, serviceIds.map(String)),
      ),
    )
    .orderBy(asc(auditLog.id));
  for (const { targetId, action, details } of rows) {
    const fields = edited.get(Number(targetId)) ?? new Set<CatalogueField>();
    edited.set(Number(targetId), fields);
    const names = (action === "services.update" ? details?.changed : details?.overwrote) as unknown;
    for (const name of Array.isArray(names) ? names : []) {
      if (!(CATALOGUE_FIELDS as readonly string[]).includes(name)) continue;
      if (action === "services.update") fields.add(name as CatalogueField);
      else fields.delete(name as CatalogueField);
    }
  }
  return edited;
}

/** Equal as stored: jsonb keeps its own key order, so objects are compared with their keys sorted. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : item,
  );
}
