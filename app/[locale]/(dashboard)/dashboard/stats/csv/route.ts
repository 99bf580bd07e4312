import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { csvResponse, toCsv } from "@/lib/csv";
import { isLocale } from "@/lib/i18n/locales";
import { requireStaff } from "@/server/auth";
import { findPanel } from "../_panels";
import { csvFileName } from "../_panels/labels";
import { resolveStatsFilter } from "../_panels/resolve";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** One table of one panel as CSV, for the same filter as the page (the same cells the page shows). */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/dashboard/stats/csv">) {
  const { locale } = await params;
  if (!isLocale(locale)) return notFound();
  const user = await requireStaff();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const panel = findPanel(query.panel ?? "");
  if (!panel) return notFound();
  const db = await getDb();
  const resolved = await resolveStatsFilter(db, user, query, new Date());
  if (!resolved) return notFound();
  const t = await getTranslations({ locale, namespace: "stats" });
  const view = panel.view(await panel.load(db, user, resolved.filter), { t, locale, filter: resolved.filter });
  const table = view.tables.find((tb) => tb.id === query.table);
  if (!table) return notFound();
  return csvResponse(toCsv(table.columns, table.rows), csvFileName(panel.id, table.id, resolved.filter.period));
}
