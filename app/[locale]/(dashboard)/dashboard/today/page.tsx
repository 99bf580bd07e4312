import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { fieldWorkScope, recordsFieldWork, seesFieldWork } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { dayRoute } from "@/lib/day-route";
import { dayLabel } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { daySections } from "@/server/officer-day/sections";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/today">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "field.today" });
  return { title: t("title"), robots: { index: false } };
}

const tone = {
  overdue: "border-l-4 border-red-500",
  today: "border-l-4 border-amber-400",
  later: "border-slate-200",
} as const;

/**
 * 我的今天: what an officer opens first — every section's items due today or overdue, grouped by compound so
 * the day reads as a route; the chief's is the same for every community.
 */
export default async function TodayPage({ params }: PageProps<"/[locale]/dashboard/today">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user)) staffNotFound();
  const db = await getDb();
  const now = new Date();
  const today = shanghaiDay(now);
  const sections = daySections.filter((s) => s.applies(user));
  // One after another: on the embedded database queries queue anyway, and PostgreSQL answers each in milliseconds.
  const results = [];
  for (const section of sections) results.push(await section.load({ db, user, now, today, locale }));
  const route = dayRoute(results.flatMap((r) => r.items));
  const t = await getTranslations({ locale, namespace: "field.today" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const chief = fieldWorkScope(user).kind === "station";
  const records = recordsFieldWork(user);
  const showCommunities = chief || route.length > 1;
  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">
        {chief ? t("titleChief") : t("title")} · {dayLabel(today, locale)}
      </h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <nav aria-label={t("title")} className="flex flex-wrap gap-2">
        {records ? (
          <>
            <Link href="/dashboard/field/visits/new" className="inline-flex min-h-12 items-center rounded-lg bg-police-700 px-4 text-base font-semibold text-white">
              {t("logVisit")}
            </Link>
            <Link href="/dashboard/field/hazards/new" className="inline-flex min-h-12 items-center rounded-lg border border-police-700 bg-white px-4 text-base font-semibold text-police-700">
              {t("reportHazard")}
            </Link>
          </>
        ) : null}
        <Link href="/dashboard/field/care" className="inline-flex min-h-12 items-center rounded-lg border border-police-700 bg-white px-4 text-base font-semibold text-police-700">
          {t("careList")}
        </Link>
        <Link href="/dashboard/field/visits" className="inline-flex min-h-12 items-center rounded-lg border border-police-700 bg-white px-4 text-base font-semibold text-police-700">
          {t("myVisits")}
        </Link>
      </nav>
      <section aria-label={t("sectionsLabel")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {results.map((r) => (
            <li key={r.title} className="rounded-full bg-white px-3 py-1">
              {r.title} · {t("stopCount", { n: r.more?.total ?? r.items.length })}
              {r.more ? (
                <>
                  {" "}
                  <Link href={r.more.href} className="text-police-700 underline">
                    {tc("more", { n: r.more.total - r.items.length })}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {route.length === 0 ? <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p> : null}
      <div aria-label={t("routeLabel")} className="flex flex-col gap-5">
        {route.map((community) => (
          <section key={community.communityName || "station"} aria-label={community.communityName || t("station")} className="flex flex-col gap-3">
            {showCommunities ? <h2 className="text-xl font-bold">{community.communityName || t("station")}</h2> : null}
            {community.stops.map((stop) => (
              <div key={stop.key} className="flex flex-col gap-2" data-testid="day-stop">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="text-lg font-semibold">
                    {stop.placeName ?? t("office")} · {t("stopCount", { n: stop.items.length })}
                  </h3>
                  {records && stop.placeId !== null ? (
                    <Link href={`/dashboard/field/visits/new?place=${stop.placeId}`} className="inline-flex min-h-10 items-center text-base text-police-700 underline">
                      {t("logVisitHere")}
                    </Link>
                  ) : null}
                </div>
                <ul className="flex flex-col gap-2">
                  {stop.items.map((item) => (
                    <li key={item.key}>
                      <Link href={item.href} className={`flex flex-col gap-1 rounded-xl border bg-white p-3 hover:border-police-600 ${tone[item.urgency]}`}>
                        <span className="flex flex-wrap items-center gap-2 text-sm">
                          <span className="rounded bg-slate-100 px-2 py-0.5">{item.section}</span>
                          <span className={item.urgency === "overdue" ? "font-semibold text-red-800" : "text-slate-700"}>{item.dueLabel}</span>
                        </span>
                        <span className="break-words text-base font-semibold">{item.title}</span>
                        {item.detail ? <span className="break-words text-sm text-slate-700">{item.detail}</span> : null}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </div>
    </main>
  );
}
