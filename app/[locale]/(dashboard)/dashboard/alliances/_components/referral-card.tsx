import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SpecForm } from "@/components/spec-form";
import { referralResults, type ReferralResult, type ReferralStatus } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { answerReferralAction, closeReferralAction } from "../actions";

export interface ReferralView {
  id: number;
  allianceId: number;
  organisationName: string;
  subject: string;
  status: ReferralStatus;
  referredAt: Date;
  referredByName: string;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  result: ReferralResult | null;
  closingNote: string | null;
  closedAt: Date | null;
  requestId: string | null;
  requestCode: string | null;
}

/**
 * A problem handed to a partner, followed to its end: the partner's answer is recorded, then the station
 * checks it and closes it with its result. `withForms`: the next step's form (on the alliance's page).
 */
export async function ReferralCard({ referral: r, locale, withForms }: { referral: ReferralView; locale: Locale; withForms: boolean }) {
  const t = await getTranslations({ locale, namespace: "alliances" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const formText = { pendingLabel: t("saving"), optionalLabel: t("optional") };
  return (
    <li id={`referral-${r.id}`} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-3">
      <p className="text-base font-semibold">
        {withForms ? (
          t("referralLine", { date: date(r.referredAt), organisation: r.organisationName })
        ) : (
          <Link href={`/dashboard/alliances/${r.allianceId}#referral-${r.id}`} className="text-police-700 underline">
            {t("referralLine", { date: date(r.referredAt), organisation: r.organisationName })}
          </Link>
        )}
        {" · "}
        {t(`statuses.${r.status}`)}
      </p>
      {r.requestId && r.requestCode ? (
        <Link href={`/dashboard/requests/${r.requestId}`} className="text-base text-police-700 underline">
          {t("referralRequest", { code: r.requestCode })}
        </Link>
      ) : null}
      <p className="whitespace-pre-wrap break-words text-base">{r.subject}</p>
      {r.answer && r.answeredAt ? <p className="break-words text-base">{t("answerLine", { date: date(r.answeredAt), by: r.answeredBy ?? "", answer: r.answer })}</p> : null}
      {r.closedAt && r.result ? (
        <p className="break-words text-base">{t("closedLine", { date: date(r.closedAt), result: t(`results.${r.result}`), note: r.closingNote ?? "" })}</p>
      ) : null}
      {withForms && r.status === "awaiting_answer" ? (
        <SpecForm
          id={`answer-${r.id}`}
          action={answerReferralAction}
          label={`${t("recordAnswer")} ${r.organisationName}`}
          fields={[
            { type: "hidden", name: "referral", value: String(r.id) },
            { type: "textarea", name: "answer", label: t("answer"), rows: 3 },
            { type: "text", name: "answeredBy", label: t("answeredBy") },
          ]}
          submitLabel={t("saveAnswer")}
          {...formText}
        />
      ) : null}
      {withForms && r.status === "answered" ? (
        <SpecForm
          id={`close-${r.id}`}
          action={closeReferralAction}
          label={`${t("close")} ${r.organisationName}`}
          fields={[
            { type: "hidden", name: "referral", value: String(r.id) },
            { type: "radio", name: "result", label: t("result"), options: referralResults.map((v) => ({ value: v, label: t(`results.${v}`) })) },
            { type: "textarea", name: "closingNote", label: t("closingNote"), hint: t("closingHint"), rows: 3 },
          ]}
          submitLabel={t("saveClose")}
          {...formText}
        />
      ) : null}
    </li>
  );
}
