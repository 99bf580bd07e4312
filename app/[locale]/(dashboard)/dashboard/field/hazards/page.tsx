import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { hazardViews, listHazards, type HazardView } from "@/db/queries/field-hazards";
import { recordsFieldWork, seesFieldWork } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { HazardClockLine } from "./_components/hazard-clock-line";

export const metadata: Metadata = { robots: { index: false } };

/** 隐患排查: open, overdue, to re-inspect, closed — the overdue list is one tap away. */
export default async function HazardsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/hazards">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user)) staffNotFound();
  const query = await searchParams;
  const view: HazardView = hazardViews.find((v) => v === query.view) ?? "open";
  const page = Math.min(1000, Math.max(1, Number(query.page) || 1));
  const today = shanghaiDay(new Date());
  const list = await listHazards(await getDb(), user, { view, page, today });
  const t = await getTranslations({ locale, namespace: "field.hazards" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {recordsFieldWork(user) ? (
        <Link href="/dashboard/field/hazards/new" className="inline-flex min-h-12 items-center self-start rounded-lg bg-police-700 px-5 text-base font-semibold text-white">
          {t("new")}
        </Link>
      ) : null}
      <nav aria-label={t("listLabel")} className="flex flex-wrap gap-2">
        {hazardViews.map((v) => (
          <Link
            key={v}
            href={`/dashboard/field/hazards?view=${v}`}
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
          {list.rows.map((h) => (
            <li key={h.id}>
              <Link
                href={`/dashboard/field/hazards/${h.id}`}
                className={`flex flex-col gap-1 rounded-xl border bg-white p-3 hover:border-police-600 ${h.clock.overdue ? "border-l-4 border-red-500" : "border-slate-200"}`}
              >
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-mono font-semibold">#{h.id}</span>
                  <span className={`rounded px-2 py-0.5 ${h.severity === "major" ? "bg-red-700 font-semibold text-white" : "bg-slate-100"}`}>{t(`severities.${h.severity}`)}</span>
                  <span className="rounded bg-slate-100 px-2 py-0.5">{t(`categories.${h.category}`)}</span>
                  <span className="rounded bg-police-50 px-2 py-0.5 text-police-900">{t(`statuses.${h.status}`)}</span>
                  <span className="text-slate-700">{h.communityName}</span>
                </span>
                <span className="text-base font-semibold">{[h.placeLabel, h.placeNote].filter(Boolean).join(" · ") || tc("noPlace")}</span>
                <span className="truncate text-base">{h.description}</span>
                <HazardClockLine locale={locale} status={h.status} deadline={h.deadline} clock={h.clock} />
              </Link>
            </li>
          ))}
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
