import type { PopulationFigure } from "@/db/queries/stats/populations";
import type { CsvCell } from "@/lib/csv";
import { changePercent, per10k, sharePercent, signedPercent, tooSmall } from "@/lib/stats/metrics";
import type { StatsT } from "./types";

/*
 * How a figure reads in a cell, the same on the page, in the report and in the CSV: a rate with its numerator
 * and denominator, a change only between counts large enough to compare.
 */

/** A change from one count to another: +12%, −75%, or "too few to compare" under 10. */
export function changeCell(t: StatsT, now: number, before: number): CsvCell {
  const percent = changePercent(now, before);
  return percent === null ? t("cells.tooFew") : signedPercent(percent);
}

/** Per 10,000 residents with what it divides: 12.3 (37/30000). */
export function rateCell(t: StatsT, count: number, population: PopulationFigure | null | number): CsvCell {
  const people = typeof population === "number" ? population : (population?.population ?? null);
  const rate = per10k(count, people);
  return rate === null ? t("cells.noPopulation") : `${rate} (${count}/${people})`;
}

/** A share with its parts: 85% (170/200), flagged when the whole is under 10. */
export function shareCell(t: StatsT, part: number, whole: number): CsvCell {
  const share = sharePercent(part, whole);
  if (share === null) return t("cells.none");
  return tooSmall(whole) ? t("cells.shareFew", { share, part, whole }) : `${share}% (${part}/${whole})`;
}

/** A duration, rounded, or a dash when there is none. */
export function durationCell(t: StatsT, value: number | null, unit: "minutes" | "hours"): CsvCell {
  if (value === null) return t("cells.none");
  return unit === "minutes" ? Math.round(value) : Math.round(value * 10) / 10;
}
