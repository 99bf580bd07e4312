import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getCase, type CaseDetail } from "@/db/queries/mediation";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { judicialConfirmationLastDay } from "@/lib/mediation";
import { staffNotFound } from "@/lib/not-found";
import { dayInstant } from "@/lib/day-instant";
import { PrintButton } from "../../_components/print-button";
import { PrintStyles } from "../../_components/print-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/mediation/[id]/agreement">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "mediation" });
  return { title: t("agreementDoc.title"), robots: { index: false } };
}

type T = Awaited<ReturnType<typeof getTranslations<"mediation">>>;

/**
 * 调解协议书 (art. 29), printed on A4: one copy for each party and one for the committee's file, each on a
 * page of its own, with the lines to sign and seal and the last day to apply for judicial confirmation.
 */
export default async function AgreementPrintPage({ params }: PageProps<"/[locale]/dashboard/mediation/[id]/agreement">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const item = await getCase(await getDb(), user, id);
  if (!item) staffNotFound();
  const t = await getTranslations({ locale, namespace: "mediation" });
  const format = await getFormatter({ locale });
  const day = (d: string) => format.dateTime(dayInstant(d), { dateStyle: "long" });

  if (item.agreement?.form !== "written") {
    return (
      <main className="flex flex-col gap-4">
        <p className="rounded-lg bg-white p-4 text-base">{t("agreementDoc.oralOnly")}</p>
        <Link href={`/dashboard/mediation/${item.id}/file`} className="text-police-700 underline">
          {t("case.printFile")}
        </Link>
      </main>
    );
  }
  const copies = [...item.parties.map((p) => t("agreementDoc.copyForParty", { name: p.name })), t("agreementDoc.copyForFile")];

  return (
    <main className="flex flex-col gap-6">
      <PrintStyles />
      <p className="no-print flex flex-wrap items-center gap-4">
        <Link href={`/dashboard/mediation/${item.id}`} className="text-police-700 underline">
          {item.number}
        </Link>
        <PrintButton label={t("agreementDoc.print")} />
      </p>
      {copies.map((copy) => (
        <AgreementCopy key={copy} item={item} copy={copy} t={t} day={day} />
      ))}
    </main>
  );
}

function AgreementCopy({ item, copy, t, day }: { item: CaseDetail; copy: string; t: T; day: (d: string) => string }) {
  const a = item.agreement!;
  return (
    <article className="sheet flex flex-col gap-3 text-base" aria-label={`${t("agreementDoc.title")} · ${copy}`} data-testid="agreement-copy">
      <header className="flex flex-col items-center gap-1 text-center">
        <p className="text-base">{t("committeeName", { station: item.stationName })}</p>
        <h1 className="text-2xl font-bold tracking-widest">{t("agreementDoc.title")}</h1>
        <p className="flex w-full flex-wrap justify-between gap-2 text-sm">
          <span>{t("agreementDoc.numberLine", { number: item.number })}</span>
          <span className="font-semibold">{copy}</span>
        </p>
      </header>
      <section className="sheet-part">
        <h2 className="font-bold">{t("agreementDoc.partiesHeading")}</h2>
        <ul className="flex flex-col gap-1">
          {item.parties.map((p) => {
            const facts =
              p.kind === "person"
                ? [p.sex ? t(`sexes.${p.sex}`) : null, p.age !== null ? t("case.age", { age: p.age }) : null, p.address]
                : [p.representative ? t("case.representativeLine", { name: p.representative }) : null, p.address];
            return (
              <li key={p.id} className="break-words">
                {t("agreementDoc.partyLine", { side: t(`sides.${p.side}`), name: p.name })}
                {facts.some(Boolean) ? ` · ${facts.filter(Boolean).join(" · ")}` : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section className="sheet-part">
        <h2 className="font-bold">{t("agreementDoc.factsHeading")}</h2>
        <p className="whitespace-pre-wrap break-words">{a.facts}</p>
        <p className="whitespace-pre-wrap break-words">{t("agreementDoc.mattersLine", { matters: a.matters })}</p>
      </section>
      <section className="sheet-part">
        <h2 className="font-bold">{t("agreementDoc.responsibilityHeading")}</h2>
        <p className="whitespace-pre-wrap break-words">{a.responsibility}</p>
      </section>
      <section className="sheet-part">
        <h2 className="font-bold">{t("agreementDoc.termsHeading")}</h2>
        <p className="whitespace-pre-wrap break-words">{a.terms}</p>
      </section>
      <section className="sheet-part">
        <h2 className="font-bold">{t("agreementDoc.performanceHeading")}</h2>
        <p className="break-words">{t("agreementDoc.performanceLine", { method: a.performanceMethod, deadline: day(a.performanceDeadline) })}</p>
      </section>
      <p className="sheet-part">{t("agreementDoc.copies", { copies: item.parties.length + 1 })}</p>
      <p className="sheet-part font-semibold">{t("agreementDoc.judicial", { date: day(judicialConfirmationLastDay(a.agreedOn)) })}</p>
      <section className="sheet-part mt-2 flex flex-col gap-4">
        {item.parties.map((p) => (
          <p key={p.id} className="flex flex-wrap items-end gap-2">
            <span>{t("agreementDoc.partySignature", { side: `${t(`sides.${p.side}`)} ${p.name}` })}</span>
            <span className="inline-block min-w-40 flex-1 border-b border-slate-800" />
          </p>
        ))}
        <p className="flex flex-wrap items-end gap-2">
          <span>{t("agreementDoc.mediatorSignature")}</span>
          <span className="inline-block min-w-40 flex-1 border-b border-slate-800" />
        </p>
        <p className="flex flex-wrap justify-between gap-2">
          <span>{t("agreementDoc.sealLine")}</span>
          <span>{t("agreementDoc.dateLine", { date: day(a.agreedOn) })}</span>
        </p>
      </section>
    </article>
  );
}
