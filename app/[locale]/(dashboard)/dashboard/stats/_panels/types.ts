import type { getTranslations } from "next-intl/server";
import type { Db } from "@/db";
import type { StatsFilter } from "@/db/queries/stats/filter";
import type { StaffUser } from "@/lib/authz";
import type { CsvCell } from "@/lib/csv";
import type { Locale } from "@/lib/i18n/locales";

export type StatsT = Awaited<ReturnType<typeof getTranslations<"stats">>>;

/**
 * One table of a panel: what the page shows under its chart, what the report prints and what its CSV holds
 * (the same cells, so the export cannot differ from the page).
 */
export interface StatsTable {
  id: string;
  caption: string;
  columns: string[];
  rows: CsvCell[][];
  /** a link for a row's first cell (a low rating's request) */
  links?: (string | null)[];
  /** what the figures mean: denominators, the population's source, counts too small to compare */
  notes?: string[];
}

export interface PanelContext {
  t: StatsT;
  locale: Locale;
  filter: StatsFilter;
}

export interface PanelView {
  tables: StatsTable[];
  chart?: React.ReactNode;
}

/**
 * A panel of the stats page: its query (db/queries/stats/<panel>.ts), how it shows (chart and tables) and, through
 * its tables, its CSV. Adding a domain's numbers (mediation, field work) is one more module in the list (index.ts).
 */
export interface StatsPanel<D = unknown> {
  id: string;
  title(t: StatsT): string;
  load(db: Db, user: StaffUser, filter: StatsFilter): Promise<D>;
  view(data: D, ctx: PanelContext): PanelView;
}

/** Declares a panel with its data type checked between load and view. */
export function panel<D>(definition: StatsPanel<D>): StatsPanel<D> {
  return definition;
}
