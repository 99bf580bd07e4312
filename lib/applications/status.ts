import type { ApplicationStatus } from "@/db/schema/applications";
import type { RequestStatus } from "@/db/schema/requests";

/*
 * The steps of a service application. Staff move it along; the resident moves it back from "needs
 * information" to "reviewing" by answering, and from "ready for collection" to "ready for delivery" by asking
 * for an evening delivery. Completed and refused are final.
 */

const STAFF_STEPS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ["reviewing", "needs_info", "ready_for_collection", "ready_for_delivery", "refused"],
  reviewing: ["needs_info", "ready_for_collection", "ready_for_delivery", "refused"],
  needs_info: ["reviewing", "refused"],
  ready_for_collection: ["ready_for_delivery", "completed"],
  // Completed by recording the delivery (with the recipient's name), or here when the resident came instead.
  ready_for_delivery: ["ready_for_collection", "completed"],
  completed: [],
  refused: [],
};

/** Where staff may move an application from its current step. */
export function staffSteps(from: ApplicationStatus): readonly ApplicationStatus[] {
  return STAFF_STEPS[from];
}

/** Steps that need words for the resident: the question to answer, or the reason for a refusal. */
export function stepNeedsText(to: ApplicationStatus): boolean {
  return to === "needs_info" || to === "refused";
}

/** The request's own status (the queue's and the tracking page's) for each step of the application. */
export function requestStatusOf(status: ApplicationStatus): RequestStatus {
  if (status === "received") return "submitted";
  if (status === "completed" || status === "refused") return "resolved";
  return "in_progress";
}

/** Whether the resident may still send documents (or replace one). */
export function takesDocuments(status: ApplicationStatus): boolean {
  return status === "received" || status === "reviewing" || status === "needs_info";
}

/** Whether the resident may ask for (or change) an evening delivery. */
export function deliverable(status: ApplicationStatus): boolean {
  return status === "ready_for_collection" || status === "ready_for_delivery";
}

/** Steps that say the certificate is done: before them, staff confirm when a required document is missing. */
export function declaresReady(to: ApplicationStatus): boolean {
  return to === "ready_for_collection" || to === "ready_for_delivery";
}
