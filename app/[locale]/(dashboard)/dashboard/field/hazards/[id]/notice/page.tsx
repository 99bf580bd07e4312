import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getHazard } from "@/db/queries/field-hazards";
import { seesFieldWork } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";

export const metadata: Metadata = { robots: { index: false } };

// One A4 sheet: the dashboard's own chrome is .no-print, and the sheet keeps its margins on paper.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 18mm 20mm; }
@media print {
  html, body { background: #fff !important; }
  .notice-sheet { box-shadow: none !important; border: 0 !important; padding: 0 !important; max-width: none !important; }
}`;

/** 责令限期改正通知书: the printable rectification notice of one hazard, in the page's language. */
export default async function HazardNoticePage({ params }: PageProps<"/[locale]/dashboard/field/hazards/[id]/notice">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user) || !/^\d{1,9}$/.test(id)) staffNotFound();
  const hazard = await getHazard(await getDb(), user, Number(id), { now: new Date() });
  if (!hazard) staffNotFound();
  const t = await getTranslations({ locale, namespace: "field.hazards.notice" });
  const th = await getTranslations({ locale, namespace: "field.hazards" });
  const format = await getFormatter({ locale });
  const place = [hazard.placeLabel, hazard.placeNote].filter(Boolean).join(" ") || hazard.communityName;
  const issued = hazard.noticeServedAt ?? new Date();
  return (
    <main className="flex flex-col gap-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap items-center gap-4 text-base">
        <Link href={`/dashboard/field/hazards/${hazard.id}`} className="font-semibold text-police-700 underline">
          #{hazard.id} · {th(`statuses.${hazard.status}`)}
        </Link>
        <span className="text-slate-700">{t("printHint")}</span>
      </div>
      <article className="notice-sheet mx-auto flex w-full max-w-[180mm] flex-col gap-4 bg-white p-6 text-base leading-relaxed text-black shadow-sm" aria-label={t("title")}>
        <header className="flex flex-col items-center gap-1 text-center">
          <p className="text-lg">{hazard.stationName}</p>
          <h1 className="text-2xl font-bold tracking-widest">{t("title")}</h1>
          <p className="text-sm">{t("number", { station: hazard.stationName, community: hazard.communityName, year: hazard.noticeNumber.year, number: hazard.noticeNumber.number })}</p>
        </header>
        <p className="font-semibold">{t("to", { name: hazard.responsibleName })}</p>
        <p>{t("body", { place })}</p>
        <p className="whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3">{hazard.description}</p>
        <p>{t("measuresLead")}</p>
        <p className="whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3">{hazard.measures}</p>
        <p className="font-semibold">{t("deadlineLead", { deadline: format.dateTime(new Date(`${hazard.deadline}T12:00:00+08:00`), { dateStyle: "long" }) })}</p>
        <div className="mt-6 flex flex-col items-end gap-1">
          <p>{t("stationLine", { station: hazard.stationName })}</p>
          <p>{t("dateLine", { date: format.dateTime(issued, { dateStyle: "long" }) })}</p>
          <p className="text-sm">{t("contact", { phone: hazard.stationPhone })}</p>
        </div>
        <div className="mt-8 grid grid-cols-2 gap-6 border-t border-slate-400 pt-4 text-sm">
          <p>{t("officer")} ________________</p>
          <p>{t("receipt")} ________________</p>
          <p />
          <p>{t("receiptDate")} ________________</p>
        </div>
        <p className="text-xs">{t("copy")}</p>
      </article>
    </main>
  );
}
