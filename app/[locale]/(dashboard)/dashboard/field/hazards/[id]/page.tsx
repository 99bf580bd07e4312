import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { FieldPhotoForm, FieldPhotos } from "../../_components/field-photos";
import { RevealForm } from "../../../_components/reveal-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getHazard } from "@/db/queries/field-hazards";
import { markFieldRead } from "@/db/queries/notifications";
import { handoverAuthorities } from "@/db/schema/field-work";
import { PHONE_REVEAL_MINUTES, canServeHazardNotice, recordsFieldWork, seesFieldWork } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { hazardStepsFor, isOpenHazard } from "@/lib/field-work";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { photoErrors } from "@/lib/uploads/photos";
import { requireStaff } from "@/server/auth";
import { handOverHazardAction, moveHazardAction, revealHazardPhoneAction } from "../actions";
import { HazardClockLine } from "../_components/hazard-clock-line";
import { HazardHandoverForm, HazardStepForm } from "../_components/hazard-step-forms";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["reported", "step", "handover", "photos"] as const;

/** One hazard: where and what, its clocks, photos (finding and proof), the next step, the hand-over, its history. */
export default async function HazardPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/hazards/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user) || !/^\d{1,9}$/.test(id)) staffNotFound();
  const query = await searchParams;
  const db = await getDb();
  const now = new Date();
  // The responsible party's full phone only after this user's audited reveal in the last few minutes.
  const hazard = await getHazard(db, user, Number(id), { revealPhone: query.reveal === "1", now });
  if (!hazard) staffNotFound();
  await markFieldRead(db, user, { hazardId: hazard.id });
  const t = await getTranslations({ locale, namespace: "field.hazards" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const tf = await getTranslations({ locale, namespace: "field" });
  const format = await getFormatter({ locale });
  const done = DONE.find((d) => d === query.done);
  const photoError = photoErrors.find((e) => e === query.photoError);
  const records = recordsFieldWork(user);
  const steps = records ? hazardStepsFor({ status: hazard.status, noticeServed: hazard.noticeServedAt !== null }, canServeHazardNotice(user)) : [];
  const stepLabel = (to: string) => (hazard.status === "rectified" && to === "rectifying" ? t("steps.rectifyingAgain") : t(`steps.${to as "rectifying"}`));
  const place = [hazard.placeLabel, hazard.placeNote].filter(Boolean).join(" · ") || tc("noPlace");
  const findings = hazard.photos.filter((p) => p.purpose === "finding");
  const proofs = hazard.photos.filter((p) => p.purpose === "proof");
  return (
    <main className="flex flex-col gap-4">
      {done ? <FormAlert tone="success" message={done === "photos" ? tc("photosAdded") : done === "step" ? t("steps.done") : done === "handover" ? t("handover.done") : t("reported")} /> : null}
      {photoError ? <FormAlert message={tf(`photos.errors.${photoError}`)} /> : null}
      <h1 className="text-2xl font-bold text-police-900">
        #{hazard.id} · {t(`categories.${hazard.category}`)} · {place}
      </h1>
      <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 text-base shadow-sm">
        <p className="flex flex-wrap gap-2">
          <span className={`rounded px-2 py-0.5 text-sm ${hazard.severity === "major" ? "bg-red-700 font-semibold text-white" : "bg-slate-100"}`}>{t(`severities.${hazard.severity}`)}</span>
          <span className="rounded bg-police-50 px-2 py-0.5 text-sm text-police-900" data-testid="hazard-status">
            {t(`statuses.${hazard.status}`)}
          </span>
        </p>
        <p className="whitespace-pre-wrap break-words">{hazard.description}</p>
        <p>
          <strong>{t("measures")}</strong>: <span className="whitespace-pre-wrap break-words">{hazard.measures}</span>
        </p>
        <HazardClockLine locale={locale} status={hazard.status} deadline={hazard.deadline} clock={hazard.clock} />
        <p>{t("responsible", { kind: t(`responsibleKinds.${hazard.responsibleKind}`), name: hazard.responsibleName })}</p>
        {hazard.phoneFull ? (
          <p className="flex flex-wrap items-center gap-2">
            {tc("phone")}
            <a href={`tel:${hazard.phoneFull}`} className="font-mono text-police-700 underline" data-testid="responsible-phone">
              {hazard.phoneFull}
            </a>
            <span className="text-sm text-slate-600">{tc("phoneRevealed")}</span>
          </p>
        ) : hazard.phoneMasked ? (
          <div className="flex flex-wrap items-center gap-3">
            <p>
              {tc("phone")}
              <span className="font-mono" data-testid="responsible-phone">
                {hazard.phoneMasked}
              </span>
            </p>
            {hazard.canReveal ? (
              <ClientMessages locale={locale} namespaces={["field"]}>
                <RevealForm action={revealHazardPhoneAction} requestId={String(hazard.id)} label={tc("revealPhone")} pendingLabel={tc("revealing")} />
              </ClientMessages>
            ) : null}
          </div>
        ) : null}
        {hazard.phoneMasked && !hazard.phoneFull ? <p className="text-sm text-slate-600">{tc("revealHint", { minutes: PHONE_REVEAL_MINUTES })}</p> : null}
        <p className="text-sm text-slate-700">
          {t("foundBy", { name: hazard.foundByName, time: format.dateTime(hazard.foundAt, { dateStyle: "medium", timeStyle: "short" }) })} ·{" "}
          {hazard.assigneeName ? t("assignee", { name: hazard.assigneeName }) : t("assigneeNone")}
          {hazard.foundOnVisitId ? (
            <>
              {" · "}
              <Link href={`/dashboard/field/visits/${hazard.foundOnVisitId}`} className="text-police-700 underline">
                {t("foundOnVisit")}
              </Link>
            </>
          ) : null}
        </p>
        <Link href={`/dashboard/field/hazards/${hazard.id}/notice`} className="inline-flex min-h-12 items-center self-start rounded-lg border border-police-700 px-4 font-semibold text-police-700">
          {t("notice.print")}
        </Link>
      </section>
      <section aria-labelledby="hazard-photos" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="hazard-photos" className="text-lg font-bold">
          {t("finding")}
        </h2>
        <FieldPhotos photos={findings} alt={(n) => tc("photoAlt", { n })} />
        {records ? <FieldPhotoForm target={`hazard:${hazard.id}:finding`} label={tc("addPhotos")} hint={tc("photoHint")} submit={tc("uploadPhotos")} /> : null}
        <h2 className="text-lg font-bold">{t("proof")}</h2>
        <FieldPhotos photos={proofs} alt={(n) => tc("photoAlt", { n })} />
        {records && isOpenHazard(hazard.status) ? <FieldPhotoForm target={`hazard:${hazard.id}:proof`} label={t("proof")} hint={t("proofHint")} submit={tc("uploadPhotos")} /> : null}
      </section>
      {steps.length > 0 ? (
        <section aria-labelledby="hazard-step" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="hazard-step" className="text-lg font-bold">
            {t("steps.title")}
          </h2>
          <ClientMessages locale={locale} namespaces={["field"]}>
            <HazardStepForm action={moveHazardAction} hazardId={hazard.id} steps={steps.map((s) => ({ value: s, label: stepLabel(s) }))} />
          </ClientMessages>
        </section>
      ) : null}
      {records && canServeHazardNotice(user) && hazard.status !== "verified" ? (
        <section aria-labelledby="hazard-handover" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="hazard-handover" className="text-lg font-bold">
            {t("handover.title")}
          </h2>
          <ClientMessages locale={locale} namespaces={["field"]}>
            <HazardHandoverForm
              action={handOverHazardAction}
              hazardId={hazard.id}
              authorities={handoverAuthorities.map((a) => ({ value: a, label: t(`handover.authorities.${a}`) }))}
              today={shanghaiDay(now)}
            />
          </ClientMessages>
        </section>
      ) : null}
      <section aria-labelledby="hazard-history" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="hazard-history" className="text-lg font-bold">
          {t("history")}
        </h2>
        <ol aria-labelledby="hazard-history" className="flex flex-col gap-2 text-base">
          {hazard.events.map((e) => (
            <li key={e.id} className="border-l-2 border-slate-200 pl-3">
              <span className="text-sm text-slate-700">
                <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}</time> · {e.actorName ?? t("reminderBy")}
              </span>
              <p className="font-semibold">
                {e.type === "reminder" && e.data?.reminder
                  ? t(`reminders.${e.data.reminder as "hazard_overdue"}`)
                  : e.type === "handed_over" && e.data
                    ? t("handover.line", {
                        authority: t(`handover.authorities.${e.data.authority as "other"}`),
                        receiver: e.data.receiver ?? "",
                        day: e.data.day ?? "",
                      })
                    : t(`events.${e.type}`)}
              </p>
              {e.body ? <p className="whitespace-pre-wrap break-words">{e.body}</p> : null}
            </li>
          ))}
        </ol>
      </section>
      <Link href="/dashboard/field/hazards" className="text-base text-police-700 underline">
        {t("title")}
      </Link>
    </main>
  );
}
