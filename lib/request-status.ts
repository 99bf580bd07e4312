import type { RequestKind, RequestStatus } from "@/db/schema/requests";
import { kindModule } from "./request-kinds";

/** The status changes staff may make from each status (resolved → in progress is a reopen). */
export const allowedMoves: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ["in_progress", "resolved"],
  in_progress: ["resolved"],
  resolved: ["in_progress"],
};

/**
 * Kinds whose status follows their own steps, never set by hand nor moved by a reply: an application's by its
 * steps, an appointment's by its booking (booked, cancelled, attended, no-show). Each kind's module says.
 */
export function followsOwnSteps(kind: RequestKind): boolean {
  return kindModule(kind).ownSteps !== null;
}
