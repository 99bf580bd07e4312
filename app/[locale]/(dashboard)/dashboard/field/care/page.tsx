import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { careViews, listCareSubjects, type CareView } from "@/db/queries/care-subjects";
import { recordsFieldWork, seesCareSubjects } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { ageInYear } from "@/lib/field-work";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";

export const metadata: Metadata = { robots: { index: false } };

/** 关爱对象: who is due a visit this week, who is overdue, everyone; never a phone number here. */
export default async function CareSubjectsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/care">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!seesCareSubjects(user)) staffNotFound();
  const query = await searchParams;
  const view: CareView = careViews.find((v) => v === query.view) ?? "due";
  const page = Math.min(1000, Math.max(1, Number(query.page) || 1));
  const today = shanghaiDay(new Date());
  const list = await listCareSubjects(await getDb(), user, { view, page, today });
  const t = await getTranslations({ locale, namespace: "field.care" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const format = await getFormatter({ locale });
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {recordsFieldWork(user) ? (
        <Link href="/dashboard/field/care/new" className="inline-flex min-h-12 items-center self-start rounded-lg bg-police-700 px-5 text-base font-semibold text-white">
          {t("new")}
        </Link>
      ) : null}
      <nav aria-label={t("listLabel")} className="flex flex-wrap gap-2">
        {careViews.map((v) => (
          <Link
            key={v}
            href={`/dashboard/field/care?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            className="min-h-10 rounded-full border border-police-700 px-3 py-1.5 text-base text-police-700 aria-[current=page]:bg-police-700 aria-[current=page]:text-white"
          >
            {t(`views.${v}`)} ({list.counts[v]})
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-2">
          {list.rows.map((c) => {
            const overdue = c.nextVisitDue < today;
            return (
              <li key={c.id}>
                <Link
                  href={`/dashboard/field/care/${c.id}`}
                  className={`flex flex-col gap-1 rounded-xl border bg-white p-3 hover:border-police-600 ${overdue ? "border-l-4 border-red-500" : "border-slate-200"}`}
                >
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <span className={`rounded px-2 py-0.5 ${c.riskLevel === "high" ? "bg-red-700 font-semibold text-white" : "bg-slate-100"}`}>{t(`riskLevels.${c.riskLevel}`)}</span>
                    <span className="rounded bg-slate-100 px-2 py-0.5">{t(`categories.${c.category}`)}</span>
                    <span className="text-slate-700">{c.communityName}</span>
                  </span>
                  <span className="text-base font-semibold">
                    {c.name} · {t("age", { age: ageInYear(c.birthYear, today) })}
                  </span>
                  <span className="text-base text-slate-700">{[c.placeLabel, c.address].filter(Boolean).join(" ") || tc("noPlace")}</span>
                  <span className={`text-sm ${overdue ? "font-semibold text-red-800" : "text-slate-700"}`} data-testid="care-due">
                    {overdue ? t("overdueSince", { day: c.nextVisitDue }) : t("nextDue", { day: c.nextVisitDue })} ·{" "}
                    {c.lastVisitedAt ? t("lastVisit", { time: format.dateTime(c.lastVisitedAt, { dateStyle: "short" }) }) : t("neverVisited")}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={t("listLabel")}>
        {list.page > 1 ? (
          <Link href={{ query: { view, page: list.page - 1 } }} className="text-police-700 underline">
            {tc("previous")}
          </Link>
        ) : null}
        {list.hasMore ? (
          <Link href={{ query: { view, page: list.page + 1 } }} className="text-police-700 underline">
            {tc("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
