import type { Db } from "@/db";
import type { StaffUser } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

/*
 * The officer's day (我的今天) is a list of sections (sections.ts). Each section loads its own items — what is
 * due today or overdue in one domain — already worded for the reader; the page puts every section's items
 * together by compound so the day reads as a route. A domain adds a section with one module and one line.
 */

export interface DayContext {
  db: Db;
  user: StaffUser;
  now: Date;
  /** Today in Beijing (YYYY-MM-DD). */
  today: string;
  locale: Locale;
}

/** Where an item is on the route: its compound (or the place itself when it has no compound), or nowhere. */
export interface DayStop {
  communityName: string;
  /** null: at the office or online (a request to answer, an appointment), or no place recorded. */
  placeId: number | null;
  placeName: string | null;
}

export interface DayItem {
  key: string;
  /** The section's name, shown as the item's tag. */
  section: string;
  title: string;
  detail: string;
  href: string;
  /** overdue first, then due today, then the rest (this week, tonight). */
  urgency: "overdue" | "today" | "later";
  dueLabel: string;
  stop: DayStop;
  /** Order within a stop (epoch ms of when it is due). */
  sortKey: number;
}

export interface DaySectionResult {
  title: string;
  items: DayItem[];
  /** More than the section shows: how many in all, and the list that has them. */
  more?: { total: number; href: string };
}

export interface DaySection {
  id: string;
  /** Whether this user has this section at all (an auxiliary has no deliveries round, say). */
  applies(user: StaffUser): boolean;
  /** The section's items, worded in ctx.locale (its own catalogue namespace), at most ITEMS_PER_SECTION. */
  load(ctx: DayContext): Promise<DaySectionResult>;
}

/** How many items one section shows on the day page; the rest are a tap away on its own list. */
export const ITEMS_PER_SECTION = 40;
