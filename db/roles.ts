import { sql } from "drizzle-orm";
import type { Db } from "./client";

/*
 * Two database roles on PostgreSQL: the tables' owner, which `npm run db:migrate` uses (MIGRATION_DATABASE_URL),
 * and the app's role (DATABASE_URL), which reads and writes rows but cannot change the schema, and cannot
 * change or remove a line of the audit log (the trigger of migration 0008 refuses that to every role; this
 * takes away the privilege as well). Run after every migration, so tables a migration adds are covered.
 * Free of "server-only" imports: it runs from the command line.
 */

/** Gives `role` what the app needs on every table, and no more on the audit log. Returns what it granted. */
export async function grantAppRole(db: Db, role: string): Promise<string[]> {
  const who = sql.identifier(role);
  const statements = [
    sql`grant usage on schema public to ${who}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${who}`,
    sql`grant usage, select on all sequences in schema public to ${who}`,
    // Append-only for the app: it writes audit rows and reads them (recent reveals), nothing else.
    sql`revoke update, delete, truncate on audit_log from ${who}`,
    sql`grant execute on function purge_audit_log(integer) to ${who}`,
    // The app checks at start that no migration is pending (db/client.ts), which reads drizzle's bookkeeping.
    sql`grant usage on schema drizzle to ${who}`,
    sql`grant select on all tables in schema drizzle to ${who}`,
  ];
  await db.transaction(async (tx) => {
    for (const statement of statements) await tx.execute(statement);
  });
  return [
    "select, insert, update, delete on every table (the audit log: select and insert only)",
    "the sequences",
    "the audit purge function",
    "reading the migration history",
  ];
}

/** The role a postgres:// URL signs in as. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
