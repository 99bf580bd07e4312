import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/*
 * Backups (`npm run db:backup`) and restores (`npm run db:restore`) of either database, each with a manifest
 * beside the backup file: every table's row count and a checksum of its content, and every sequence's value,
 * taken from the very snapshot the backup holds. A restore is checked against it, table by table, so
 * "restored" means "identical", not "pg_restore said nothing".
 *
 * PostgreSQL: pg_dump's custom format (compressed, restorable table by table with pg_restore), taken inside a
 * repeatable-read transaction whose snapshot the manifest is computed in. The embedded database: PGlite's own
 * dump of its data folder (a gzipped tar), taken while no server has it open.
 * Free of "server-only" imports: it runs from the command line.
 */

export interface TableFingerprint {
  rows: number;
  checksum: string;
}

export interface Manifest {
  createdAt: string;
  driver: "postgres" | "pglite";
  file: string;
  bytes: number;
  tables: Record<string, TableFingerprint>;
  sequences: Record<string, string>;
}

/** Runs SQL and returns its rows: the same on postgres.js (a reserved connection) and PGlite. */
type Query = (text: string) => Promise<Record<string, unknown>[]>;

// Text output fixed, so the same data gives the same checksum whatever the server's or session's defaults.
const STABLE_OUTPUT = ["set local timezone = 'UTC'", "set local datestyle = 'ISO, YMD'", "set local extra_float_digits = 3", "set local bytea_output = 'hex'"];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Every table's row count and content checksum (the md5 of its rows' md5s, sorted, so row order does not
 * matter), and every sequence's last value: the app's tables and drizzle's migration history.
 */
export async function fingerprint(query: Query): Promise<Pick<Manifest, "tables" | "sequences">> {
  for (const statement of STABLE_OUTPUT) await query(statement);
  const tables = await query(`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`);
  const result: Pick<Manifest, "tables" | "sequences"> = { tables: {}, sequences: {} };
  for (const { schema, name } of tables as { schema: string; name: string }[]) {
    const [row] = await query(`
      select count(*)::int as rows, md5(coalesce(string_agg(h, '' order by h), '')) as checksum
      from (select md5(t::text) as h from ${quote(schema)}.${quote(name)} t) rows`);
    result.tables[`${schema}.${name}`] = { rows: Number(row!.rows), checksum: String(row!.checksum) };
  }
  const sequences = await query(`
    select schemaname as schema, sequencename as name, coalesce(last_value, 0)::text as value from pg_sequences
    where schemaname in ('public', 'drizzle') order by 1, 2`);
  for (const { schema, name, value } of sequences as { schema: string; name: string; value: string }[]) result.sequences[`${schema}.${name}`] = value;
  return result;
}

/** The tables (and sequences) whose fingerprint differs from the manifest's, with what each side says. */
export function differences(expected: Pick<Manifest, "tables" | "sequences">, actual: Pick<Manifest, "tables" | "sequences">): string[] {
  const out: string[] = [];
  for (const name of new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])) {
    const [e, a] = [expected.tables[name], actual.tables[name]];
    if (!e || !a) out.push(`${name}: ${e ? "missing after restore" : "not in the backup"}`);
    else if (e.rows !== a.rows || e.checksum !== a.checksum) out.push(`${name}: ${e.rows} rows (${e.checksum.slice(0, 8)}) backed up, ${a.rows} rows (${a.checksum.slice(0, 8)}) now`);
  }
  for (const name of new Set([...Object.keys(expected.sequences), ...Object.keys(actual.sequences)])) {
    if (expected.sequences[name] !== actual.sequences[name]) out.push(`sequence ${name}: ${expected.sequences[name]} backed up, ${actual.sequences[name]} now`);
  }
  return out;
}

export const manifestPath = (file: string) => `${file}.manifest.json`;

export function readManifest(file: string): Manifest {
  const where = manifestPath(file);
  if (!existsSync(where)) throw new Error(`no manifest beside the backup (${where}): cannot check a restore against it`);
  return JSON.parse(readFileSync(where, "utf8")) as Manifest;
}

function writeManifest(file: string, driver: Manifest["driver"], fingerprints: Pick<Manifest, "tables" | "sequences">): Manifest {
  const manifest: Manifest = { createdAt: new Date().toISOString(), driver, file: path.basename(file), bytes: statSync(file).size, ...fingerprints };
  writeFileSync(manifestPath(file), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => reject(new Error(`${command}: ${error.message} (is PostgreSQL's client installed?)`)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} failed (${code}): ${stderr.trim()}`))));
  });
}

async function withPostgres<T>(url: string, fn: (query: Query, sql: import("postgres").ReservedSql) => Promise<T>): Promise<T> {
  const { default: postgres } = await import("postgres");
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const reserved = await client.reserve();
  try {
    return await fn((text) => reserved.unsafe(text) as unknown as Promise<Record<string, unknown>[]>, reserved);
  } finally {
    reserved.release();
    await client.end({ timeout: 5 });
  }
}

/** pg_dump of the database at `url` into `file` (custom format), with its manifest from the same snapshot. */
export async function backupPostgres(url: string, file: string): Promise<Manifest> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return withPostgres(url, async (query) => {
    await query("begin isolation level repeatable read read only");
    try {
      const [{ snapshot }] = (await query("select pg_export_snapshot() as snapshot")) as [{ snapshot: string }];
      await run("pg_dump", ["--format=custom", "--compress=6", `--snapshot=${snapshot}`, `--file=${file}`, `--dbname=${url}`]);
      return writeManifest(file, "postgres", await fingerprint(query));
    } finally {
      await query("commit");
    }
  });
}

/** Whether the database at `url` holds any of the portal's tables (a restore over them needs to be asked for). */
export async function postgresHasTables(url: string): Promise<boolean> {
  return withPostgres(url, async (query) => {
    const [row] = await query("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
    return Number(row!.n) > 0;
  });
}

/**
 * pg_restore of `file` into the database at `url` (as the role in `url`, which becomes the owner: the tables'
 * owner, in a two-role installation), replacing what is there, in one transaction; then the result checked
 * against the manifest. Returns the differences (none: identical).
 */
export async function restorePostgres(url: string, file: string): Promise<string[]> {
  const manifest = readManifest(file);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file]);
  return withPostgres(url, async (query) => {
    await query("begin isolation level repeatable read read only");
    try {
      return differences(manifest, await fingerprint(query));
    } finally {
      await query("commit");
    }
  });
}

type PGliteModule = typeof import("@electric-sql/pglite");

async function pgliteQuery(client: InstanceType<PGliteModule["PGlite"]>): Promise<Query> {
  await client.query("begin");
  return async (text) => (await client.query<Record<string, unknown>>(text)).rows;
}

/** The embedded database in `dataDir` (no server may have it open), dumped into `file`, with its manifest. */
export async function backupPglite(dataDir: string, file: string): Promise<Manifest> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`no embedded database in ${dataDir}`);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = await PGlite.create(dataDir);
  try {
    const fingerprints = await fingerprint(await pgliteQuery(client));
    await client.query("commit");
    const dump = await client.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return writeManifest(file, "pglite", fingerprints);
  } finally {
    await client.close();
  }
}

/**
 * The embedded database restored from `file` into `dataDir`. A database already there is moved aside (to
 * `<dataDir>.before-restore-<time>`), never deleted. Returns the differences from the manifest (none: identical)
 * and where the old database went.
 */
export async function restorePglite(dataDir: string, file: string): Promise<{ differences: string[]; movedAside: string | null }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const manifest = readManifest(file);
  let movedAside: string | null = null;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dataDir, movedAside);
  }
  mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
  try {
    const found = await fingerprint(await pgliteQuery(client));
    await client.query("commit");
    return { differences: differences(manifest, found), movedAside };
  } finally {
    await client.close();
  }
}
