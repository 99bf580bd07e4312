import type { IncidentCategory } from "@/db/schema/incidents";

/*
 * What the station counts. Calls (接报警情) are every recorded incident but an invalid call (a pocket dial, a
 * prank): those are counted apart, so that fewer invalid calls never reads as less need. Cases are the
 * criminal and public-order ones (刑事、治安案件) — the figures the community officer model is judged by.
 */
export const CASE_CATEGORIES: readonly IncidentCategory[] = ["criminal", "public_order"];
export const INVALID_CATEGORY: IncidentCategory = "invalid";

export function isCall(category: IncidentCategory): boolean {
  return category !== INVALID_CATEGORY;
}

export function isCase(category: IncidentCategory): boolean {
  return CASE_CATEGORIES.includes(category);
}

/** How many incidents at one address within how many days make it a repeat address worth a look. */
export const REPEAT_ADDRESS = { incidents: 3, days: 90 } as const;
