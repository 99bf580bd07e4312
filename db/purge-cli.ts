/**
 * `npm run db:purge` (tsx db/purge-cli.ts): applies the retention periods of the privacy notice
 * (db/retention.ts). Options: --contact-days N (default 730), --tip-photo-days N (default 365),
 * --audit-days N (default 1095, at least 365).
 */

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

function option(name: string, fallback: number, minimum = 1): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} needs a whole number of days, at least ${minimum}, got "${process.argv[index + 1]}"`);
  return value;
}

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");
  const { purgeExpired, RETENTION } = await import("./retention");
  const retention = {
    contactDays: option("contact-days", RETENTION.contactDays),
    tipPhotoDays: option("tip-photo-days", RETENTION.tipPhotoDays),
    auditDays: option("audit-days", RETENTION.auditDays, 365),
  };
  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR, max: 1 });
  try {
    const result = await purgeExpired(handle.db, retention);
    console.log(
      `db:purge: contact details removed from ${result.contactsRemoved} request(s) resolved over ${retention.contactDays} days ago ` +
        `(with the answers, ID numbers, documents and delivery addresses of ${result.applicationsCleared} application(s)); ` +
        `${result.partyContactsRemoved} mediation part(ies)' phone and address removed; ` +
        `${result.tipPhotosRemoved} tip photo(s) over ${retention.tipPhotoDays} days removed; ${result.expiredKeysRemoved} expired repeat key(s) removed; ` +
        `${result.auditRowsRemoved} audit row(s) over ${retention.auditDays} days removed; ` +
        `${result.careSubjectsPurged} former care subject(s), ${result.visitNamesRemoved} visit(s)' names met and ${result.hazardContactsRemoved} hazard contact(s) removed`,
    );
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:purge failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
