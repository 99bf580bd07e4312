import type { StatsFilter } from "@/db/queries/stats/filter";
import type { Period } from "@/lib/stats/period";
import type { StatsT } from "./types";

/** The period as a heading says it: 2025-03 月度, 2025-Q1 季度, a custom range's days. */
export function periodLabel(t: StatsT, period: Period): string {
  switch (period.kind) {
    case "month":
      return t("periodLabel.month", { month: period.month });
    case "quarter":
      return t("periodLabel.quarter", { quarter: period.quarter });
    case "year":
      return t("periodLabel.year", { year: period.year });
    case "custom":
      return t("periodLabel.custom", { from: period.from, last: period.last });
  }
}

/** Whose figures these are: one community, or the whole station. */
export function scopeLabel(t: StatsT, filter: StatsFilter, communities: { id: number; name: string }[]): string {
  const one = filter.communityId === null ? null : communities.find((c) => c.id === filter.communityId);
  return one ? t("scope.community", { name: one.name }) : t("scope.station", { count: communities.length });
}

/** A file name for a CSV: 统计-incidents-calls-2025-03.csv */
export function csvFileName(panel: string, table: string, period: Period): string {
  const when = period.kind === "custom" ? `${period.from}_${period.last}` : period.kind === "year" ? String(period.year) : period.kind === "quarter" ? period.quarter : period.month;
  return `stats-${panel}-${table}-${when}.csv`;
}
