import "server-only";
import { eq } from "drizzle-orm";
import type { StaffUser } from "@/lib/authz";
import type { Db } from "../client";
import { requestEvents, requests, type NewRequestEvent, type RequestStatus } from "../schema";
import { writeRequestStatus } from "./request-status";

/**
 * A request handed on — to the mediation committee or to an alliance partner — with the event that says so on
 * its timeline. Handing it on is staff's answer: an open request is in progress from then, its first response
 * is set if it had none, and a reopening is answered. A resolved request keeps its status; only the event is added.
 */
export async function handOnRequest(
  db: Db,
  user: StaffUser,
  request: { id: string; status: RequestStatus },
  event: Pick<NewRequestEvent, "type" | "data">,
  now: Date,
): Promise<void> {
  if (request.status === "resolved") {
    await db.insert(requestEvents).values({ requestId: request.id, actorId: user.id, ...event });
    return;
  }
  await writeRequestStatus(db, request.id, { from: request.status, to: "in_progress", actorId: user.id, event, now, firstResponse: true });
  await db.update(requests).set({ reopenDueAt: null }).where(eq(requests.id, request.id));
}
