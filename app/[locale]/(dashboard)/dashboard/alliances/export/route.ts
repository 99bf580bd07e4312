import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { exportActivities } from "@/db/queries/alliances";
import { currentStaff } from "@/server/auth";
import { shanghaiDay } from "@/lib/calendar-day";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

/** The alliances' joint activities as CSV for Excel (UTF-8 with BOM, formula cells neutralized). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/alliances/export">) {
  const raw = (await params).locale;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const user = await currentStaff();
  const rows = user ? await exportActivities(await getDb(), user) : null;
  if (!rows) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "alliances" });
  const header = (["day", "alliance", "kind", "title", "participants", "outcome"] as const).map((k) => t(`csv.${k}`));
  const body = rows.map((r) => [r.heldOn, r.alliance, t(`kinds.${r.kind}`), r.title, r.participants, r.outcome]);
  return new Response(stringify([header, ...body], { bom: true, escape_formulas: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="alliance-activities-${shanghaiDay(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
