import { stringify } from "csv-stringify/sync";

/** One cell of an exported table: text, a number, or empty. */
export type CsvCell = string | number | null;

const BOM = "\uFEFF";

/**
 * A table as CSV for Excel in China: UTF-8 with a BOM (or Excel reads Chinese as mojibake), CRLF lines, and every
 * cell that starts with = + - @ (or a tab or carriage return) neutralized with a leading quote, so a spreadsheet
 * never runs a formula a resident or an import put into a field. Quoting is node-csv's.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + stringify([header, ...rows.map((row) => row.map((cell) => cell ?? ""))], { escape_formulas: true, record_delimiter: "windows" });
}

/** A CSV download: the file name is given both plainly (ASCII fallback) and UTF-8 encoded, for Chinese names. */
export function csvResponse(csv: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
