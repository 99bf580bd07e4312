import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "./client";
import { purgeFieldWork, type FieldPurgeResult } from "./retention-field-work";
import { applications, attachments, deliveries, requests, submissionKeys, throttles } from "./schema";

/*
 * What the privacy notice promises, carried out: contact details go two years after a request is resolved,
 * photos sent with tips one year after; field work's personal data by db/retention-field-work.ts. Run daily by `npm run db:purge` (cron or a systemd timer). Free of
 * "server-only" imports: it runs from the command line.
 */

export const RETENTION = { contactDays: 730, tipPhotoDays: 365 } as const;

export interface PurgeResult extends FieldPurgeResult {
  contactsRemoved: number;
  /** Applications whose answers, ID numbers, documents and delivery addresses went with the contact details. */
  applicationsCleared: number;
  tipPhotosRemoved: number;
  expiredKeysRemoved: number;
}

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

export async function purgeExpired(db: Db, retention: { contactDays: number; tipPhotoDays: number } = RETENTION): Promise<PurgeResult> {
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

    // Field work's personal data (care subjects, names met on visits, hazards' contacts): db/retention-field-work.ts.
    const field = await purgeFieldWork(tx);

    return { contactsRemoved: contacts.length, applicationsCleared: cleared.length, tipPhotosRemoved: photos.length, expiredKeysRemoved: keys.length, ...field };
  });
}
