import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/ui/form-alert";
import { inputClass } from "@/components/ui/field";
import { getDb } from "@/db";
import { listIncidentImports } from "@/db/queries/incident-imports";
import { canImportIncidents } from "@/lib/authz";
import { importColumns } from "@/lib/incidents/import-format";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/incidents/import">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "incidents" });
  return { title: t("importPage.title"), robots: { index: false } };
}

const UPLOAD_ERRORS = ["tooLarge", "noFile", "notText"] as const;

/** 导入警情: the template, the upload form (a plain multipart post to /api/incidents/import) and the latest imports. */
export default async function IncidentImportPage({ params, searchParams }: PageProps<"/[locale]/dashboard/incidents/import">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!canImportIncidents(user)) staffNotFound();
  const imports = await listIncidentImports(await getDb(), user);
  const t = await getTranslations({ locale, namespace: "incidents" });
  const asked = (await searchParams).error;
  const error = UPLOAD_ERRORS.find((e) => e === asked);
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });

  return (
    <main className="flex flex-col gap-5">
      <Link href="/dashboard/incidents" className="text-base font-semibold text-police-700 underline">
        {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-police-900">{t("importPage.title")}</h1>
      <p className="text-base text-slate-700">{t("importPage.intro")}</p>
      <section aria-labelledby="import-columns" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="import-columns" className="text-lg font-bold">
          {t("importPage.columnsTitle")}
        </h2>
        <ul className="list-disc pl-5 text-base">
          {importColumns.map((c) => (
            <li key={c}>{t(`importPage.columnHelp.${c}`)}</li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{t("importPage.templateHint")}</p>
        <a href="/dashboard/incidents/template" download className="self-start text-base font-semibold text-police-700 underline">
          {t("importPage.template")}
        </a>
      </section>
      <form method="post" action="/api/incidents/import" encType="multipart/form-data" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <FormAlert message={error ? t(`importPage.${error}`) : undefined} />
        <label htmlFor="import-file" className="text-base font-medium">
          {t("importPage.file")}
        </label>
        <p id="import-file-hint" className="text-sm text-slate-600">
          {t("importPage.fileHint")}
        </p>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint" className={inputClass} />
        <button type="submit" className="min-h-12 rounded-lg bg-police-700 px-5 text-base font-semibold text-white hover:bg-police-800 sm:self-start">
          {t("importPage.submit")}
        </button>
      </form>
      <section aria-labelledby="import-recent" className="flex flex-col gap-2">
        <h2 id="import-recent" className="text-lg font-bold">
          {t("importPage.recent")}
        </h2>
        {imports.length === 0 ? (
          <p className="rounded-lg bg-white p-4 text-base">{t("importPage.noImports")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {imports.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-3">
                <span className="flex flex-col">
                  <span className="font-semibold break-all">{i.fileName}</span>
                  <span className="text-sm text-slate-700">
                    {time.format(i.createdAt)} · {t(`importStates.${i.stalled ? "stalled" : i.state}`)}
                    {i.state === "done" ? ` · ${t("importProgress.done", { inserted: i.insertedRows, skipped: i.skippedRows })}` : ""}
                  </span>
                </span>
                <Link href={`/dashboard/incidents/import/${i.id}`} className="font-semibold text-police-700 underline">
                  {t("importPage.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
