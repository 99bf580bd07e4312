import type { RequestStatus } from "@/db/schema/requests";

/** The status changes staff may make from each status (resolved → in progress is a reopen). */
export const allowedMoves: Record<RequestStatus, readonly RequestStatus[]> = {
  submitted: ["in_progress", "resolved"],
  in_progress: ["resolved"],
  resolved: ["in_progress"],
};
