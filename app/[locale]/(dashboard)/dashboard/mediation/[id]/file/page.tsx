import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getCase } from "@/db/queries/mediation";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { judicialConfirmationLastDay } from "@/lib/mediation";
import { staffNotFound } from "@/lib/not-found";
import { dayInstant } from "@/lib/day-instant";
import { PrintButton } from "../../_components/print-button";
import { PrintStyles } from "../../_components/print-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/mediation/[id]/file">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "mediation" });
  return { title: t("file.title"), robots: { index: false } };
}

/**
 * 卷宗: the case file as the committee keeps it — cover, contents, intake record, notice, sessions,
 * extensions, agreement (or the end of mediation), follow-ups and the linked request — printed on A4.
 * Parties' phones are masked here: the file is printed, not used to call.
 */
export default async function CaseFilePage({ params }: PageProps<"/[locale]/dashboard/mediation/[id]/file">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const item = await getCase(await getDb(), user, id);
  if (!item) staffNotFound();
  const t = await getTranslations({ locale, namespace: "mediation" });
  const format = await getFormatter({ locale });
  const day = (d: string) => format.dateTime(dayInstant(d), { dateStyle: "long" });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const a = item.agreement;
  const parts = [
    { id: "intake", title: t("file.intake") },
    { id: "notice", title: t("file.notice") },
    { id: "sessions", title: t("file.sessions") },
    ...(item.extensions.length > 0 ? [{ id: "extensions", title: t("file.extensions") }] : []),
    ...(a ? [{ id: "agreement", title: t("file.agreement") }] : []),
    ...(item.status === "not_agreed" ? [{ id: "ended", title: t("file.ended") }] : []),
    ...(item.followUps.length > 0 ? [{ id: "follow-ups", title: t("file.followUps") }] : []),
    ...(item.requestId ? [{ id: "request", title: t("file.request") }] : []),
  ];
  const result = a ? t(`agreementForms.${a.form}`) : item.status === "not_agreed" ? t("statuses.not_agreed") : t("file.stillOpen");

  return (
    <main className="flex flex-col gap-6">
      <PrintStyles />
      <p className="no-print flex flex-wrap items-center gap-4">
        <Link href={`/dashboard/mediation/${item.id}`} className="text-police-700 underline">
          {item.number}
        </Link>
        <PrintButton label={t("file.print")} />
      </p>

      <article className="sheet flex flex-col items-center gap-6 py-10 text-center" aria-label={t("file.title")}>
        <p className="text-lg">{t("committeeName", { station: item.stationName })}</p>
        <h1 className="text-3xl font-bold tracking-widest">{t("file.title")}</h1>
        <dl className="grid w-full max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-left text-base">
          <dt className="font-semibold">{t("file.coverNumber")}</dt>
          <dd className="break-words">{item.number}</dd>
          <dt className="font-semibold">{t("file.coverParties")}</dt>
          <dd className="break-words">{format.list(item.parties.map((p) => p.name))}</dd>
          <dt className="font-semibold">{t("file.coverMediators")}</dt>
          <dd>{format.list(item.mediators)}</dd>
          <dt className="font-semibold">{t("file.coverAccepted")}</dt>
          <dd>{date(item.acceptedAt)}</dd>
          <dt className="font-semibold">{t("file.coverClosed")}</dt>
          <dd>{item.closedAt ? date(item.closedAt) : t("file.stillOpen")}</dd>
          <dt className="font-semibold">{t("file.coverResult")}</dt>
          <dd>{result}</dd>
        </dl>
      </article>

      <article className="sheet flex flex-col gap-3" aria-label={t("file.contents")}>
        <h2 className="text-xl font-bold">{t("file.contents")}</h2>
        <ol className="list-decimal pl-6 text-base">
          {parts.map((part) => (
            <li key={part.id}>
              <a href={`#${part.id}`} className="text-police-700 underline">
                {part.title}
              </a>
            </li>
          ))}
        </ol>
      </article>

      <article className="sheet flex flex-col gap-5 text-base">
        <section id="intake" className="flex flex-col gap-1">
          <h2 className="text-xl font-bold">{t("file.intake")}</h2>
          <p>{t("file.sourceLine", { source: t(`sources.${item.source}`) })}</p>
          <p>{t("file.typeLine", { type: t(`disputeTypes.${item.disputeType}`) })}</p>
          <p>{t("file.communityLine", { community: item.communityName })}</p>
          <p className="break-words">{t("file.placeLine", { place: [item.placeName, item.placeText].filter(Boolean).join(" · ") || t("file.none") })}</p>
          <p>{t("file.takenByLine", { name: item.createdByName })}</p>
          <ul className="mt-1 flex flex-col gap-1">
            {item.parties.map((p) => (
              <li key={p.id} className="break-words">
                {t("agreementDoc.partyLine", { side: t(`sides.${p.side}`), name: p.name })}
                {[
                  p.kind === "person" && p.sex ? t(`sexes.${p.sex}`) : null,
                  p.kind === "person" && p.age !== null ? t("case.age", { age: p.age }) : null,
                  p.representative ? t("case.representativeLine", { name: p.representative }) : null,
                  p.address,
                  p.phoneMasked ? t("file.phoneLine", { phone: p.phoneMasked }) : null,
                ]
                  .filter(Boolean)
                  .map((fact) => ` · ${fact}`)
                  .join("")}
              </li>
            ))}
          </ul>
          <p className="mt-1 whitespace-pre-wrap break-words">{item.summary}</p>
        </section>

        <section id="notice" className="flex flex-col gap-1">
          <h2 className="text-xl font-bold">{t("file.notice")}</h2>
          <p>{t("file.noticeText")}</p>
          <p className="font-semibold">{item.noticeGivenOn ? t("case.noticeGiven", { date: day(item.noticeGivenOn) }) : t("case.noticeMissing")}</p>
        </section>

        <section id="sessions" className="flex flex-col gap-2">
          <h2 className="text-xl font-bold">{t("file.sessions")}</h2>
          {item.sessions.length === 0 ? <p>{t("file.none")}</p> : null}
          {item.sessions.map((s) => (
            <div key={s.id} className="sheet-part flex flex-col gap-1">
              <p className="font-semibold">
                {s.heldAt ? t("case.sessionHeld", { time: when(s.heldAt), place: s.placeText }) : t("case.sessionPlanned", { time: when(s.scheduledAt), place: s.placeText })}
              </p>
              {s.heldAt ? (
                <>
                  <p>{t("case.attendeesLine", { names: s.attendees ?? "" })}</p>
                  <p className="whitespace-pre-wrap break-words">{s.record}</p>
                  <p className="text-sm">{t("case.recordedBy", { name: s.recordedByName ?? "" })}</p>
                </>
              ) : null}
            </div>
          ))}
        </section>

        {item.extensions.length > 0 ? (
          <section id="extensions" className="flex flex-col gap-1">
            <h2 className="text-xl font-bold">{t("file.extensions")}</h2>
            {item.extensions.map((e) => (
              <p key={e.id}>{t("case.extensionLine", { from: date(e.previousDueAt), to: date(e.newDueAt), reason: e.reason, consent: e.consent })}</p>
            ))}
          </section>
        ) : null}

        {a ? (
          <section id="agreement" className="flex flex-col gap-1">
            <h2 className="text-xl font-bold">{t("file.agreement")}</h2>
            <p>
              {t(`agreementForms.${a.form}`)} · {t("case.agreedOn")} {day(a.agreedOn)} · {t("case.recordedBy", { name: a.recordedByName })}
            </p>
            {(
              [
                ["facts", a.facts],
                ["matters", a.matters],
                ["responsibility", a.responsibility],
                ["terms", a.terms],
                ["performanceMethod", a.performanceMethod],
                ["performanceDeadline", day(a.performanceDeadline)],
              ] as const
            ).map(([key, value]) => (
              <div key={key} className="sheet-part">
                <h3 className="font-semibold">{t(`case.${key}`)}</h3>
                <p className="whitespace-pre-wrap break-words">{value}</p>
              </div>
            ))}
            {a.form === "written" ? <p>{t("case.judicialWindow", { date: day(judicialConfirmationLastDay(a.agreedOn)) })}</p> : null}
          </section>
        ) : null}

        {item.status === "not_agreed" && item.closedAt ? (
          <section id="ended" className="flex flex-col gap-1">
            <h2 className="text-xl font-bold">{t("file.ended")}</h2>
            <p>
              {t("case.notAgreedLine", {
                date: date(item.closedAt),
                reason: item.endReason ?? "",
                route: item.referredTo ? t(`referralRoutes.${item.referredTo}`) : "",
              })}
            </p>
          </section>
        ) : null}

        {item.followUps.length > 0 ? (
          <section id="follow-ups" className="flex flex-col gap-1">
            <h2 className="text-xl font-bold">{t("file.followUps")}</h2>
            {item.followUps.map((f) => (
              <p key={f.id}>
                {f.doneAt
                  ? t("case.followUpDone", {
                      time: when(f.doneAt),
                      method: f.method ? t(`followUpMethods.${f.method}`) : "",
                      name: f.doneByName ?? "",
                      performance: f.performance ? t(`performance.${f.performance}`) : "",
                      satisfaction: f.satisfaction ? t(`satisfaction.${f.satisfaction}`) : "",
                      conflict: t(`yesNo.${f.newConflict ? "yes" : "no"}`),
                      risk: f.escalationRisk ? t(`risks.${f.escalationRisk}`) : "",
                      action: f.actionTaken ?? "",
                    })
                  : t("case.followUpDue", { day: day(f.dueOn) })}
              </p>
            ))}
          </section>
        ) : null}

        {item.requestId && item.requestCreatedAt ? (
          <section id="request" className="flex flex-col gap-1">
            <h2 className="text-xl font-bold">{t("file.request")}</h2>
            <p>{t("file.requestLine", { code: item.requestCode ?? "", date: date(item.requestCreatedAt) })}</p>
            <p className="whitespace-pre-wrap break-words">{item.requestBody}</p>
          </section>
        ) : null}
      </article>
    </main>
  );
}
