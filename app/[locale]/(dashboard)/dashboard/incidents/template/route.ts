import { csvResponse, toCsv } from "@/lib/csv";
import { columnHeaders, importColumns } from "@/lib/incidents/import-format";
import { isLocale } from "@/lib/i18n/locales";

/** The import template: the header row in the reader's language (either language's header is accepted). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/dashboard/incidents/template">) {
  const { locale } = await params;
  const headers = columnHeaders[isLocale(locale) ? locale : "zh-CN"];
  return csvResponse(toCsv(importColumns.map((c) => headers[c]), []), locale === "en" ? "incidents-template.csv" : "警情导入模板.csv");
}
