import { and, eq, inArray, isNotNull, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db } from "./client";
import { careSubjects, careVisits, hazards, visits } from "./schema";

/*
 * Field work's part of the retention purge (db/retention.ts runs it daily, in its transaction):
 * - a care subject's personal details (name, phones, emergency contact, flat, notes) and what their care visits
 *   recorded about their health and home go one year after they left the care list: long enough to answer for
 *   the care given (a family's question, the yearly review), shorter than the two years of a resident's request
 *   because health and living conditions are more sensitive. The visits themselves stay, as counts and times;
 * - the names of people met on a visit go two years after the visit, like a resident's contact details;
 * - a responsible party's phone goes two years after the hazard was verified.
 * Free of "server-only" imports: it runs from the command line too.
 */

export const FIELD_RETENTION = { closedCareSubjectDays: 365, peopleMetDays: 730, hazardContactDays: 730 } as const;

export interface FieldPurgeResult {
  careSubjectsPurged: number;
  visitNamesRemoved: number;
  hazardContactsRemoved: number;
}

const daysAgo = (days: number) => sql`now() - make_interval(days => ${days})`;

export async function purgeFieldWork(db: Db, retention: typeof FIELD_RETENTION = FIELD_RETENTION): Promise<FieldPurgeResult> {
  const subjects = await db
    .update(careSubjects)
    .set({ name: "", phone: null, emergencyContactName: "", emergencyContactPhone: null, address: "", notes: "", purgedAt: new Date() })
    .where(and(isNotNull(careSubjects.closedAt), lt(careSubjects.closedAt, daysAgo(retention.closedCareSubjectDays)), isNull(careSubjects.purgedAt)))
    .returning({ id: careSubjects.id });
  if (subjects.length > 0) {
    await db
      .update(careVisits)
      .set({ health: "", living: "", needs: "", followUp: "" })
      .where(inArray(careVisits.careSubjectId, subjects.map((s) => s.id)));
  }
  const names = await db
    .update(visits)
    .set({ peopleMet: "" })
    .where(and(ne(visits.peopleMet, ""), lt(visits.startedAt, daysAgo(retention.peopleMetDays))))
    .returning({ id: visits.id });
  const contacts = await db
    .update(hazards)
    .set({ responsiblePhone: null, contactPurgedAt: new Date() })
    .where(and(eq(hazards.status, "verified"), lt(hazards.verifiedAt, daysAgo(retention.hazardContactDays)), isNotNull(hazards.responsiblePhone)))
    .returning({ id: hazards.id });
  return { careSubjectsPurged: subjects.length, visitNamesRemoved: names.length, hazardContactsRemoved: contacts.length };
}
