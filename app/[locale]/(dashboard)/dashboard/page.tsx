import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReopenedBadge, StatusBadge } from "./_components/status-badge";
import { getDb } from "@/db";
import { listQueue, listVisibleCommunities, queueViews, type QueueView } from "@/db/queries/queue";
import { requireStaff } from "@/server/auth";
import { canUseQueue, seesAllCommunities } from "@/lib/authz";
import { parseQueueSearch, QUEUE_SEARCH_MAX } from "@/lib/queue-search";
import type { Locale } from "@/lib/i18n/locales";
import { queueFilters } from "@/lib/validation/search-params";

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
  const q = typeof query.q === "string" ? query.q.slice(0, QUEUE_SEARCH_MAX) : "";
  const search = parseQueueSearch(q);
  // A search looks through every view unless one is chosen: the request a caller names may be resolved.
  const filters = queueFilters(query, queueViews, search ? "all" : "open");
  const view: QueueView = filters.view;
  const communityId = seesAllCommunities(user) ? filters.communityId : undefined;
  const page = filters.page;
  // The page links keep the filters as checked, not what was typed.
  const kept = { view, ...(communityId ? { community: communityId } : {}), ...(search && search !== "invalid" ? { q } : {}) };
  const db = await getDb();
  const [queue, communities] = await Promise.all([
    listQueue(db, user, { view, communityId, page, search: search === "invalid" ? undefined : (search ?? undefined) }),
    listVisibleCommunities(db, user),
  ]);
  const format = await getFormatter({ locale });
  const now = new Date();

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">
        {seesAllCommunities(user) ? t("titleAll") : t("titleCommunity", { community: communities[0]?.name ?? "" })}
      </h1>
      {/* GET forms: search and filters work without JavaScript and the URL can be bookmarked. */}
      <form role="search" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-3" method="get">
        <label className="flex min-w-0 flex-col text-sm">
          {t("search")}
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={QUEUE_SEARCH_MAX}
            autoComplete="off"
            aria-describedby="queue-search-hint"
            aria-invalid={search === "invalid" ? true : undefined}
            className="min-h-11 w-56 max-w-full rounded border border-slate-400 bg-white px-2 text-base"
          />
        </label>
        {communityId ? <input type="hidden" name="community" value={communityId} /> : null}
        <button type="submit" className="min-h-11 rounded bg-police-700 px-4 text-base font-semibold text-white">
          {t("searchSubmit")}
        </button>
        {search ? (
          <Link href="/dashboard" className="flex min-h-11 items-center text-base text-police-700 underline">
            {t("clearSearch")}
          </Link>
        ) : null}
        <p id="queue-search-hint" className={`w-full text-sm ${search === "invalid" ? "font-medium text-red-700" : "text-slate-600"}`} role={search === "invalid" ? "alert" : undefined}>
          {search === "invalid" ? t("searchInvalid") : t("searchHint")}
        </p>
      </form>
      <form className="flex flex-wrap items-end gap-3" method="get">
        {search && search !== "invalid" ? <input type="hidden" name="q" value={q} /> : null}
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
      {search && search !== "invalid" ? <p className="text-base font-medium">{t("searchResults", { q: q.trim() })}</p> : null}
      {queue.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{search && search !== "invalid" ? t("searchEmpty") : t("empty")}</p>
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
                  <StatusBadge locale={locale} status={row.status} booking={row.bookingStatus} />
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
                {row.bookingStatus === "booked" ? (
                  <span className="text-sm text-slate-700">
                    <time dateTime={row.dueAt.toISOString()}>{t("bookedFor", { time: format.dateTime(row.dueAt, { dateStyle: "short", timeStyle: "short" }) })}</time>
                  </span>
                ) : null}
                {row.unanswered ? (
                  <span className={`text-sm ${row.overdue ? "font-semibold text-red-800" : "text-slate-700"}`}>
                    <time dateTime={row.dueAt.toISOString()}>
                      {t(row.overdue ? "overdueSince" : "dueAt", { time: format.dateTime(row.dueAt, { dateStyle: "short", timeStyle: "short" }) })}
                    </time>
                  </span>
                ) : null}
                <span className="truncate text-base">{row.body}</span>
                <span className="text-sm text-slate-700">
                  {t("assignee", {
                    name: row.assigneeName ?? (row.communityOfficerName ? t("communityOfficer", { name: row.communityOfficerName }) : t("unassigned")),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={t("pages")}>
        {queue.page > 1 ? (
          <Link href={{ query: { ...kept, page: queue.page - 1 } }} className="text-police-700 underline">
            {t("previous")}
          </Link>
        ) : null}
        {queue.hasMore ? (
          <Link href={{ query: { ...kept, page: queue.page + 1 } }} className="text-police-700 underline">
            {t("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
