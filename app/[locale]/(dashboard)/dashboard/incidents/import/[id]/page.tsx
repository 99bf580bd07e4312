import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { getIncidentImport } from "@/db/queries/incident-imports";
import { columnHeaders, type ImportColumn } from "@/lib/incidents/import-format";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { processImportAfterResponse } from "@/server/incident-imports";
import { ImportProgress } from "../../_components/import-progress";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/incidents/import/[id]">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "incidents" });
  return { title: t("importPage.title"), robots: { index: false } };
}

/**
 * An import's progress while the server processes it — a progress bar that polls with JavaScript, a page that
 * refreshes itself without — then its outcome: how many were imported and skipped, or every refused line.
 */
export default async function IncidentImportProgressPage({ params }: PageProps<"/[locale]/dashboard/incidents/import/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  if (!/^\d{1,9}$/.test(id)) staffNotFound();
  const found = await getIncidentImport(await getDb(), user, Number(id));
  if (!found) staffNotFound();
  // Interrupted by a restart: taken up again (processing is safe to repeat: it stores all or nothing).
  if (found.stalled) processImportAfterResponse(found.id);
  const t = await getTranslations({ locale, namespace: "incidents" });
  const inProgress = found.state === "queued" || found.state === "checking" || found.state === "saving";
  const headers = columnHeaders[locale];

  return (
    <main className="flex flex-col gap-5">
      {inProgress ? (
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
      <Link href="/dashboard/incidents/import" className="text-base font-semibold text-police-700 underline">
        {t("importProgress.again")}
      </Link>
      <h1 className="text-2xl font-bold text-police-900 break-all">{t("importProgress.title", { file: found.fileName })}</h1>
      {inProgress ? (
        <ClientMessages locale={locale} namespaces={["incidents"]}>
          <ImportProgress
            id={found.id}
            initial={{ state: found.state, stalled: found.stalled, totalRows: found.totalRows, checkedRows: found.checkedRows }}
          />
        </ClientMessages>
      ) : null}
      {found.state === "done" ? (
        <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <p role="status" className="text-lg font-semibold text-green-900">
            {t("importProgress.done", { inserted: found.insertedRows, skipped: found.skippedRows })}
          </p>
          <Link href="/dashboard/incidents" className="self-start font-semibold text-police-700 underline">
            {t("importProgress.toList")}
          </Link>
        </section>
      ) : null}
      {found.state === "failed" ? (
        <section aria-labelledby="import-errors" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <p role="alert" className="text-lg font-semibold text-red-800">
            {t("importProgress.failed", { count: found.errorCount })}
          </p>
          <h2 id="import-errors" className="text-lg font-bold">
            {t("importProgress.errorsTitle")}
          </h2>
          <ol className="flex flex-col gap-1 text-base">
            {found.errors.map((e, i) => (
              <li key={i}>
                {e.line > 0 ? <strong>{t("importProgress.line", { line: e.line })}</strong> : null}
                {e.column ? <span> · {t("importProgress.column", { column: headers[e.column as ImportColumn] ?? e.column })}</span> : null}
                <span>
                  {"："}
                  {t(`importErrors.${e.error as "noRows"}`, e.values as Record<string, string>)}
                </span>
              </li>
            ))}
          </ol>
          {found.errorCount > found.errors.length ? <p className="text-base">{t("importProgress.moreErrors", { count: found.errorCount - found.errors.length })}</p> : null}
        </section>
      ) : null}
    </main>
  );
}
