/*
 * Honest numbers: a rate carries its numerator and denominator, a change is shown only between counts large
 * enough to compare, and a minus sign that no spreadsheet mistakes for a formula.
 */

/** Counts below this are flagged as too small to compare (a change from 2 to 1 is not a 50% fall). */
export const SMALL_COUNT = 10;

export function tooSmall(count: number): boolean {
  return count < SMALL_COUNT;
}

/** Incidents per 10,000 residents, to one decimal; null without a population figure. */
export function per10k(count: number, population: number | null): number | null {
  if (!population || population <= 0) return null;
  return Math.round((count * 100_000) / population) / 10;
}

/** The change from `before` to `now` in whole percent, or null when either count is too small to compare. */
export function changePercent(now: number, before: number): number | null {
  if (tooSmall(now) || tooSmall(before)) return null;
  return Math.round(((now - before) * 100) / before);
}

/** A signed percentage as shown and exported: +12%, −75% (U+2212, never read as a formula), 0%. */
export function signedPercent(percent: number): string {
  if (percent > 0) return `+${percent}%`;
  if (percent < 0) return `\u2212${-percent}%`;
  return "0%";
}

/** A share as a whole percentage, or null when there is nothing to divide by. */
export function sharePercent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : null;
}
