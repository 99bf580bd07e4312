import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { communities, requests } from "../schema";
import { answerDueAt, requestVisibleTo, unanswered } from "./queue";

/**
 * The officer's day: the requests in the user's scope still waiting for an answer that is due by `dueBy` (the
 * end of today) or overdue — calls for help first, then by when the answer is due; at most `limit`, and how
 * many there are in all.
 */
export async function requestsDueBy(db: Db, user: StaffUser, dueBy: Date, limit: number) {
  const due = and(requestVisibleTo(user), unanswered, sql`${answerDueAt} < ${dueBy.toISOString()}`);
  const rows = await db
    .select({
      id: requests.id,
      referenceCode: requests.referenceCode,
      kind: requests.kind,
      body: sql<string>`left(${requests.body}, 60)`,
      dueAt: sql`${answerDueAt}`.mapWith(requests.dueAt),
      communityId: requests.communityId,
      communityName: communities.name,
    })
    .from(requests)
    .innerJoin(communities, eq(communities.id, requests.communityId))
    .where(due)
    .orderBy(sql`case when ${requests.kind} = 'help' then 0 else 1 end`, asc(answerDueAt), asc(requests.referenceCode))
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(requests).where(due);
  return { rows, total: total?.n ?? 0 };
}
