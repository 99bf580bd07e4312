/**
 * `npm run db:catalogue` (tsx db/catalogue-cli.ts): loads the service catalogue and its application forms
 * (db/catalogue/) into the database named by the environment — and nothing else: no station, no accounts, no
 * demo data. Run it at the first install and again after an upgrade; a second run changes only what the
 * catalogue changed, and keeps what the station's administrator edited unless told
 * `--overwrite-local-edits`.
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");
  const { loadCatalogue } = await import("./catalogue/load");
  const overwriteLocalEdits = process.argv.includes("--overwrite-local-edits");

  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR, max: 1 });
  try {
    const report = await handle.db.transaction((tx) => loadCatalogue(tx, { overwriteLocalEdits }));
    const list = (items: { slug: string; fields: string[] }[]) => items.map((i) => `${i.slug} (${i.fields.join(", ")})`).join("; ");
    console.log(`db:catalogue: ${report.added.length} service(s) added, ${report.updated.length} updated, ${report.unchanged} already up to date`);
    if (report.added.length) console.log(`  added: ${report.added.join(", ")}`);
    if (report.updated.length) console.log(`  updated: ${list(report.updated)}`);
    if (report.keptLocalEdits.length) {
      console.log(`  kept the administrator's edits of: ${list(report.keptLocalEdits)} (--overwrite-local-edits replaces them)`);
    }
    if (report.notInCatalogue.length) console.log(`  not in the catalogue, left as they are: ${report.notInCatalogue.join(", ")}`);
    if (report.added.length) {
      console.log("  new services name the demo station's windows in 'where and when': edit them in the dashboard (services)");
    }
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:catalogue failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
