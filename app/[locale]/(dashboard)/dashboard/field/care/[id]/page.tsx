import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ForgetDraft } from "../../_components/form-draft";
import { RevealForm } from "../../../_components/reveal-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getCareSubject } from "@/db/queries/care-subjects";
import { markFieldRead } from "@/db/queries/notifications";
import { listPlaceChoices } from "@/db/queries/places";
import { careCategories, careRiskLevels, homeSafetyChecks, visitOutcomes } from "@/db/schema/field-work";
import { PHONE_REVEAL_MINUTES, recordsFieldWork, seesCareSubjects } from "@/lib/authz";
import { shanghaiClock, shanghaiDay } from "@/lib/calendar-day";
import { ageInYear } from "@/lib/field-work";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { closeCareSubjectAction, editCareSubjectAction, recordCareVisitAction, revealCarePhonesAction } from "../actions";
import { CareSubjectForm, CareVisitForm, CloseCareSubjectForm } from "../_components/care-forms";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["added", "edited", "closed", "visit"] as const;

/** One care subject: who and where, phones masked until an audited reveal, the next visit due, care visits, and the forms. */
export default async function CareSubjectPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/care/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  if (!seesCareSubjects(user) || !/^\d{1,9}$/.test(id)) staffNotFound();
  const query = await searchParams;
  const db = await getDb();
  const subject = await getCareSubject(db, user, Number(id), { revealPhones: query.reveal === "1" });
  if (!subject) staffNotFound();
  await markFieldRead(db, user, { careSubjectId: subject.id });
  const records = recordsFieldWork(user) && subject.closedAt === null;
  const places = records ? await listPlaceChoices(db, user) : { recent: [], all: [] };
  const t = await getTranslations({ locale, namespace: "field.care" });
  const tv = await getTranslations({ locale, namespace: "field.visits" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const format = await getFormatter({ locale });
  const now = new Date();
  const today = shanghaiDay(now);
  const done = DONE.find((d) => d === query.done);
  const overdue = subject.closedAt === null && subject.nextVisitDue < today;
  const draftName = `field-draft:care-visit:${subject.id}:${user.id}`;
  return (
    <main className="flex flex-col gap-4">
      {done === "visit" ? <ForgetDraft name={draftName} /> : null}
      {done ? <FormAlert tone="success" message={t(done === "visit" ? "visitStored" : done)} /> : null}
      <h1 className="text-2xl font-bold text-police-900">
        {subject.name} · {t("age", { age: ageInYear(subject.birthYear, today) })}
      </h1>
      <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 text-base shadow-sm">
        <p className="flex flex-wrap gap-2 text-sm">
          <span className={`rounded px-2 py-0.5 ${subject.riskLevel === "high" ? "bg-red-700 font-semibold text-white" : "bg-slate-100"}`}>{t(`riskLevels.${subject.riskLevel}`)}</span>
          <span className="rounded bg-slate-100 px-2 py-0.5">{t(`categories.${subject.category}`)}</span>
          <span>{subject.communityName}</span>
        </p>
        <p>{[subject.placeLabel, subject.address].filter(Boolean).join(" ") || tc("noPlace")}</p>
        {subject.closedAt ? (
          <p className="font-semibold">{t("closedNote", { day: shanghaiDay(subject.closedAt) })}</p>
        ) : (
          <p className={overdue ? "font-semibold text-red-800" : ""} data-testid="care-next-due">
            {overdue ? t("overdueSince", { day: subject.nextVisitDue }) : t("nextDue", { day: subject.nextVisitDue })} · {t("cadence", { n: subject.cadenceDays })}
          </p>
        )}
        <p className="text-slate-700">
          {subject.lastVisitedAt ? t("lastVisit", { time: format.dateTime(subject.lastVisitedAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("neverVisited")}
        </p>
        {subject.phoneMasked ? (
          <p>
            {t("phoneLine")}
            {subject.phoneFull ? (
              <a href={`tel:${subject.phoneFull}`} className="font-mono text-police-700 underline" data-testid="care-phone">
                {subject.phoneFull}
              </a>
            ) : (
              <span className="font-mono" data-testid="care-phone">
                {subject.phoneMasked}
              </span>
            )}
          </p>
        ) : null}
        {subject.emergencyContactName || subject.emergencyPhoneMasked ? (
          <p>
            {t("emergency", { name: subject.emergencyContactName })}{" "}
            {subject.emergencyPhoneFull ? (
              <a href={`tel:${subject.emergencyPhoneFull}`} className="font-mono text-police-700 underline" data-testid="care-emergency-phone">
                {subject.emergencyPhoneFull}
              </a>
            ) : subject.emergencyPhoneMasked ? (
              <span className="font-mono" data-testid="care-emergency-phone">
                {subject.emergencyPhoneMasked}
              </span>
            ) : null}
          </p>
        ) : null}
        {subject.phoneFull || subject.emergencyPhoneFull ? <p className="text-sm text-slate-600">{tc("phoneRevealed")}</p> : null}
        {subject.hasPhone && !subject.phoneFull && !subject.emergencyPhoneFull && subject.canReveal ? (
          <div className="flex flex-col gap-1">
            <ClientMessages locale={locale} namespaces={["field"]}>
              <RevealForm action={revealCarePhonesAction} requestId={String(subject.id)} label={tc("revealPhone")} pendingLabel={tc("revealing")} />
            </ClientMessages>
            <p className="text-sm text-slate-600">{tc("revealHint", { minutes: PHONE_REVEAL_MINUTES })}</p>
          </div>
        ) : null}
        {subject.notes ? <p className="whitespace-pre-wrap break-words text-slate-700">{subject.notes}</p> : null}
      </section>
      {records ? (
        <section aria-labelledby="care-visit" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="care-visit" className="text-lg font-bold">
            {t("visitTitle")}
          </h2>
          <ClientMessages locale={locale} namespaces={["field"]}>
            <CareVisitForm
              action={recordCareVisitAction}
              subjectId={subject.id}
              draftName={draftName}
              outcomes={visitOutcomes.map((o) => ({ value: o, label: tv(`outcomes.${o}`) }))}
              safetyChecks={homeSafetyChecks.map((c) => ({ value: c, label: t(`safetyChecks.${c}`) }))}
              defaults={{ startedAt: `${today}T${shanghaiClock(now)}` }}
            />
          </ClientMessages>
        </section>
      ) : null}
      <section aria-labelledby="care-history" className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="care-history" className="text-lg font-bold">
          {t("history")}
        </h2>
        {subject.history.length === 0 ? (
          <p className="text-base">{t("historyEmpty")}</p>
        ) : (
          <ol aria-labelledby="care-history" className="flex flex-col gap-3 text-base">
            {subject.history.map((h) => (
              <li key={h.visitId} className="border-l-2 border-slate-200 pl-3">
                <Link href={`/dashboard/field/visits/${h.visitId}`} className="text-sm text-police-700 underline">
                  {t("visitLine", {
                    time: format.dateTime(h.startedAt, { dateStyle: "medium", timeStyle: "short" }),
                    officer: h.officerName,
                    duration: tc("minutes", { n: h.durationMinutes }),
                  })}
                </Link>
                <p>
                  {tv(`outcomes.${h.outcome}`)} · {t("gas")} {t(`safetyChecks.${h.gas}`)} · {t("water")} {t(`safetyChecks.${h.water}`)} · {t("power")} {t(`safetyChecks.${h.power}`)}
                </p>
                {[
                  [t("health"), h.health],
                  [t("living"), h.living],
                  [t("needs"), h.needs],
                  [t("followUp"), h.followUp],
                ]
                  .filter(([, text]) => text)
                  .map(([label, text]) => (
                    <p key={label} className="break-words">
                      <strong>{label}</strong> {text}
                    </p>
                  ))}
              </li>
            ))}
          </ol>
        )}
      </section>
      {records ? (
        <>
          <details className="rounded-2xl bg-white p-4 shadow-sm">
            <summary className="min-h-8 cursor-pointer text-lg font-bold">{t("edit")}</summary>
            <div className="mt-3">
              <ClientMessages locale={locale} namespaces={["field"]}>
                <CareSubjectForm
                  action={editCareSubjectAction}
                  places={places}
                  choices={{
                    categories: careCategories.map((c) => ({ value: c, label: t(`categories.${c}`) })),
                    riskLevels: careRiskLevels.map((r) => ({ value: r, label: t(`riskLevels.${r}`) })),
                  }}
                  subjectId={subject.id}
                  current={{
                    name: subject.name,
                    birthYear: String(subject.birthYear),
                    category: subject.category,
                    riskLevel: subject.riskLevel,
                    cadenceDays: String(subject.cadenceDays),
                    place: subject.placeId ? String(subject.placeId) : "",
                    address: subject.address,
                    emergencyContactName: subject.emergencyContactName,
                    notes: subject.notes,
                  }}
                />
              </ClientMessages>
            </div>
          </details>
          <details className="rounded-2xl bg-white p-4 shadow-sm">
            <summary className="min-h-8 cursor-pointer text-lg font-bold">{t("close")}</summary>
            <div className="mt-3">
              <ClientMessages locale={locale} namespaces={["field"]}>
                <CloseCareSubjectForm action={closeCareSubjectAction} subjectId={subject.id} />
              </ClientMessages>
            </div>
          </details>
        </>
      ) : null}
      <Link href="/dashboard/field/care" className="text-base text-police-700 underline">
        {t("title")}
      </Link>
    </main>
  );
}
