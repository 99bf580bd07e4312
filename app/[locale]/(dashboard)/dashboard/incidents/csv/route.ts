import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { exportIncidents, incidentCommunities } from "@/db/queries/incidents";
import { canSeeStats } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { csvResponse, toCsv } from "@/lib/csv";
import { isLocale, TIME_ZONE } from "@/lib/i18n/locales";
import { requireStaff } from "@/server/auth";
import { incidentListFilter } from "../_components/list-filter";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** The incidents of the list's filter (every page) as CSV. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/incidents/csv">) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFound();
  const user = await requireStaff();
  if (!canSeeStats(user)) return notFound();
  const db = await getDb();
  const communities = await incidentCommunities(db, user);
  const filter = incidentListFilter(Object.fromEntries(new URL(request.url).searchParams), shanghaiDay(new Date()), communities.map((c) => c.id));
  if (!filter) return notFound();
  const t = await getTranslations({ locale, namespace: "incidents" });
  const ts = await getTranslations({ locale, namespace: "stats" });
  const rows = await exportIncidents(db, user, filter);
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });
  const columns = ["externalId", "occurredAt", "community", "category", "source", "brief", "address", "place", "repeatAddress"] as const;
  return csvResponse(
    toCsv(
      columns.map((c) => t(`columns.${c}`)),
      rows.map((r) => [
        r.externalId,
        time.format(r.occurredAt),
        r.communityName,
        ts(`categories.${r.category}`),
        ts(`sources.${r.source}`),
        r.brief,
        r.address,
        r.placeName,
        r.repeatAddress ? t("yes") : t("no"),
      ]),
    ),
    `incidents-${filter.range.from}.csv`,
  );
}
