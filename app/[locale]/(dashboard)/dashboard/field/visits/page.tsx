import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listVisitOfficers, listVisits, loggedTimeByWeek } from "@/db/queries/field-visits";
import { fieldWorkScope, recordsFieldWork, seesFieldWork } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";

export const metadata: Metadata = { robots: { index: false } };

const WEEKS = 8;

/** 我的走访: the officer's own timeline and the field time they logged per week; the chief picks whose. */
export default async function VisitsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/visits">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user)) staffNotFound();
  const query = await searchParams;
  const db = await getDb();
  const chief = fieldWorkScope(user).kind === "station";
  const officers = chief ? await listVisitOfficers(db, user) : [];
  const officer = chief ? officers.find((o) => String(o.id) === query.officer) ?? officers[0] : { id: user.id, name: user.name };
  const page = Math.min(1000, Math.max(1, Number(query.page) || 1));
  const t = await getTranslations({ locale, namespace: "field.visits" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const format = await getFormatter({ locale });
  const [visits, weeks] = officer
    ? await Promise.all([
        listVisits(db, user, { officerId: officer.id, page }),
        loggedTimeByWeek(db, user, { officerId: officer.id, weeks: WEEKS, today: shanghaiDay(new Date()) }),
      ])
    : [{ rows: [], hasMore: false, page }, []];
  const time = (minutes: number) => (minutes >= 60 ? tc("hours", { h: Math.floor(minutes / 60), m: minutes % 60 }) : tc("minutes", { n: minutes }));
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{chief && officer ? t("titleOf", { name: officer.name }) : t("title")}</h1>
      {recordsFieldWork(user) ? (
        <Link href="/dashboard/field/visits/new" className="inline-flex min-h-12 items-center self-start rounded-lg bg-police-700 px-5 text-base font-semibold text-white">
          {t("new")}
        </Link>
      ) : null}
      {chief ? (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            {t("viewOf")}
            <select name="officer" defaultValue={officer ? String(officer.id) : ""} className="min-h-11 rounded border border-slate-400 bg-white px-2 text-base">
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} · {o.communityName}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-11 rounded bg-police-700 px-4 text-base font-semibold text-white">
            {t("chooseOfficer")}
          </button>
        </form>
      ) : null}
      <section aria-labelledby="logged-time" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="logged-time" className="text-lg font-bold">
          {t("loggedTime")}
        </h2>
        <p className="text-sm text-slate-600">{t("loggedTimeHint")}</p>
        <ul className="grid gap-1 text-base sm:grid-cols-2" aria-labelledby="logged-time">
          {weeks.map((w) => (
            <li key={w.week} className="flex justify-between gap-3 border-b border-slate-100 py-1" data-testid="logged-week">
              <span>{t("week", { day: w.week })}</span>
              <span className="font-semibold">{t("weekTotal", { visits: w.visits, time: time(w.minutes) })}</span>
            </li>
          ))}
        </ul>
      </section>
      {visits.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {visits.rows.map((v) => (
            <li key={v.id}>
              <Link href={`/dashboard/field/visits/${v.id}`} className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-3 hover:border-police-600">
                <span className="flex flex-wrap gap-2 text-sm text-slate-700">
                  <time dateTime={v.startedAt.toISOString()}>{format.dateTime(v.startedAt, { dateStyle: "short", timeStyle: "short" })}</time>
                  <span>{tc("minutes", { n: v.durationMinutes })}</span>
                  <span className="rounded bg-slate-100 px-2">{t(`outcomes.${v.outcome}`)}</span>
                </span>
                <span className="text-base font-semibold">
                  {t(`kinds.${v.kind}`)} · {v.careSubjectName ?? ([v.placeLabel, v.placeNote].filter(Boolean).join(" · ") || tc("noPlace"))}
                </span>
                {v.notes ? <span className="truncate text-base text-slate-700">{v.notes}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={t("listLabel")}>
        {visits.page > 1 ? (
          <Link href={{ query: { ...(chief && officer ? { officer: officer.id } : {}), page: visits.page - 1 } }} className="text-police-700 underline">
            {tc("previous")}
          </Link>
        ) : null}
        {visits.hasMore ? (
          <Link href={{ query: { ...(chief && officer ? { officer: officer.id } : {}), page: visits.page + 1 } }} className="text-police-700 underline">
            {tc("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
