import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { RequestTimeline } from "@/components/request-timeline";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getApplicationForStaff } from "@/db/queries/applications";
import { listPhotosForStaff } from "@/db/queries/attachments";
import { markRequestRead } from "@/db/queries/notifications";
import { listFaqFromRequest } from "@/db/queries/public-content";
import { getRequestForStaff, listHandoverCandidates } from "@/db/queries/queue";
import { PHONE_REVEAL_MINUTES, canHandOver, canPublish, canRevealIdNumber, canRevealPhone } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { followsOwnSteps } from "@/lib/request-status";
import { requireStaff } from "@/server/auth";
import { RevealForm } from "../../_components/reveal-form";
import { ReopenedBadge, StatusBadge } from "../../_components/status-badge";
import { handoverAction, noteAction, publishFaqAction, replyAction, revealPhoneAction, statusAction } from "../../actions";
import { ApplicationStaffPanel } from "./_components/application-staff-panel";
import { FaqPublishForm } from "./_components/faq-publish-form";
import { HandoverForm } from "./_components/handover-form";
import { RequestPhotos } from "./_components/request-photos";
import { StaffTextForm } from "./_components/staff-text-form";
import { StatusForm } from "./_components/status-form";

export const metadata: Metadata = { robots: { index: false } };

const doneMessages = ["reply", "note", "status", "reveal", "handover", "faq", "step"] as const;
// The kind's own answers, in the order they are shown.
const detailFields = ["category", "where", "when", "location", "topic"] as const;

export default async function RequestDetailPage({ params, searchParams }: PageProps<"/[locale]/dashboard/requests/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const query = await searchParams;
  const db = await getDb();
  // Missing and not-yours look the same: the query filters by what this user may see. The full phone number
  // comes back only after a reveal this user made (and that was audited) in the last few minutes.
  const request = await getRequestForStaff(db, user, id, { revealPhone: query.reveal === "1" });
  if (!request) staffNotFound();
  await markRequestRead(db, user, request.id);
  const [candidates, published, application, photos] = await Promise.all([
    canHandOver(user) ? listHandoverCandidates(db, user, request.id) : [],
    request.kind === "consultation" ? listFaqFromRequest(db, user, request.id) : [],
    request.kind === "application"
      ? getApplicationForStaff(db, user, request.id, locale, { revealIdNumbers: query.revealId === "1", revealPhones: query.reveal === "1" })
      : null,
    listPhotosForStaff(db, user, request.id),
  ]);
  const t = await getTranslations({ locale, namespace: "requestDetail" });
  const tq = await getTranslations({ locale, namespace: "queue" });
  const tr = await getTranslations({ locale, namespace: "staffRequest" });
  const th = await getTranslations({ locale, namespace: "handover" });
  const format = await getFormatter({ locale });
  const done = doneMessages.find((d) => d === query.done);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  // A booking awaits no answer: its dueAt is its booked time, shown as such, never overdue. Otherwise the
  // answer it waits for: the first one, or one since the resident reopened it.
  const isBooking = request.bookingStatus !== null;
  const reopenOpen = request.status !== "resolved" && request.reopenedAt !== null;
  const answerDue = isBooking || request.status === "resolved" ? null : (request.reopenDueAt ?? (request.firstResponseAt ? null : request.dueAt));
  const overdue = answerDue !== null && answerDue < new Date();
  const details = detailFields.filter((f) => request.details[f]);

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
          <StatusBadge locale={locale} status={request.status} booking={request.bookingStatus} />
          {reopenOpen ? <ReopenedBadge label={t("reopened")} /> : null}
          {request.anonymous ? (
            <span className="rounded-full bg-slate-800 px-2 py-0.5 text-sm font-medium text-white">{t("anonymous")}</span>
          ) : null}
        </h1>
        <p className="text-base text-slate-700">
          {tq(`kinds.${request.kind}`)} · {request.communityName} · {when(request.createdAt)}
        </p>
        <p className={`text-base ${overdue && !request.reopenDueAt ? "font-semibold text-red-800" : "text-slate-700"}`}>
          {isBooking ? tq("bookedFor", { time: when(request.dueAt) }) : t("dueLine", { time: when(request.dueAt) })}
          {overdue && !request.reopenDueAt ? ` · ${t("overdue")}` : null}
          {request.firstResponseAt ? ` · ${t("answeredAt", { time: when(request.firstResponseAt) })}` : null}
        </p>
        {request.reopenDueAt && answerDue ? (
          <p className={`text-base ${overdue ? "font-semibold text-red-800" : "text-slate-700"}`} data-testid="reopen-due">
            {t("reopenDue", { time: when(answerDue) })}
            {overdue ? ` · ${t("overdue")}` : null}
          </p>
        ) : null}
      </header>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}
      <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">{t("resident")}</h2>
        {request.hidesReporter ? (
          <p className="text-base text-slate-700">{t("contactHidden")}</p>
        ) : request.anonymous ? (
          <p className="text-base text-slate-700">{t("anonymousHint")}</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1 text-base">
            <dt className="text-slate-600">{t("name")}</dt>
            <dd>{request.residentName ?? t("notGiven")}</dd>
            <dt className="text-slate-600">{t("phone")}</dt>
            <dd className="flex flex-wrap items-center gap-3">
              {request.phoneFull ? (
                <>
                  <a href={`tel:${request.phoneFull}`} className="font-mono text-police-700 underline" data-testid="resident-phone">
                    {request.phoneFull}
                  </a>
                  <span className="text-sm text-slate-600">{t("phoneRevealed")}</span>
                </>
              ) : request.phoneMasked ? (
                <span className="font-mono" data-testid="resident-phone">
                  {request.phoneMasked}
                </span>
              ) : (
                t("notGiven")
              )}
            </dd>
          </dl>
        )}
        {request.hasPhone && !request.phoneFull && canRevealPhone(user, request.kind) ? (
          <ClientMessages locale={locale} namespaces={["requestDetail"]}>
            <div className="flex flex-col gap-1">
              <RevealForm action={revealPhoneAction} requestId={request.id} label={t("revealPhone")} pendingLabel={t("revealing")} />
              <p className="text-sm text-slate-600">{t("revealHint", { minutes: PHONE_REVEAL_MINUTES })}</p>
            </div>
          </ClientMessages>
        ) : null}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
          <dt className="text-slate-600">{t("assignee")}</dt>
          <dd>{request.assigneeName ?? (request.communityOfficerName ? t("communityOfficer", { name: request.communityOfficerName }) : t("notGiven"))}</dd>
          {details.map((field) => (
            <DetailRow key={field} label={tr(`fields.${field}`)} value={detailValue(field, request.details[field]!, tr)} />
          ))}
          {request.rating ? (
            <>
              <dt className="text-slate-600">{t("rating")}</dt>
              <dd>
                {t("ratingValue", { rating: request.rating })}
                {request.ratingComment ? ` · ${request.ratingComment}` : null}
              </dd>
            </>
          ) : null}
        </dl>
        <p className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{request.body}</p>
      </section>
      {application ? (
        <ApplicationStaffPanel locale={locale} requestId={request.id} application={application} canReveal={canRevealIdNumber(user)} />
      ) : null}
      <RequestPhotos requestId={request.id} photos={photos} locale={locale} />
      <section className="flex flex-col gap-3">
        <h2 className="text-lg font-bold">{t("timeline")}</h2>
        <RequestTimeline locale={locale} events={request.events} audience="staff" />
      </section>
      <ClientMessages locale={locale} namespaces={["requestDetail", "handover", "faq"]}>
        {/* An application's status follows its steps (the panel above), an appointment's its booking (the day view). */}
        {followsOwnSteps(request.kind) ? null : (
          <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">{t("status")}</h2>
            <StatusForm action={statusAction} requestId={request.id} status={request.status} />
          </section>
        )}
        <section className="rounded-2xl bg-white p-4 shadow-sm">
          <StaffTextForm action={replyAction} requestId={request.id} kind="reply" />
        </section>
        <section className="rounded-2xl bg-white p-4 shadow-sm">
          <StaffTextForm action={noteAction} requestId={request.id} kind="note" />
        </section>
        {candidates.length > 0 ? (
          <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">{th("title")}</h2>
            <HandoverForm action={handoverAction} requestId={request.id} candidates={candidates} assigneeId={request.assigneeId} />
          </section>
        ) : null}
        {request.kind === "consultation" && canPublish(user) ? (
          <FaqSection locale={locale} published={published} when={when}>
            <FaqPublishForm action={publishFaqAction} requestId={request.id} question={request.body.slice(0, 500)} />
          </FaqSection>
        ) : null}
      </ClientMessages>
    </main>
  );
}

function DetailRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-slate-600">{label}</dt>
      <dd className="break-words">{value}</dd>
    </>
  );
}

type StaffRequestT = Awaited<ReturnType<typeof getTranslations<"staffRequest">>>;

/** Choices are stored as keys and shown by name; free text (where, when) as typed. */
function detailValue(field: (typeof detailFields)[number], value: string, tr: StaffRequestT): string {
  if (field === "category" && tr.has(`categories.${value}` as "categories.other")) return tr(`categories.${value}` as "categories.other");
  if (field === "topic" && tr.has(`topics.${value}` as "topics.other")) return tr(`topics.${value}` as "topics.other");
  return value;
}

async function FaqSection({
  locale,
  published,
  when,
  children,
}: {
  locale: Locale;
  published: { id: number; question: string; createdAt: Date }[];
  when: (date: Date) => string;
  children: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "faq" });
  return (
    <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-bold">{t("title")}</h2>
      {published.length > 0 ? (
        <div className="text-sm text-slate-700">
          <p>{t("published")}</p>
          <ul className="list-disc pl-5">
            {published.map((p) => (
              <li key={p.id}>
                {p.question} · {when(p.createdAt)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </section>
  );
}
