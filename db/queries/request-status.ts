import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { requestEvents, requests, type NewRequestEvent, type RequestStatus } from "../schema";

/**
 * A move of a request's status and the event the timelines show for it. `actorId` null: the resident.
 * What the event carries depends on the flow: a staff status change or a reopening ("status_change"), a
 * booking closed by its outcome ("appointment", data.appointment), an application's step ("application_step",
 * data.applicationStatus, which says more than the request's status and so is shown instead of it).
 */
export interface StatusMove {
  from: RequestStatus;
  to: RequestStatus;
  actorId: number | null;
  event: Pick<NewRequestEvent, "type" | "body" | "data">;
  now: Date;
  /** Staff's step is the resident's first answer, if none came before (an application's step, a booking's outcome). */
  firstResponse?: boolean;
  /** The resident reopens a resolved request: an answer is due again by `dueAt`, and the old rating is cleared for the next. */
  reopen?: { dueAt: Date };
}

/**
 * The one writer of a request's status, for every flow (staff's status form and replies, a booking's outcome,
 * an application's steps, the resident's reopening), so the columns that go with a status cannot disagree:
 * resolved has its resolution time and no answer due after a reopening; any other status has no resolution
 * time. Writes the event in the same call: a status never moves without its line on the timeline.
 */
export async function writeRequestStatus(db: Db, requestId: string, move: StatusMove): Promise<void> {
  const resolved = move.to === "resolved";
  await db
    .update(requests)
    .set({
      status: move.to,
      resolvedAt: resolved ? move.now : null,
      ...(resolved ? { reopenDueAt: null } : {}),
      ...(move.reopen
        ? { reopenedAt: move.now, reopenDueAt: move.reopen.dueAt, rating: null, ratingComment: null, ratedAt: null }
        : {}),
      ...(move.firstResponse && move.actorId !== null
        ? { firstResponseAt: sql`coalesce(${requests.firstResponseAt}, ${move.now.toISOString()}::timestamptz)` }
        : {}),
    })
    .where(eq(requests.id, requestId));
  await db.insert(requestEvents).values({
    requestId,
    actorId: move.actorId,
    ...move.event,
    // An application's step stands for the status on its timeline line; every other event records the move.
    ...(move.event.type === "application_step" ? {} : { fromStatus: move.from, toStatus: move.to }),
  });
}
