import "server-only";
import { parse } from "csv-parse";
import { and, desc, eq, inArray, lt, or, sql } from "drizzle-orm";
import { canImportIncidents, type StaffUser } from "@/lib/authz";
import {
  columnOf,
  MAX_IMPORT_ROWS,
  missingColumns,
  readImportLine,
  type ImportColumn,
  type ImportedIncident,
  type ImportLookups,
} from "@/lib/incidents/import-format";
import { matchPlace, placeIndex } from "@/lib/stats/address";
import type { Db } from "../client";
import { communities, incidentImports, incidents, type ImportLineError } from "../schema";
import { placeKeysOfStation } from "./incidents";

/** The refused lines an import keeps to show (all of them are counted). */
export const KEPT_LINE_ERRORS = 100;
/** Progress is written every this many lines checked. */
const PROGRESS_EVERY = 5_000;
const INSERT_BATCH = 1_000;
/** An import in progress whose heartbeat is older than this was interrupted (a restart) and is taken up again. */
export const STALE_IMPORT_SECONDS = 120;

export type ImportLabels = Pick<ImportLookups, "categories" | "sources">;

/** Stores an uploaded file as a queued import of the user's station; null for anyone who may not import. */
export async function createIncidentImport(db: Db, user: StaffUser, file: { name: string; content: string }) {
  if (!canImportIncidents(user)) return null;
  // An estimate for the progress bar until the file has been read (a quoted field may hold a line break).
  const lines = file.content.split("\n").filter((l) => l.trim() !== "").length;
  const [row] = await db
    .insert(incidentImports)
    .values({ stationId: user.stationId, createdById: user.id, fileName: file.name.slice(0, 200), content: file.content, totalRows: Math.max(0, lines - 1) })
    .returning({ id: incidentImports.id });
  return row!;
}

const importView = {
  id: incidentImports.id,
  fileName: incidentImports.fileName,
  state: incidentImports.state,
  totalRows: incidentImports.totalRows,
  checkedRows: incidentImports.checkedRows,
  insertedRows: incidentImports.insertedRows,
  skippedRows: incidentImports.skippedRows,
  errors: incidentImports.errors,
  errorCount: incidentImports.errorCount,
  createdAt: incidentImports.createdAt,
  finishedAt: incidentImports.finishedAt,
  // In progress, but nothing has moved for a while: the server was restarted and it is waiting to be taken up again.
  stalled: sql<boolean>`(${incidentImports.state} in ('queued', 'checking', 'saving')
    and ${incidentImports.heartbeatAt} < now() - make_interval(secs => ${STALE_IMPORT_SECONDS}))`,
};

/** One import of the user's station (its file's text left out), or null: not found and not allowed alike. */
export async function getIncidentImport(db: Db, user: StaffUser, id: number) {
  if (!canImportIncidents(user)) return null;
  const [row] = await db
    .select(importView)
    .from(incidentImports)
    .where(and(eq(incidentImports.id, id), eq(incidentImports.stationId, user.stationId)));
  return row ?? null;
}

export type IncidentImportView = NonNullable<Awaited<ReturnType<typeof getIncidentImport>>>;

/** The station's latest imports, for the import page. */
export async function listIncidentImports(db: Db, user: StaffUser, limit = 10) {
  if (!canImportIncidents(user)) return [];
  return db
    .select(importView)
    .from(incidentImports)
    .where(eq(incidentImports.stationId, user.stationId))
    .orderBy(desc(incidentImports.createdAt), desc(incidentImports.id))
    .limit(limit);
}

/** Takes an import to process: a queued one, or one in progress whose heartbeat stopped. Null when there is none to take. */
async function claimImport(db: Db, id: number) {
  const [claimed] = await db
    .update(incidentImports)
    .set({ state: "checking", checkedRows: 0, heartbeatAt: sql`now()` })
    .where(
      and(
        eq(incidentImports.id, id),
        or(
          eq(incidentImports.state, "queued"),
          and(
            inArray(incidentImports.state, ["checking", "saving"]),
            lt(incidentImports.heartbeatAt, sql`now() - make_interval(secs => ${STALE_IMPORT_SECONDS})`),
          ),
        ),
      ),
    )
    .returning({ stationId: incidentImports.stationId, content: incidentImports.content });
  return claimed?.content ? { stationId: claimed.stationId, content: claimed.content } : null;
}

type Checked = { status: "ok"; rows: ImportedIncident[] } | { status: "refused"; errors: ImportLineError[]; errorCount: number };

/**
 * Reads and checks every line of the file (all or nothing: one bad line refuses the whole file), writing the
 * progress as it goes. Lines are numbered as in the file, the header being line 1.
 */
async function checkFile(db: Db, id: number, content: string, lookups: ImportLookups): Promise<Checked> {
  const errors: ImportLineError[] = [];
  let errorCount = 0;
  const refuse = (error: ImportLineError) => {
    errorCount++;
    if (errors.length < KEPT_LINE_ERRORS) errors.push(error);
  };
  const rows: ImportedIncident[] = [];
  const seen = new Map<string, number>();
  let columns: (ImportColumn | null)[] | null = null;
  let checked = 0;
  const parser = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: 64 * 1024 });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        const missing = missingColumns(record);
        if (missing.length > 0) {
          refuse({ line: info.lines, error: "missingColumns", values: { columns: missing.join(", ") } });
          break;
        }
        columns = record.map(columnOf);
        continue;
      }
      checked++;
      if (checked > MAX_IMPORT_ROWS) {
        refuse({ line: info.lines, error: "tooManyRows", values: { max: MAX_IMPORT_ROWS } });
        break;
      }
      const values: Partial<Record<ImportColumn, string>> = {};
      columns.forEach((column, i) => {
        if (column) values[column] = record[i] ?? "";
      });
      const result = readImportLine(values, lookups);
      if ("errors" in result) {
        for (const e of result.errors) refuse({ line: info.lines, ...e });
      } else {
        const first = seen.get(result.ok.externalId);
        if (first !== undefined) refuse({ line: info.lines, column: "externalId", error: "externalIdRepeated", values: { line: first } });
        else {
          seen.set(result.ok.externalId, info.lines);
          rows.push(result.ok);
        }
      }
      if (checked % PROGRESS_EVERY === 0) {
        await db.update(incidentImports).set({ checkedRows: checked, heartbeatAt: sql`now()` }).where(eq(incidentImports.id, id));
      }
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    refuse({ line: typeof line === "number" ? line : checked + 1, error: "unreadable" });
  }
  if (!columns && errorCount === 0) refuse({ line: 1, error: "noHeader" });
  else if (errorCount === 0 && rows.length === 0) refuse({ line: 2, error: "noRows" });
  await db.update(incidentImports).set({ checkedRows: checked, totalRows: checked, heartbeatAt: sql`now()` }).where(eq(incidentImports.id, id));
  return errorCount > 0 ? { status: "refused", errors, errorCount } : { status: "ok", rows };
}

/**
 * Processes one import: checks the whole file, then stores every line in one transaction, or nothing when a
 * line is refused. Lines whose external id the station already has are skipped (a re-import adds nothing).
 * Safe to call again for an interrupted import; a no-op for one that is done or being processed.
 */
export async function processIncidentImport(db: Db, id: number, labels: ImportLabels, now = new Date()): Promise<void> {
  const claimed = await claimImport(db, id);
  if (!claimed) return;
  const station = await db
    .select({ id: communities.id, name: communities.name, slug: communities.slug })
    .from(communities)
    .where(eq(communities.stationId, claimed.stationId));
  const byName = new Map<string, number>();
  for (const c of station) {
    byName.set(c.name.normalize("NFKC").toLowerCase(), c.id);
    byName.set(c.slug.toLowerCase(), c.id);
  }
  try {
    const checked = await checkFile(db, id, claimed.content, { ...labels, communities: byName, now });
    if (checked.status === "refused") {
      await db
        .update(incidentImports)
        .set({ state: "failed", errors: checked.errors, errorCount: checked.errorCount, content: null, finishedAt: sql`now()` })
        .where(eq(incidentImports.id, id));
      return;
    }
    await db.update(incidentImports).set({ state: "saving", heartbeatAt: sql`now()` }).where(eq(incidentImports.id, id));
    const places = placeIndex(await placeKeysOfStation(db, claimed.stationId));
    await db.transaction(async (tx) => {
      let count = 0;
      for (let i = 0; i < checked.rows.length; i += INSERT_BATCH) {
        const batch = checked.rows.slice(i, i + INSERT_BATCH).map((row) => ({
          ...row,
          stationId: claimed.stationId,
          placeId: matchPlace(row.addressKey, row.communityId, places),
          importId: id,
        }));
        const stored = await tx
          .insert(incidents)
          .values(batch)
          .onConflictDoNothing({ target: [incidents.stationId, incidents.externalId] })
          .returning({ id: incidents.id });
        count += stored.length;
      }
      await tx
        .update(incidentImports)
        .set({ state: "done", insertedRows: count, skippedRows: checked.rows.length - count, content: null, finishedAt: sql`now()` })
        .where(eq(incidentImports.id, id));
    });
  } catch (error) {
    console.error("[incident import] failed", error);
    await db
      .update(incidentImports)
      .set({ state: "failed", errors: [{ line: 0, error: "serverError" }], errorCount: 1, content: null, finishedAt: sql`now()` })
      .where(eq(incidentImports.id, id));
  }
}

/** The imports of every station left in progress by a restart (for a start-up hook or a scheduled job to take up). */
export async function staleIncidentImports(db: Db): Promise<number[]> {
  const rows = await db
    .select({ id: incidentImports.id })
    .from(incidentImports)
    .where(
      and(
        inArray(incidentImports.state, ["queued", "checking", "saving"]),
        lt(incidentImports.heartbeatAt, sql`now() - make_interval(secs => ${STALE_IMPORT_SECONDS})`),
      ),
    );
  return rows.map((r) => r.id);
}
