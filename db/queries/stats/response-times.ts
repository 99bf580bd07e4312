import "server-only";
import { and, isNotNull, lte, ne, or, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../../client";
import { requests, type RequestKind } from "../../schema";
import { countWhere, inStatsScope, numberOrNull, within, type StatsFilter } from "./filter";

export interface ResponseRow {
  /** null: every kind together */
  kind: RequestKind | null;
  received: number;
  answered: number;
  firstResponseP50Minutes: number | null;
  firstResponseP90Minutes: number | null;
  /** requests whose first answer was due by now, or came: the denominator of the on-time share */
  due: number;
  onTime: number;
  resolved: number;
  resolutionP50Hours: number | null;
  resolutionP90Hours: number | null;
}

/**
 * First response and resolution for the requests that came in during the period, per kind and for all kinds.
 * An appointment awaits no answer (it is kept at its booked time), so it is left out here. On time: the first
 * answer came by the time due when it was sent; a request still unanswered past that time counts as late.
 */
export async function responseTimes(db: Db, user: StaffUser, filter: StatsFilter): Promise<ResponseRow[]> {
  const firstResponse = sql`extract(epoch from (${requests.firstResponseAt} - ${requests.createdAt})) / 60`;
  const resolution = sql`extract(epoch from (${requests.resolvedAt} - ${requests.createdAt})) / 3600`;
  const percentile = (p: number, of: typeof firstResponse) =>
    numberOrNull(sql`percentile_cont(${sql.raw(String(p))}) within group (order by ${of})`);
  const rows = await db
    .select({
      kind: requests.kind,
      received: sql<number>`count(*)`.mapWith(Number),
      answered: countWhere(isNotNull(requests.firstResponseAt)),
      firstResponseP50Minutes: percentile(0.5, firstResponse),
      firstResponseP90Minutes: percentile(0.9, firstResponse),
      due: countWhere(or(isNotNull(requests.firstResponseAt), lte(requests.dueAt, filter.now))!),
      onTime: countWhere(lte(requests.firstResponseAt, requests.dueAt)),
      resolved: countWhere(isNotNull(requests.resolvedAt)),
      resolutionP50Hours: percentile(0.5, resolution),
      resolutionP90Hours: percentile(0.9, resolution),
    })
    .from(requests)
    .where(and(inStatsScope(user, requests.communityId, filter), within(requests.createdAt, filter.period), ne(requests.kind, "appointment")))
    .groupBy(sql`grouping sets ((${requests.kind}), ())`)
    .orderBy(sql`${requests.kind} nulls last`);
  return rows;
}
