import { incidentCategories, incidentSources, type ImportLineError, type IncidentCategory, type IncidentSource } from "@/db/schema/incidents";
import { addressKey } from "@/lib/stats/address";

/*
 * The CSV the station imports its incidents from (its own system's export, or the template filled in by hand):
 * one incident per line, columns named in Chinese or English, values as the station writes them. Pure: the
 * import job (db/queries/incident-imports.ts) reads the file and stores what this accepts.
 */

export const importColumns = ["externalId", "occurredAt", "community", "category", "source", "brief", "address"] as const;
export type ImportColumn = (typeof importColumns)[number];

/** The header the template carries, per language; either language's (or the code's) name is accepted. */
export const columnHeaders: Record<"zh-CN" | "en", Record<ImportColumn, string>> = {
  "zh-CN": { externalId: "接警单号", occurredAt: "报警时间", community: "社区", category: "类别", source: "来源", brief: "简要警情", address: "地址" },
  en: { externalId: "external_id", occurredAt: "occurred_at", community: "community", category: "category", source: "source", brief: "brief", address: "address" },
};
const OPTIONAL_COLUMNS: readonly ImportColumn[] = ["address"];

/** Limits: the largest file and the most lines one import takes, and each text's longest. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_BRIEF = 200;
export const MAX_ADDRESS = 200;
const EXTERNAL_ID = /^[A-Za-z0-9][A-Za-z0-9_\-./]{0,63}$/;

/** The column each header cell names, or null for a column the import does not use. */
export function columnOf(header: string): ImportColumn | null {
  const h = header.normalize("NFKC").trim().replace(/^\uFEFF/, "").toLowerCase();
  for (const names of Object.values(columnHeaders)) {
    for (const column of importColumns) if (names[column].toLowerCase() === h || column.toLowerCase() === h) return column;
  }
  return null;
}

/** The required columns a header lacks. */
export function missingColumns(header: readonly string[]): ImportColumn[] {
  const present = new Set(header.map(columnOf));
  return importColumns.filter((c) => !present.has(c) && !OPTIONAL_COLUMNS.includes(c));
}

export interface ImportLookups {
  /** community name or slug → id (the station's communities) */
  communities: Map<string, number>;
  /** category and source labels in both languages (and codes) → code */
  categories: Map<string, IncidentCategory>;
  sources: Map<string, IncidentSource>;
  now: Date;
}

/** Labels in both languages (and the codes themselves) to codes, for categories and sources. */
export function labelLookups(labels: { categories: Record<string, string>; sources: Record<string, string> }[]) {
  const key = (v: string) => v.normalize("NFKC").trim().toLowerCase();
  const categories = new Map<string, IncidentCategory>(incidentCategories.map((c) => [key(c), c]));
  const sources = new Map<string, IncidentSource>(incidentSources.map((s) => [key(s), s]));
  for (const l of labels) {
    for (const c of incidentCategories) if (l.categories[c]) categories.set(key(l.categories[c]), c);
    for (const s of incidentSources) if (l.sources[s]) sources.set(key(l.sources[s]), s);
  }
  return { categories, sources };
}

export interface ImportedIncident {
  externalId: string;
  occurredAt: Date;
  communityId: number;
  category: IncidentCategory;
  source: IncidentSource;
  brief: string;
  address: string | null;
  addressKey: string | null;
}

const DATE_TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "2025-03-01 14:05" (or with / or ., seconds optional) read as Beijing time; null when it is no real time. */
export function parseBeijingTime(value: string): Date | null {
  const m = DATE_TIME.exec(value.normalize("NFKC").trim());
  if (!m) return null;
  const [mo, d, h, mi] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const two = (n: number) => String(n).padStart(2, "0");
  const iso = `${m[1]}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}+08:00`;
  const date = new Date(iso);
  // 2025-02-30 rolls over to March: refuse it rather than move the incident.
  const back = new Date(date.getTime() + 8 * 3_600_000);
  return Number.isNaN(date.getTime()) || back.getUTCDate() !== d ? null : date;
}

type Errors = Omit<ImportLineError, "line">[];

/** One line's values, checked: the incident to store, or what is wrong with each field. */
export function readImportLine(values: Partial<Record<ImportColumn, string>>, lookups: ImportLookups): { ok: ImportedIncident } | { errors: Errors } {
  const errors: Errors = [];
  const text = (column: ImportColumn) => (values[column] ?? "").normalize("NFC").trim();
  const externalId = text("externalId");
  if (!externalId) errors.push({ column: "externalId", error: "externalIdRequired" });
  else if (!EXTERNAL_ID.test(externalId)) errors.push({ column: "externalId", error: "externalIdInvalid", values: { value: externalId.slice(0, 40) } });
  const occurredText = text("occurredAt");
  const occurredAt = parseBeijingTime(occurredText);
  if (!occurredAt) errors.push({ column: "occurredAt", error: "occurredAtInvalid", values: { value: occurredText.slice(0, 40) } });
  else if (occurredAt.getTime() > lookups.now.getTime() + 60 * 60_000) errors.push({ column: "occurredAt", error: "occurredAtFuture", values: { value: occurredText } });
  const key = (column: ImportColumn) => text(column).normalize("NFKC").toLowerCase();
  const communityId = lookups.communities.get(key("community"));
  if (communityId === undefined) errors.push({ column: "community", error: "communityUnknown", values: { value: text("community").slice(0, 40) } });
  const category = lookups.categories.get(key("category"));
  if (!category) errors.push({ column: "category", error: "categoryUnknown", values: { value: text("category").slice(0, 40) } });
  const source = lookups.sources.get(key("source"));
  if (!source) errors.push({ column: "source", error: "sourceUnknown", values: { value: text("source").slice(0, 40) } });
  const brief = text("brief");
  if (!brief) errors.push({ column: "brief", error: "briefRequired" });
  else if (brief.length > MAX_BRIEF) errors.push({ column: "brief", error: "briefTooLong", values: { max: MAX_BRIEF } });
  const address = text("address");
  if (address.length > MAX_ADDRESS) errors.push({ column: "address", error: "addressTooLong", values: { max: MAX_ADDRESS } });
  if (errors.length > 0) return { errors };
  return {
    ok: {
      externalId,
      occurredAt: occurredAt!,
      communityId: communityId!,
      category: category!,
      source: source!,
      brief,
      address: address || null,
      addressKey: addressKey(address),
    },
  };
}
