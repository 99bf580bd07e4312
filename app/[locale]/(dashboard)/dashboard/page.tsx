import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReopenedBadge, StatusBadge } from "@/components/status-badge";
import { getDb } from "@/db";
import { listQueue, listVisibleCommunities, queueViews, type QueueView } from "@/db/queries/queue";
import { requireStaff } from "@/lib/auth";
import { canUseQueue, seesAllCommunities } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

export default async function QueuePage({ params, searchParams }: PageProps<"/[locale]/dashboard">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const t = await getTranslations({ locale, namespace: "queue" });
  const ta = await getTranslations({ locale, namespace: "applications" });
  if (!canUseQueue(user)) {
    return <p className="rounded-lg bg-white p-4 text-base">{t("noQueue")}</p>;
  }
  const query = await searchParams;
  const view: QueueView = queueViews.find((v) => v === query.view) ?? "open";
  const communityId = seesAllCommunities(user) ? Number(query.community) || undefined : undefined;
  const page = Math.min(1000, Math.max(1, Number(query.page) || 1));
  const db = await getDb();
  const [queue, communities] = await Promise.all([
    listQueue(db, user, { view, communityId, page }),
    listVisibleCommunities(db, user),
  ]);
  const format = await getFormatter({ locale });
  const now = new Date();

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">
        {seesAllCommunities(user) ? t("titleAll") : t("titleCommunity", { community: communities[0]?.name ?? "" })}
      </h1>
      {/* A GET form: filters work without JavaScript and the URL can be bookmarked. */}
      <form className="flex flex-wrap items-end gap-3" method="get">
        <label className="flex flex-col text-sm">
          {t("view")}
          <select name="view" defaultValue={view} className="min-h-11 rounded border border-slate-400 bg-white px-2 text-base">
            {queueViews.map((v) => (
              <option key={v} value={v}>
                {t(`views.${v}`)}
              </option>
            ))}
          </select>
        </label>
        {seesAllCommunities(user) ? (
          <label className="flex flex-col text-sm">
            {t("community")}
            <select name="community" defaultValue={communityId ?? ""} className="min-h-11 rounded border border-slate-400 bg-white px-2 text-base">
              <option value="">{t("allCommunities")}</option>
              {communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="min-h-11 rounded bg-police-700 px-4 text-base font-semibold text-white">
          {t("apply")}
        </button>
      </form>
      {queue.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t("listLabel")}>
          {queue.rows.map((row) => (
            <li key={row.id}>
              <Link
                href={`/dashboard/requests/${row.id}`}
                // Opening a tip is audited: only a real visit should open it, not a prefetch.
                prefetch={row.kind === "tip" ? false : undefined}
                className={`flex flex-col gap-1 rounded-xl border bg-white p-3 hover:border-police-600 ${row.overdue ? "border-red-500 border-l-4" : row.unanswered ? "border-amber-400" : "border-slate-200"}`}
              >
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-mono font-semibold">{row.referenceCode}</span>
                  <span className={`rounded px-2 py-0.5 ${row.kind === "help" && row.status !== "resolved" ? "bg-red-700 font-semibold text-white" : "bg-slate-100"}`}>
                    {t(`kinds.${row.kind}`)}
                  </span>
                  <StatusBadge locale={locale} status={row.status} />
                  {row.reopened ? <ReopenedBadge label={t("reopened")} /> : null}
                  {row.applicationStatus ? <span className="rounded bg-police-50 px-2 py-0.5 text-police-900">{ta(`statuses.${row.applicationStatus}`)}</span> : null}
                  {row.overdue ? (
                    <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-800">{t("overdue")}</span>
                  ) : row.unanswered ? (
                    <span className="font-semibold text-amber-800">{t("unanswered")}</span>
                  ) : null}
                  <span className="text-slate-700">
                    {format.relativeTime(row.createdAt, now)} · {row.communityName}
                  </span>
                </span>
                {row.unanswered ? (
                  <span className={`text-sm ${row.overdue ? "font-semibold text-red-800" : "text-slate-700"}`}>
                    <time dateTime={row.dueAt.toISOString()}>
                      {t(row.overdue ? "overdueSince" : "dueAt", { time: format.dateTime(row.dueAt, { dateStyle: "short", timeStyle: "short" }) })}
                    </time>
                  </span>
                ) : null}
                <span className="truncate text-base">{row.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={t("pages")}>
        {queue.page > 1 ? (
          <Link href={{ query: { ...query, page: queue.page - 1 } }} className="text-police-700 underline">
            {t("previous")}
          </Link>
        ) : null}
        {queue.hasMore ? (
          <Link href={{ query: { ...query, page: queue.page + 1 } }} className="text-police-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
