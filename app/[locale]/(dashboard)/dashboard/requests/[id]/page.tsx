import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { RequestTimeline } from "@/components/request-timeline";
import { StaffTextForm } from "@/components/staff-text-form";
import { StatusBadge } from "@/components/status-badge";
import { StatusForm } from "@/components/status-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getRequestForStaff } from "@/db/queries/queue";
import { requireStaff } from "@/lib/auth";
import type { Locale } from "@/lib/i18n/locales";
import { noteAction, replyAction, statusAction } from "../../actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function RequestDetailPage({ params, searchParams }: PageProps<"/[locale]/dashboard/requests/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  // Missing and not-yours look the same: the query filters by what this user may see.
  const request = await getRequestForStaff(await getDb(), user, id);
  if (!request) notFound();
  const t = await getTranslations({ locale, namespace: "requestDetail" });
  const tq = await getTranslations({ locale, namespace: "queue" });
  const format = await getFormatter({ locale });
  const done = (await searchParams).done;

  return (
    <main className="flex flex-col gap-5">
      <p>
        <Link href="/dashboard" className="text-police-700 underline">
          {t("back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold text-police-900">
          <span className="font-mono">{request.referenceCode}</span>
          <StatusBadge locale={locale} status={request.status} />
        </h1>
        <p className="text-base text-slate-700">
          {tq(`kinds.${request.kind}`)} · {request.communityName} ·{" "}
          {format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
      </header>
      {typeof done === "string" && ["reply", "note", "status"].includes(done) ? (
        <FormAlert tone="success" message={t(`done.${done as "reply" | "note" | "status"}`)} />
      ) : null}
      <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">{t("resident")}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
          <dt className="text-slate-600">{t("name")}</dt>
          <dd>{request.residentName ?? t("notGiven")}</dd>
          <dt className="text-slate-600">{t("phone")}</dt>
          <dd>
            {request.residentPhone ? (
              <a href={`tel:${request.residentPhone}`} className="text-police-700 underline">
                {request.residentPhone}
              </a>
            ) : (
              t("notGiven")
            )}
          </dd>
          <dt className="text-slate-600">{t("assignee")}</dt>
          <dd>{request.assigneeName ?? t("notGiven")}</dd>
        </dl>
        <p className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{request.body}</p>
      </section>
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-bold">{t("timeline")}</h2>
        <RequestTimeline locale={locale} events={request.events} audience="staff" />
      </section>
      <ClientMessages locale={locale} namespaces={["requestDetail"]}>
      <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">{t("status")}</h2>
        <StatusForm action={statusAction} requestId={request.id} status={request.status} />
      </section>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <StaffTextForm action={replyAction} requestId={request.id} kind="reply" />
      </section>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <StaffTextForm action={noteAction} requestId={request.id} kind="note" />
      </section>
      </ClientMessages>
    </main>
  );
}
