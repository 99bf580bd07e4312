import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import { purgeFieldWork, type FieldPurgeResult } from "./retention-field-work";
import { applications, attachments, deliveries, mediationCases, mediationParties, requests, submissionKeys, throttles } from "./schema";

/*
 * What the privacy notice promises, carried out: contact details go two years after a request is resolved (a
 * mediation party's two years after their case ended), photos sent with tips one year after; field work's
 * personal data by db/retention-field-work.ts. Run daily by the scheduled purge job (server/jobs) or
 * `npm run db:purge`. Free of "server-only" imports: it runs from the command line.
 *
 * The audit log (staff actions, no resident's details) is kept three years; its rows can only leave through
 * the database's own purge_audit_log() (the audit_log_append_only migration), which refuses anything younger
 * than a year.
 */

export const RETENTION = { contactDays: 730, tipPhotoDays: 365, auditDays: 1095 } as const;

export interface PurgeResult extends FieldPurgeResult {
  contactsRemoved: number;
  /** Applications whose answers, ID numbers, documents and delivery addresses went with the contact details. */
  applicationsCleared: number;
  tipPhotosRemoved: number;
  expiredKeysRemoved: number;
  auditRowsRemoved: number;
  /** Mediation parties whose phone and address went (the case file keeps their names and what was agreed). */
  partyContactsRemoved: number;
}

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

export async function purgeExpired(
  db: Db,
  retention: { contactDays: number; tipPhotoDays: number; auditDays?: number } = RETENTION,
): Promise<PurgeResult> {
  return db.transaction(async (tx) => {
    const contacts = await tx
      .update(requests)
      .set({ residentName: null, residentPhone: null, contactPurgedAt: new Date() })
      .where(
        and(
          eq(requests.status, "resolved"),
          lt(requests.resolvedAt, daysAgo(retention.contactDays)),
          isNull(requests.contactPurgedAt),
        ),
      )
      .returning({ id: requests.id });

    // An application's answers, ID numbers, documents and delivery addresses are the applicant's personal
    // data as much as their phone: they go at the same time.
    const purgedApplications = tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.kind, "application"), isNotNull(requests.contactPurgedAt)));
    const cleared = await tx
      .update(applications)
      .set({ answers: {}, idNumbers: null })
      .where(and(inArray(applications.requestId, purgedApplications), sql`(${applications.idNumbers} is not null or ${applications.answers} <> '{}'::jsonb)`))
      .returning({ id: applications.requestId });
    await tx.delete(attachments).where(and(inArray(attachments.requestId, purgedApplications), isNotNull(attachments.fieldName)));
    await tx
      .update(deliveries)
      .set({ address: "", recipientName: null, note: null })
      .where(and(inArray(deliveries.requestId, purgedApplications), sql`${deliveries.address} <> ''`));

    // A mediation case's parties are residents too: their phones and addresses go on the same clock, counted
    // from the case's end (agreement or referral).
    const closedCases = tx
      .select({ id: mediationCases.id })
      .from(mediationCases)
      .where(lt(mediationCases.closedAt, daysAgo(retention.contactDays)));
    const parties = await tx
      .update(mediationParties)
      .set({ phone: null, address: null, contactPurgedAt: new Date() })
      .where(and(inArray(mediationParties.caseId, closedCases), isNull(mediationParties.contactPurgedAt)))
      .returning({ id: mediationParties.id });

    const oldTips = tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.kind, "tip"), eq(requests.status, "resolved"), lt(requests.resolvedAt, daysAgo(retention.tipPhotoDays))));
    const photos = await tx
      .delete(attachments)
      .where(inArray(attachments.requestId, oldTips))
      .returning({ id: attachments.id });

    // Keyed client hashes live minutes to a day; nothing should keep them longer.
    const keys = await tx
      .delete(submissionKeys)
      .where(lt(submissionKeys.createdAt, sql`now() - interval '1 day'`))
      .returning({ key: submissionKeys.keyHash });
    await tx
      .delete(throttles)
      .where(sql`${throttles.windowStartedAt} < now() - interval '1 day' and (${throttles.lockedUntil} is null or ${throttles.lockedUntil} < now())`);

    const audit = await tx.execute<{ removed: string }>(sql`select purge_audit_log(${retention.auditDays ?? RETENTION.auditDays})::text as removed`);
    // postgres.js answers with the rows, PGlite with { rows }.
    const [removed] = Array.isArray(audit) ? audit : (audit as unknown as { rows: { removed: string }[] }).rows;

    // Field work's personal data (care subjects, names met on visits, hazards' contacts): db/retention-field-work.ts.
    const field = await purgeFieldWork(tx);

    return {
      contactsRemoved: contacts.length,
      applicationsCleared: cleared.length,
      tipPhotosRemoved: photos.length,
      expiredKeysRemoved: keys.length,
      auditRowsRemoved: Number(removed?.removed ?? 0),
      partyContactsRemoved: parties.length,
      ...field,
    };
  });
}
