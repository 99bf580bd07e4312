import "server-only";
import { after } from "next/server";
import { getDb } from "@/db";
import { processIncidentImport, type ImportLabels } from "@/db/queries/incident-imports";
import { labelLookups } from "@/lib/incidents/import-format";
import { catalogues } from "@/messages";

/** Category and source names as the station's exports write them, in either language (from the catalogues). */
export function importLabels(): ImportLabels {
  return labelLookups(Object.values(catalogues).map((c) => ({ categories: c.stats.categories, sources: c.stats.sources })));
}

/**
 * Processes an import after the response has gone (the page shows its progress meanwhile). The import's state is
 * in the database, so an import cut short by a restart is taken up again by the next look at its page.
 */
export function processImportAfterResponse(id: number): void {
  after(async () => {
    await processIncidentImport(await getDb(), id, importLabels());
  });
}

/**
 * The text of an uploaded CSV: UTF-8 (with or without a BOM), or else GB18030, which is what Excel in China saves
 * "CSV" as. Null for what is neither (a spreadsheet file, an image).
 */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
      return text.includes("\u0000") ? null : text;
    } catch {
      return null;
    }
  }
}
