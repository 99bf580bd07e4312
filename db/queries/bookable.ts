import "server-only";
import { sql } from "drizzle-orm";
import { appointmentTemplates, services } from "../schema";

/**
 * Whether residents can book a service (for a query over `services`): it takes appointments *and* has an active
 * slot rule to make times from. Derived rather than stored: the administrator's flag only allows rules, and
 * officers switch their own rules on and off, so a stored "bookable" would drift from what the picker offers
 * (it did: 16 of 18 services said 可预约 and had no times). An `in` rather than a correlated `exists`: Drizzle
 * leaves columns unqualified in a one-table select, which a correlated subquery would misread.
 */
export const serviceBookable = sql<boolean>`(${services.appointment} and ${services.id} in (select ${appointmentTemplates.serviceId} from ${appointmentTemplates} where ${appointmentTemplates.active}))`;

/**
 * The cached public pages that say whether (and where) a service can be booked: refreshed after a change to a
 * slot rule or to the catalogue (route patterns: every page of each).
 */
export const BOOKABILITY_PAGES = [
  "/[locale]/(public)/services",
  "/[locale]/(public)/services/[slug]",
  "/[locale]/(public)/book/[service]",
  "/[locale]/(public)/book/[service]/[day]",
  "/[locale]/(public)/officers/[slug]/appointment",
];
