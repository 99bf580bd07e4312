import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DeliveryAskForm } from "./delivery-ask-form";
import { DocumentUploadForm } from "./document-upload-form";
import { FollowUpForm } from "./follow-up-form";
import { FormAlert } from "@/components/ui/form-alert";
import { deliverable } from "@/lib/applications/status";
import { DELIVERY_WINDOW, deliveryEvenings } from "@/lib/delivery-evenings";
import { eveningLabel } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { addFollowUp } from "../../actions";
import { answerQuestion, requestDelivery } from "../../application-actions";
import type { TrackedApplication } from "../load-tracked-request";

const PROGRESS = ["received", "reviewing", "ready", "completed"] as const;
const deliveryErrors = ["not_allowed", "bad_day", "bad_compound", "evening_full"] as const;

/**
 * The tracking page's application: where it stands, the officer's question and the answer box, the documents
 * to send, and once it is ready the evening delivery. The forms carry the resident's proof again.
 */
export async function ApplicationPanel({
  locale,
  application: { application, delivery, compounds },
  code,
  secret,
  query,
}: {
  locale: Locale;
  application: TrackedApplication;
  code: string;
  secret?: string;
  query: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations({ locale, namespace: "applications" });
  const canAskDelivery = deliverable(application.status);
  const done = query.done === "answered" || query.done === "deliveryAsked" || query.done === "document" ? query.done : null;
  const deliveryError = deliveryErrors.find((e) => e === query.deliveryError);
  const stage = application.status.startsWith("ready") ? "ready" : application.status === "needs_info" ? "reviewing" : application.status;
  const documentUrl = (id: string) => `/api/track/${code}/photos/${id}${secret ? `?k=${encodeURIComponent(secret)}` : ""}`;

  return (
    <section aria-labelledby="application-title" className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="application-title" className="text-lg font-bold">
        {t("yourApplication", { service: application.serviceName })}
      </h2>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}
      {deliveryError ? <FormAlert message={t(`deliveryErrors.${deliveryError}`)} /> : null}
      <p className="text-base">
        {t.rich("stepLine", {
          step: t(`statuses.${application.status}`),
          strong: (chunks) => <strong data-testid="application-status">{chunks}</strong>,
        })}
      </p>
      {application.status !== "refused" ? (
        <ol className="flex flex-wrap gap-2 text-sm" aria-label={t("progress")}>
          {PROGRESS.map((step, i) => {
            const reached = PROGRESS.indexOf(stage as (typeof PROGRESS)[number]) >= i;
            return (
              <li key={step} aria-current={stage === step ? "step" : undefined} className={`rounded-full px-3 py-1 ${reached ? "bg-police-700 text-white" : "bg-slate-100 text-slate-700"}`}>
                {t(`progressSteps.${step}`)}
              </li>
            );
          })}
        </ol>
      ) : null}

      {application.status === "needs_info" && application.question ? (
        <div className="flex flex-col gap-3 rounded-xl border-2 border-amber-400 bg-amber-50 p-3">
          <p className="text-base font-semibold">{t("officerAsks")}</p>
          <p className="whitespace-pre-wrap break-words text-base" data-testid="application-question">
            {application.question}
          </p>
          <ClientMessages locale={locale} namespaces={["track"]}>
            <FollowUpForm action={answerQuestion} code={code} secret={secret} purpose="answer" />
          </ClientMessages>
        </div>
      ) : null}
      {application.status === "refused" ? (
        <div className="rounded-xl border border-red-300 bg-red-50 p-3 text-base">
          <p className="font-semibold">{t("refusedBecause")}</p>
          <p className="whitespace-pre-wrap break-words">{application.refusalReason}</p>
        </div>
      ) : null}
      {application.status === "ready_for_collection" ? <p className="text-base">{t("readyForCollection")}</p> : null}

      {application.documentFields.length > 0 ? (
        <section aria-labelledby="documents-title" className="flex flex-col gap-3">
          <h3 id="documents-title" className="text-base font-bold">
            {t("documents")}
          </h3>
          <ul className="flex flex-col gap-3">
            {application.documentFields.map((field) => (
              <li key={field.name} className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3">
                <p className="text-base">
                  {field.label}
                  {" · "}
                  {field.document ? (
                    <a href={documentUrl(field.document.id)} className="font-medium text-police-700 underline">
                      {t("documentSent")}
                    </a>
                  ) : (
                    <strong className="text-amber-800">{field.required ? t("documentMissing") : t("documentOptional")}</strong>
                  )}
                </p>
                {application.takesDocuments ? (
                  <ClientMessages locale={locale} namespaces={["applications", "validation"]}>
                    <DocumentUploadForm code={code} secret={secret} field={field.name} label={field.label} replace={Boolean(field.document)} />
                  </ClientMessages>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {delivery ? (
        <div className="rounded-xl border border-police-100 bg-police-50 p-3 text-base" data-testid="delivery-window">
          <p className="font-semibold">{t(`deliveryStatus.${delivery.status as "scheduled" | "delivered" | "missed"}`)}</p>
          <p>
            {eveningLabel(delivery.day, locale)} {delivery.windowStart}–{delivery.windowEnd}
          </p>
          <p>
            {delivery.communityName} {delivery.compound} {delivery.address}
          </p>
          {delivery.recipientName ? <p>{t("receivedBy", { name: delivery.recipientName })}</p> : null}
        </div>
      ) : null}
      {canAskDelivery ? (
        <section aria-labelledby="delivery-title" className="flex flex-col gap-3">
          <h3 id="delivery-title" className="text-base font-bold">
            {delivery?.status === "scheduled" ? t("changeDeliveryTitle") : t("deliveryTitle")}
          </h3>
          <p className="text-base text-slate-700">{t("deliveryIntro", { start: DELIVERY_WINDOW.start, end: DELIVERY_WINDOW.end })}</p>
          <ClientMessages locale={locale} namespaces={["applications"]}>
            <DeliveryAskForm
              action={requestDelivery}
              code={code}
              secret={secret}
              evenings={deliveryEvenings(new Date()).map((day) => ({ value: day, label: `${eveningLabel(day, locale)} ${DELIVERY_WINDOW.start}–${DELIVERY_WINDOW.end}` }))}
              // The applicant's own community first: most deliveries go where the application says they live.
              compounds={[...compounds]
                .sort((a, b) => Number(b.communityId === application.deliveryPrefill.communityId) - Number(a.communityId === application.deliveryPrefill.communityId))
                .map((group) => ({
                  label: group.communityName,
                  options: group.compounds.map((c) => ({ value: String(c.id), label: c.name })),
                }))}
              current={delivery?.status === "scheduled" ? { day: delivery.day, place: String(delivery.placeId), address: delivery.address } : undefined}
              prefill={{ address: application.deliveryPrefill.address }}
            />
          </ClientMessages>
        </section>
      ) : null}

      <details className="text-base">
        <summary className="min-h-8 cursor-pointer font-medium">{t("yourAnswers")}</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {application.answers.map((answer) => (
            <div key={answer.name} className="contents">
              <dt className="text-slate-600">{answer.label}</dt>
              <dd className="break-words">{answer.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {application.status === "received" || application.status === "reviewing" || application.status.startsWith("ready") ? (
        <ClientMessages locale={locale} namespaces={["track"]}>
          <FollowUpForm action={addFollowUp} code={code} secret={secret} />
        </ClientMessages>
      ) : null}
    </section>
  );
}
