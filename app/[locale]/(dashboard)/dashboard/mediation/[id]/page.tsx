import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SpecForm, type FieldSpec } from "@/components/spec-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { PARTY_PHONE_REVEAL_MINUTES, getCase, type CaseDetail } from "@/db/queries/mediation";
import { escalationRisks, followUpMethods, performanceStates, referralRoutes, satisfactionLevels } from "@/db/schema";
import { requireStaff } from "@/server/auth";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { caseClock, defaultFollowUpDay, followUpOverdue, judicialConfirmationLastDay } from "@/lib/mediation";
import { staffNotFound } from "@/lib/not-found";
import { dateTimeLocal, dayInstant } from "@/lib/day-instant";
import { StatusPill } from "../_components/status-pill";
import {
  agreementAction,
  extensionAction,
  noAgreementAction,
  noticeAction,
  recordFollowUpAction,
  recordSessionAction,
  revealPartyAction,
  scheduleFollowUpAction,
  scheduleSessionAction,
} from "./actions";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["taken", "reveal", "notice", "scheduled", "session", "extended", "agreement", "ended", "followUpScheduled", "followUp"] as const;

type T = Awaited<ReturnType<typeof getTranslations<"mediation">>>;

/** A mediation case: its parties, its clock, the notice, the sessions, the outcome and the follow-ups. */
export default async function MediationCasePage({ params, searchParams }: PageProps<"/[locale]/dashboard/mediation/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const query = await searchParams;
  const db = await getDb();
  // Missing and not-yours look the same. Full phones only after this user's own audited reveal.
  const found = await getCase(db, user, id, { revealPhones: query.reveal === "1" });
  if (!found) staffNotFound();
  const item: CaseDetail = found;
  const t = await getTranslations({ locale, namespace: "mediation" });
  const format = await getFormatter({ locale });
  const now = new Date();
  const today = shanghaiDay(now);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const day = (d: string) => format.dateTime(dayInstant(d), { dateStyle: "medium" });
  const done = DONE.find((d) => d === query.done);
  const clock = caseClock(item, now);
  const open = item.status === "in_mediation";
  const formText = { optionalLabel: t("case.optional"), pendingLabel: t("case.saving") };
  const caseField: FieldSpec = { type: "hidden", name: "caseId", value: String(item.id) };

  return (
    <main className="flex flex-col gap-5">
      <p>
        <Link href="/dashboard/mediation" className="text-police-700 underline">
          {t("case.back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold text-police-900">
          <span className="break-all">{item.number}</span>
          <StatusPill status={item.status} label={t(`statuses.${item.status}`)} />
        </h1>
        <p className="text-base text-slate-700">
          {t(`disputeTypes.${item.disputeType}`)} · {item.communityName} · {t("case.accepted")} {when(item.acceptedAt)}
        </p>
        <p className={`text-base ${clock.state === "overdue" ? "font-semibold text-red-800" : "text-slate-700"}`} data-testid="case-clock">
          {clock.state === "stopped" && item.closedAt
            ? t("case.closedOn", { date: format.dateTime(item.closedAt, { dateStyle: "medium" }) })
            : t("case.dueLine", { time: when(item.dueAt) })}
          {clock.state === "running" ? ` · ${t("case.daysLeft", { days: clock.daysLeft })}` : null}
          {clock.state === "overdue" ? ` · ${t("case.overdue", { days: clock.daysOver })}` : null}
          {item.extensions.length > 0 ? ` · ${t("case.extended", { count: item.extensions.length })}` : null}
        </p>
        <p className="flex flex-wrap gap-4 text-base">
          {item.agreement?.form === "written" ? (
            <Link href={`/dashboard/mediation/${item.id}/agreement`} className="font-semibold text-police-700 underline">
              {t("case.printAgreement")}
            </Link>
          ) : null}
          <Link href={`/dashboard/mediation/${item.id}/file`} className="font-semibold text-police-700 underline">
            {t("case.printFile")}
          </Link>
        </p>
      </header>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}

      <Section title={t("case.parties")}>
        <ul className="flex flex-col gap-3">
          {item.parties.map((party) => (
            <li key={party.id} className="flex flex-col gap-1 rounded-xl border border-slate-200 p-3">
              <p className="text-base">
                <span className="text-slate-600">{t(`sides.${party.side}`)}</span> <strong>{party.name}</strong>
                {party.kind === "unit" ? ` · ${t("partyKinds.unit")}` : null}
              </p>
              <PartyFacts party={party} t={t} />
              <p className="flex flex-wrap items-center gap-2 text-base">
                <span className="text-slate-600">{t("intake.phone")}</span>
                {party.phoneFull ? (
                  <a href={`tel:${party.phoneFull}`} className="font-mono text-police-700 underline" data-testid="party-phone">
                    {party.phoneFull}
                  </a>
                ) : (
                  <span className="font-mono" data-testid="party-phone">
                    {party.phoneMasked ?? t("case.noPhone")}
                  </span>
                )}
              </p>
              {party.hasPhone && !party.phoneFull ? (
                <SpecForm
                  id={`reveal-${party.id}`}
                  action={revealPartyAction}
                  label={`${t("case.revealPhone")} ${party.name}`}
                  fields={[caseField, { type: "hidden", name: "party", value: String(party.id) }]}
                  submitLabel={t("case.revealPhone")}
                  pendingLabel={t("case.revealing")}
                  optionalLabel={formText.optionalLabel}
                  variant="secondary"
                />
              ) : null}
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-600">{t("case.revealHint", { minutes: PARTY_PHONE_REVEAL_MINUTES })}</p>
      </Section>

      <Section title={t("case.dispute")}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-base">
          <dt className="text-slate-600">{t("case.source")}</dt>
          <dd>
            {t(`sources.${item.source}`)}
            {item.requestId ? (
              <>
                {" · "}
                <Link href={`/dashboard/requests/${item.requestId}`} className="text-police-700 underline">
                  {t("case.fromRequest", { code: item.requestCode ?? "" })}
                </Link>
              </>
            ) : null}
          </dd>
          <dt className="text-slate-600">{t("case.place")}</dt>
          <dd className="break-words">{[item.placeName, item.placeText].filter(Boolean).join(" · ") || "—"}</dd>
          <dt className="text-slate-600">{t("case.mediators")}</dt>
          <dd>
            {format.list(item.mediators.map((name, index) => (index === 0 ? `${name}${t("case.leadMark")}` : name)))}
          </dd>
          <dt className="text-slate-600">{t("case.takenBy")}</dt>
          <dd>{item.createdByName}</dd>
        </dl>
        <p className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{item.summary}</p>
      </Section>

      <Section title={t("case.notice")}>
        <p className="text-base">{item.noticeGivenOn ? t("case.noticeGiven", { date: day(item.noticeGivenOn) }) : t("case.noticeMissing")}</p>
        {open && !item.noticeGivenOn ? (
          <SpecForm
            id="notice"
            action={noticeAction}
            fields={[
              caseField,
              { type: "date", name: "givenOn", label: t("case.noticeGivenOn"), defaultValue: today },
              { type: "checkbox", name: "acknowledged", label: t("case.noticeAcknowledged") },
            ]}
            submitLabel={t("case.recordNotice")}
            {...formText}
          />
        ) : null}
      </Section>

      <Section title={t("case.sessions")}>
        {item.sessions.length === 0 ? <p className="text-base text-slate-700">{t("case.noSessions")}</p> : null}
        <ol className="flex flex-col gap-3" aria-label={t("case.sessions")}>
          {item.sessions.map((session) => (
            <li key={session.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3">
              <p className="text-base font-semibold">
                {session.heldAt
                  ? t("case.sessionHeld", { time: when(session.heldAt), place: session.placeText })
                  : t("case.sessionPlanned", { time: when(session.scheduledAt), place: session.placeText })}
              </p>
              {session.heldAt ? (
                <>
                  <p className="text-base">{t("case.attendeesLine", { names: session.attendees ?? "" })}</p>
                  <p className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{session.record}</p>
                  <p className="text-sm text-slate-600">{t("case.recordedBy", { name: session.recordedByName ?? "" })}</p>
                </>
              ) : open ? (
                <SpecForm
                  id={`session-${session.id}`}
                  action={recordSessionAction}
                  label={t("case.recordSession", { time: when(session.scheduledAt) })}
                  fields={[
                    caseField,
                    { type: "hidden", name: "session", value: String(session.id) },
                    { type: "datetime-local", name: "heldAt", label: t("case.heldAt"), defaultValue: dateTimeLocal(session.scheduledAt) },
                    { type: "text", name: "attendees", label: t("case.attendees"), defaultValue: item.parties.map((p) => p.name).concat(item.mediators).join("、") },
                    { type: "textarea", name: "record", label: t("case.record"), rows: 6 },
                  ]}
                  submitLabel={t("case.saveRecord")}
                  {...formText}
                />
              ) : null}
            </li>
          ))}
        </ol>
        {open ? (
          <details className="rounded-xl border border-slate-200 p-3" open={item.sessions.every((s) => s.heldAt !== null)}>
            <summary className="cursor-pointer text-base font-semibold">{t("case.scheduleSession")}</summary>
            <div className="mt-3">
              <SpecForm
                id="schedule-session"
                action={scheduleSessionAction}
                label={t("case.scheduleSession")}
                fields={[
                  caseField,
                  { type: "datetime-local", name: "scheduledAt", label: t("case.scheduledAt") },
                  { type: "text", name: "placeText", label: t("case.sessionPlace"), defaultValue: t("case.sessionPlaceDefault") },
                ]}
                submitLabel={t("case.schedule")}
                {...formText}
              />
            </div>
          </details>
        ) : null}
      </Section>

      {item.extensions.length > 0 || open ? (
        <Section title={t("case.extension")}>
          <ul className="flex flex-col gap-1 text-base">
            {item.extensions.map((e) => (
              <li key={e.id}>
                {t("case.extensionLine", {
                  from: format.dateTime(e.previousDueAt, { dateStyle: "medium" }),
                  to: format.dateTime(e.newDueAt, { dateStyle: "medium" }),
                  reason: e.reason,
                  consent: e.consent,
                })}
              </li>
            ))}
          </ul>
          {open ? (
            <details className="rounded-xl border border-slate-200 p-3">
              <summary className="cursor-pointer text-base font-semibold">{t("case.extension")}</summary>
              <div className="mt-3">
                <SpecForm
                  id="extension"
                  action={extensionAction}
                  label={t("case.extension")}
                  fields={[
                    caseField,
                    { type: "date", name: "newDueOn", label: t("case.newDueOn"), hint: t("case.newDueHint") },
                    { type: "text", name: "reason", label: t("case.extensionReason") },
                    { type: "text", name: "consent", label: t("case.consent"), hint: t("case.consentHint") },
                    { type: "checkbox", name: "bothConsented", label: t("case.bothConsented") },
                  ]}
                  submitLabel={t("case.extend")}
                  {...formText}
                />
              </div>
            </details>
          ) : null}
        </Section>
      ) : null}

      <Section title={t("case.outcome")}>
        {item.agreement ? <AgreementSummary item={item} t={t} day={day} /> : null}
        {item.status === "not_agreed" && item.closedAt ? (
          <p className="text-base">
            {t("case.notAgreedLine", {
              date: format.dateTime(item.closedAt, { dateStyle: "medium" }),
              reason: item.endReason ?? "",
              route: item.referredTo ? t(`referralRoutes.${item.referredTo}`) : "",
            })}
          </p>
        ) : null}
        {open ? (
          <>
            <p className="text-sm text-slate-600">{t("case.outcomeNeedsSession")}</p>
            <details className="rounded-xl border border-slate-200 p-3" open={item.sessions.some((s) => s.heldAt !== null)}>
              <summary className="cursor-pointer text-base font-semibold">{t("case.recordAgreement")}</summary>
              <div className="mt-3">
                <SpecForm
                  id="agreement"
                  action={agreementAction}
                  label={t("case.recordAgreement")}
                  fields={[
                    caseField,
                    {
                      type: "radio",
                      name: "form",
                      label: t("case.agreementForm"),
                      options: (["written", "oral"] as const).map((f) => ({ value: f, label: t(`agreementForms.${f}`) })),
                      defaultValue: "written",
                    },
                    { type: "date", name: "agreedOn", label: t("case.agreedOn"), defaultValue: today },
                    { type: "textarea", name: "facts", label: t("case.facts") },
                    { type: "textarea", name: "matters", label: t("case.matters"), rows: 3 },
                    { type: "textarea", name: "responsibility", label: t("case.responsibility"), rows: 3 },
                    { type: "textarea", name: "terms", label: t("case.terms"), rows: 5 },
                    { type: "text", name: "performanceMethod", label: t("case.performanceMethod") },
                    { type: "date", name: "performanceDeadline", label: t("case.performanceDeadline") },
                    { type: "date", name: "followUpOn", label: t("case.followUpOn"), hint: t("case.followUpHint"), defaultValue: defaultFollowUpDay(today) },
                  ]}
                  submitLabel={t("case.recordAgreement")}
                  {...formText}
                />
              </div>
            </details>
            <details className="rounded-xl border border-slate-200 p-3">
              <summary className="cursor-pointer text-base font-semibold">{t("case.noAgreement")}</summary>
              <div className="mt-3">
                <SpecForm
                  id="no-agreement"
                  action={noAgreementAction}
                  label={t("case.noAgreement")}
                  fields={[
                    caseField,
                    {
                      type: "select",
                      name: "referredTo",
                      label: t("case.referredTo"),
                      placeholder: t("intake.choose"),
                      options: referralRoutes.map((r) => ({ value: r, label: t(`referralRoutes.${r}`) })),
                    },
                    { type: "textarea", name: "reason", label: t("case.endReason"), rows: 3 },
                  ]}
                  submitLabel={t("case.recordNoAgreement")}
                  variant="secondary"
                  {...formText}
                />
              </div>
            </details>
          </>
        ) : null}
      </Section>

      {item.status === "agreed" ? (
        <Section title={t("case.followUps")}>
          {item.followUps.length === 0 ? <p className="text-base text-slate-700">{t("case.noFollowUps")}</p> : null}
          <ol className="flex flex-col gap-3" aria-label={t("case.followUps")}>
            {item.followUps.map((f) => (
              <li key={f.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3">
                {f.doneAt ? (
                  <p className="text-base">
                    {t("case.followUpDone", {
                      time: when(f.doneAt),
                      method: f.method ? t(`followUpMethods.${f.method}`) : "",
                      name: f.doneByName ?? "",
                      performance: f.performance ? t(`performance.${f.performance}`) : "",
                      satisfaction: f.satisfaction ? t(`satisfaction.${f.satisfaction}`) : "",
                      conflict: t(`yesNo.${f.newConflict ? "yes" : "no"}`),
                      risk: f.escalationRisk ? t(`risks.${f.escalationRisk}`) : "",
                      action: f.actionTaken ?? "",
                    })}
                  </p>
                ) : (
                  <>
                    <p className={`text-base font-semibold ${followUpOverdue(f.dueOn, now) ? "text-red-800" : ""}`}>
                      {t("case.followUpDue", { day: day(f.dueOn) })}
                      {followUpOverdue(f.dueOn, now) ? ` · ${t("case.followUpOverdue")}` : null}
                    </p>
                    <SpecForm
                      id={`follow-up-${f.id}`}
                      action={recordFollowUpAction}
                      label={t("case.recordFollowUp", { day: day(f.dueOn) })}
                      fields={[
                        caseField,
                        { type: "hidden", name: "followUp", value: String(f.id) },
                        { type: "radio", name: "method", label: t("case.method"), options: followUpMethods.map((m) => ({ value: m, label: t(`followUpMethods.${m}`) })), defaultValue: "visit" },
                        { type: "radio", name: "performance", label: t("case.performanceLabel"), options: performanceStates.map((p) => ({ value: p, label: t(`performance.${p}`) })) },
                        { type: "radio", name: "satisfaction", label: t("case.satisfactionLabel"), options: satisfactionLevels.map((s) => ({ value: s, label: t(`satisfaction.${s}`) })) },
                        { type: "radio", name: "newConflict", label: t("case.newConflict"), options: (["no", "yes"] as const).map((v) => ({ value: v, label: t(`yesNo.${v}`) })), defaultValue: "no" },
                        { type: "radio", name: "escalationRisk", label: t("case.riskLabel"), options: escalationRisks.map((r) => ({ value: r, label: t(`risks.${r}`) })), defaultValue: "none" },
                        { type: "textarea", name: "actionTaken", label: t("case.actionTaken"), rows: 3 },
                      ]}
                      submitLabel={t("case.saveFollowUp")}
                      {...formText}
                    />
                  </>
                )}
              </li>
            ))}
          </ol>
          <details className="rounded-xl border border-slate-200 p-3">
            <summary className="cursor-pointer text-base font-semibold">{t("case.scheduleFollowUp")}</summary>
            <div className="mt-3">
              <SpecForm
                id="schedule-follow-up"
                action={scheduleFollowUpAction}
                label={t("case.scheduleFollowUp")}
                fields={[caseField, { type: "date", name: "dueOn", label: t("case.dueOn") }]}
                submitLabel={t("case.schedule")}
                {...formText}
              />
            </div>
          </details>
        </Section>
      ) : null}
    </main>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex min-w-0 flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 className="text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

function PartyFacts({ party, t }: { party: CaseDetail["parties"][number]; t: T }) {
  const facts =
    party.kind === "person"
      ? [party.sex ? t(`sexes.${party.sex}`) : null, party.age !== null ? t("case.age", { age: party.age }) : null]
      : [party.representative ? t("case.representativeLine", { name: party.representative }) : null];
  const line = [...facts, party.address].filter(Boolean).join(" · ");
  return line ? <p className="break-words text-base text-slate-700">{line}</p> : null;
}

function AgreementSummary({ item, t, day }: { item: CaseDetail; t: T; day: (d: string) => string }) {
  const a = item.agreement!;
  const rows = [
    [t("case.agreementForm"), t(`agreementForms.${a.form}`)],
    [t("case.agreedOn"), day(a.agreedOn)],
    [t("case.facts"), a.facts],
    [t("case.matters"), a.matters],
    [t("case.responsibility"), a.responsibility],
    [t("case.terms"), a.terms],
    [t("case.performanceMethod"), a.performanceMethod],
    [t("case.performanceDeadline"), day(a.performanceDeadline)],
  ] as const;
  return (
    <div className="flex flex-col gap-2">
      <dl className="flex flex-col gap-2 text-base">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="whitespace-pre-wrap break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {a.form === "written" ? <p className="rounded-lg bg-amber-50 p-3 text-base">{t("case.judicialWindow", { date: day(judicialConfirmationLastDay(a.agreedOn)) })}</p> : null}
    </div>
  );
}
