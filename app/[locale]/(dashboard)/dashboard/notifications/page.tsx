import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listNotifications } from "@/db/queries/notifications";
import { requireStaff } from "@/server/auth";
import { canUseQueue } from "@/lib/authz";
import { kindModule } from "@/lib/request-kinds";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

/** The header badge's list: what the user was told about, newest first; opening a request reads its notifications. */
export default async function NotificationsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/notifications">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const t = await getTranslations({ locale, namespace: "notifications" });
  const tq = await getTranslations({ locale, namespace: "queue" });
  if (!canUseQueue(user)) {
    return <p className="rounded-lg bg-white p-4 text-base">{tq("noQueue")}</p>;
  }
  const query = await searchParams;
  const page = Math.min(1000, Math.max(1, Number(query.page) || 1));
  const list = await listNotifications(await getDb(), user, { page });
  const format = await getFormatter({ locale });

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {list.rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t("listLabel")}>
          {list.rows.map((n) => (
            <li key={n.id}>
              <Link
                href={
                  n.requestId
                    ? `/dashboard/requests/${n.requestId}`
                    : n.hazardId
                      ? `/dashboard/field/hazards/${n.hazardId}`
                      : `/dashboard/field/care/${n.careSubjectId}`
                }
                // Opening a tip is audited: only a real visit should open it, not a prefetch.
                prefetch={n.requestKind && kindModule(n.requestKind).auditsOpening ? false : undefined}
                data-testid="notification"
                data-read={n.readAt ? "true" : "false"}
                className={`flex flex-col gap-1 rounded-xl border p-3 hover:border-police-600 ${n.readAt ? "border-slate-200 bg-white" : "border-l-4 border-police-700 bg-police-50"}`}
              >
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <span className={n.readAt ? "text-slate-700" : "font-semibold text-police-900"}>{n.readAt ? t("read") : t("unreadMark")}</span>
                  {n.referenceCode && n.requestKind ? (
                    <>
                      <span className="font-mono font-semibold">{n.referenceCode}</span>
                      <span className="rounded bg-slate-100 px-2 py-0.5">{tq(`kinds.${n.requestKind}`)}</span>
                    </>
                  ) : (
                    <span className="font-semibold">{n.hazardId ? t("hazard", { id: n.hazardId }) : t("careSubject", { name: n.careSubjectName ?? "" })}</span>
                  )}
                  <span className="text-slate-700">
                    <time dateTime={n.createdAt.toISOString()}>{format.dateTime(n.createdAt, { dateStyle: "short", timeStyle: "short" })}</time> · {n.communityName}
                  </span>
                </span>
                <span className="text-base">{t(`kinds.${n.kind}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <nav className="flex gap-4" aria-label={tq("pages")}>
        {list.page > 1 ? (
          <Link href={{ query: { page: list.page - 1 } }} className="text-police-700 underline">
            {tq("previous")}
          </Link>
        ) : null}
        {list.hasMore ? (
          <Link href={{ query: { page: list.page + 1 } }} className="text-police-700 underline">
            {tq("next")}
          </Link>
        ) : null}
      </nav>
    </main>
  );
}
