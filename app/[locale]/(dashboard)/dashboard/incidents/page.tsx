import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { incidentCommunities, INCIDENT_PAGE_SIZE, listIncidents } from "@/db/queries/incidents";
import { incidentCategories } from "@/db/schema";
import { canImportIncidents, canRecordIncident, canSeeStats, seesStationStats } from "@/lib/authz";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { TIME_ZONE, type Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { incidentListFilter, listQuery } from "./_components/list-filter";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/incidents">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "incidents" });
  return { title: t("title"), robots: { index: false } };
}

const control = "min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base";

/** 警情: the incidents of the user's community (the chief's: the station's), newest first, repeat addresses flagged. */
export default async function IncidentsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/incidents">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!canSeeStats(user)) staffNotFound();
  const db = await getDb();
  const communities = await incidentCommunities(db, user);
  const query = await searchParams;
  const filter = incidentListFilter(query, shanghaiDay(new Date()), communities.map((c) => c.id));
  if (!filter) staffNotFound();
  const { total, rows } = await listIncidents(db, user, filter);
  const t = await getTranslations({ locale, namespace: "incidents" });
  const ts = await getTranslations({ locale, namespace: "stats" });
  const pages = Math.max(1, Math.ceil(total / INCIDENT_PAGE_SIZE));
  const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });
  const done = query.done === "recorded";

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {done ? <FormAlert tone="success" message={t("form.saved")} /> : null}
      <div className="flex flex-wrap gap-3">
        {canRecordIncident(user) ? (
          <Link href="/dashboard/incidents/new" className="min-h-12 rounded-lg bg-police-700 px-4 py-3 text-base font-semibold text-white hover:bg-police-800">
            {t("record")}
          </Link>
        ) : null}
        {canImportIncidents(user) ? (
          <Link href="/dashboard/incidents/import" className="min-h-12 rounded-lg border border-police-700 px-4 py-3 text-base font-semibold text-police-700 hover:bg-police-50">
            {t("import")}
          </Link>
        ) : null}
      </div>
      <form method="get" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <legend className="mb-2 text-lg font-bold">{t("filters.legend")}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="incidents-from" className="text-base font-medium">
              {t("filters.from")}
            </label>
            <input type="date" id="incidents-from" name="from" defaultValue={filter.range.from} className={control} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="incidents-to" className="text-base font-medium">
              {t("filters.to")}
            </label>
            <input type="date" id="incidents-to" name="to" defaultValue={addDays(filter.range.until, -1)} className={control} />
          </div>
          {seesStationStats(user) ? (
            <div className="flex flex-col gap-1">
              <label htmlFor="incidents-community" className="text-base font-medium">
                {t("filters.community")}
              </label>
              <select id="incidents-community" name="community" defaultValue={filter.communityId === null ? "" : String(filter.communityId)} className={control}>
                <option value="">{t("filters.allCommunities")}</option>
                {communities.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="flex flex-col gap-1">
            <label htmlFor="incidents-category" className="text-base font-medium">
              {t("filters.category")}
            </label>
            <select id="incidents-category" name="category" defaultValue={filter.category ?? ""} className={control}>
              <option value="">{t("filters.allCategories")}</option>
              {incidentCategories.map((c) => (
                <option key={c} value={c}>
                  {ts(`categories.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <button type="submit" className="min-h-12 rounded-lg bg-police-700 px-5 text-base font-semibold text-white hover:bg-police-800 sm:self-start">
          {t("filters.show")}
        </button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-base font-semibold">{t("list.count", { total })}</p>
        <a href={`/dashboard/incidents/csv?${listQuery(filter)}`} download className="text-base font-semibold text-police-700 underline">
          {t("csv")}
        </a>
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("list.empty")}</p>
      ) : (
        <ul aria-label={t("title")} className="flex flex-col gap-2">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-3">
              <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <time dateTime={r.occurredAt.toISOString()}>{time.format(r.occurredAt)}</time>
                <span>· {r.communityName}</span>
                <span className="rounded bg-police-50 px-2 font-semibold text-police-800">{ts(`categories.${r.category}`)}</span>
                <span>{ts(`sources.${r.source}`)}</span>
                {r.externalId ? <span className="text-slate-500">{r.externalId}</span> : null}
              </span>
              <span className="text-base">{r.brief}</span>
              {r.address ? (
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <span>{r.address}</span>
                  {r.placeName ? <span className="text-slate-600">({r.placeName})</span> : null}
                  {r.repeatAddress ? <strong className="rounded bg-amber-100 px-2 text-amber-900">{t("list.repeatAddress")}</strong> : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t("list.pages")} className="flex flex-wrap items-center gap-4 text-base">
          {filter.page > 1 ? (
            <Link href={`/dashboard/incidents?${listQuery(filter, { page: String(filter.page - 1) })}`} className="font-semibold text-police-700 underline">
              {t("list.previous")}
            </Link>
          ) : null}
          <span>{t("list.pageOf", { page: filter.page, pages })}</span>
          {filter.page < pages ? (
            <Link href={`/dashboard/incidents?${listQuery(filter, { page: String(filter.page + 1) })}`} className="font-semibold text-police-700 underline">
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </main>
  );
}
