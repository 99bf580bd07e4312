import { stringify } from "csv-stringify/sync";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { exportCases } from "@/db/queries/mediation";
import { currentStaff } from "@/server/auth";
import { shanghaiDay } from "@/lib/calendar-day";
import { isLocale, defaultLocale } from "@/lib/i18n/locales";

/**
 * The cases the user may see as CSV for Excel (UTF-8 with BOM; a cell starting = + - @ is neutralized). Anyone
 * who may see none gets the same 404 as a missing page.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/mediation/export">) {
  const raw = (await params).locale;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const user = await currentStaff();
  const rows = user ? await exportCases(await getDb(), user) : null;
  if (!rows) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "mediation" });
  const day = (d: Date | null) => (d ? shanghaiDay(d) : "");
  const header = (["number", "year", "source", "type", "status", "community", "lead", "parties", "accepted", "closed", "agreementForm", "agreedOn", "referredTo", "performance"] as const).map((k) => t(`csv.${k}`));
  const body = rows.map((r) => [
    r.number,
    r.year,
    t(`sources.${r.source}`),
    t(`disputeTypes.${r.disputeType}`),
    t(`statuses.${r.status}`),
    r.communityName,
    r.leadName,
    r.parties,
    day(r.acceptedAt),
    day(r.closedAt),
    r.agreementForm ? t(`agreementForms.${r.agreementForm}`) : "",
    r.agreedOn ?? "",
    r.referredTo ? t(`referralRoutes.${r.referredTo}`) : "",
    r.followUpPerformance ? t(`performance.${r.followUpPerformance}`) : "",
  ]);
  const csv = stringify([header, ...body], { bom: true, escape_formulas: true });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="mediation-cases-${shanghaiDay(new Date())}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
