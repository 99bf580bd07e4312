import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listCases } from "@/db/queries/mediation";
import { listOverdueFollowUps } from "@/db/queries/mediation-work";
import { mediationStatuses } from "@/db/schema";
import { requireStaff } from "@/server/auth";
import { canManageCommittee, canTakeInCases } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { caseClock } from "@/lib/mediation";
import { staffNotFound } from "@/lib/not-found";
import { caseListFilters } from "@/lib/validation/mediation-forms";
import { dayInstant } from "@/lib/day-instant";
import { StatusPill } from "./_components/status-pill";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/mediation">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "mediation" });
  return { title: t("title"), robots: { index: false } };
}

/** The committee's cases the user may see: all of the station's for the chief and its officers, a mediator's own. */
export default async function MediationCasesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/mediation">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const filters = caseListFilters.parse(await searchParams);
  const now = new Date();
  const list = await listCases(db, user, filters);
  if (!list) staffNotFound();
  const overdue = await listOverdueFollowUps(db, user, now);
  const t = await getTranslations({ locale, namespace: "mediation" });
  const format = await getFormatter({ locale });
  const kept = (page: number) => {
    const search = new URLSearchParams();
    if (filters.status) search.set("status", filters.status);
    if (filters.year) search.set("year", String(filters.year));
    search.set("page", String(page));
    return `/dashboard/mediation?${search}`;
  };

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <p className="flex flex-wrap gap-4 text-base">
        {canTakeInCases(list.scope) ? (
          <Link href="/dashboard/mediation/new" className="font-semibold text-police-700 underline">
            {t("newCase")}
          </Link>
        ) : null}
        {canManageCommittee(list.scope) ? (
          <Link href="/dashboard/mediation/committee" className="font-semibold text-police-700 underline">
            {t("committee")}
          </Link>
        ) : null}
        <a href="/dashboard/mediation/export" className="font-semibold text-police-700 underline" download>
          {t("exportCsv")}
        </a>
      </p>
      {overdue.length > 0 ? (
        <section aria-labelledby="overdue-follow-ups" className="flex flex-col gap-2 rounded-2xl border border-red-200 bg-red-50 p-4">
          <h2 id="overdue-follow-ups" className="text-lg font-bold text-red-900">
            {t("overdueFollowUps")}
          </h2>
          <ul className="flex flex-col gap-1">
            {overdue.slice(0, 20).map((f) => (
              <li key={f.followUpId}>
                <Link href={`/dashboard/mediation/${f.caseId}`} className="break-words text-base text-police-700 underline">
                  {t("overdueFollowUpLine", { number: f.number, day: format.dateTime(dayInstant(f.dueOn), { dateStyle: "medium" }), lead: f.leadName })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form method="get" aria-label={t("filters")} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          {t("filterStatus")}
          <select name="status" defaultValue={filters.status ?? ""} className="min-h-11 rounded border border-slate-400 bg-white px-2 text-base">
            <option value="">{t("allStatuses")}</option>
            {mediationStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t("filterYear")}
          <select name="year" defaultValue={filters.year ? String(filters.year) : ""} className="min-h-11 rounded border border-slate-400 bg-white px-2 text-base">
            <option value="">{t("allYears")}</option>
            {list.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-lg border border-police-700 px-4 text-base font-semibold text-police-700">
          {t("apply")}
        </button>
      </form>
      {list.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul aria-label={t("casesLabel")} className="flex flex-col gap-2">
          {list.rows.map((row) => {
            const clock = caseClock(row, now);
            return (
              <li key={row.id} className="rounded-xl border border-slate-200 bg-white p-3">
                <Link href={`/dashboard/mediation/${row.id}`} className="flex flex-col gap-1">
                  <span className="flex flex-wrap items-center gap-2 text-base font-semibold text-police-800 underline-offset-4">
                    <span className="break-all">{row.number}</span>
                    <StatusPill status={row.status} label={t(`statuses.${row.status}`)} />
                  </span>
                  <span className="break-words text-base">
                    {t(`disputeTypes.${row.disputeType}`)} · {row.parties}
                  </span>
                  <span className="text-sm text-slate-700">
                    {row.communityName} · {t("mediatorsLine", { lead: row.leadName, others: row.secondName ? format.list([row.secondName, row.thirdName].filter((n): n is string => n !== null)) : "none" })} · {t("acceptedLine", { date: format.dateTime(row.acceptedAt, { dateStyle: "medium" }) })}
                    {clock.state === "running" ? ` · ${t("case.daysLeft", { days: clock.daysLeft })}` : null}
                  </span>
                  {clock.state === "overdue" ? <span className="text-sm font-semibold text-red-800">{t("case.overdue", { days: clock.daysOver })}</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label={t("pageOf", { page: filters.page })} className="flex gap-4 text-base">
        {filters.page > 1 ? (
          <Link href={kept(filters.page - 1)} className="text-police-700 underline">
            {t("previous")}
          </Link>
        ) : null}
        {list.hasMore ? (
          <Link href={kept(filters.page + 1)} className="text-police-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
