import Image from "next/image";
import { getTranslations } from "next-intl/server";
import { applicationStepAction, revealIdNumberAction } from "../../../actions";
import type { StaffApplication } from "@/db/queries/applications";
import { ID_REVEAL_MINUTES } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { thumbnailSize } from "@/lib/uploads/photos";
import { ApplicationStepForm } from "./application-step-form";
import { ClientMessages } from "@/components/client-messages";
import { RevealForm } from "../../../_components/reveal-form";

/**
 * An application on the staff request page: its step, the answers (ID numbers masked until an audited
 * reveal), the documents (each download audited) and the next steps this user may take.
 */
export async function ApplicationStaffPanel({
  locale,
  requestId,
  application,
  canReveal,
}: {
  locale: Locale;
  requestId: string;
  application: StaffApplication;
  canReveal: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "applications" });
  const base = `/api/requests/${requestId}/photos`;
  return (
    <section aria-labelledby="application-staff" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="application-staff" className="text-lg font-bold">
        {t("staffTitle", { service: application.serviceName })}
      </h2>
      <p className="text-base">
        {t.rich("stepLine", {
          step: t(`statuses.${application.status}`),
          strong: (chunks) => <strong data-testid="application-status">{chunks}</strong>,
        })}
      </p>
      {application.question ? <p className="text-base">{t("askedQuestion", { question: application.question })}</p> : null}
      {application.refusalReason ? <p className="text-base">{t("refusedReason", { reason: application.refusalReason })}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
        {application.answers.map((answer) => (
          <div key={answer.name} className="contents">
            <dt className="text-slate-600">{answer.label}</dt>
            <dd className={`break-words ${answer.type === "id_number" ? "font-mono" : ""}`} data-testid={answer.type === "id_number" ? "id-number" : undefined}>
              {answer.value}
            </dd>
          </div>
        ))}
      </dl>
      {application.hasIdNumbers && !application.idNumbersRevealed && canReveal ? (
        <div className="flex flex-col gap-1">
          <RevealForm action={revealIdNumberAction} requestId={requestId} label={t("revealIdNumber")} pendingLabel={t("revealing")} />
          <p className="text-sm text-slate-600">{t("revealIdHint", { minutes: ID_REVEAL_MINUTES })}</p>
        </div>
      ) : null}
      {application.documents.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-base font-bold">{t("documents")}</h3>
          <ul className="flex flex-wrap gap-3">
            {application.documents.map(({ label, required, document }) => (
              <li key={label} className="flex flex-col gap-1 text-sm">
                <span>{label}</span>
                {document ? (
                  <a href={`${base}/${document.id}`} target="_blank" rel="noopener" className="block">
                    <Image
                      unoptimized
                      src={`${base}/${document.id}?size=thumb`}
                      alt={label}
                      {...thumbnailSize(document)}
                      className="h-32 w-auto rounded-lg border border-slate-200 object-cover"
                    />
                  </a>
                ) : (
                  <strong className="text-amber-800">{required ? t("documentMissing") : t("documentOptional")}</strong>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {application.nextSteps.length > 0 ? (
        <ClientMessages locale={locale} namespaces={["applications"]}>
          <ApplicationStepForm action={applicationStepAction} requestId={requestId} steps={application.nextSteps} />
        </ClientMessages>
      ) : null}
    </section>
  );
}
