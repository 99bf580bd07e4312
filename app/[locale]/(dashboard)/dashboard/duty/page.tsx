import type { Metadata } from "next";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { AddDutyShiftForm, RemoveDutyShiftForm } from "./_components/duty-roster-forms";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listDutyCandidates, listDutyRoster } from "@/db/queries/duty-roster";
import { requireStaff } from "@/server/auth";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { OFFICE_HOURS } from "@/lib/office-hours";
import { addDutyShiftAction, removeDutyShiftAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/duty">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "duty" });
  return { title: t("title"), robots: { index: false } };
}

const DONE = ["added", "removed"] as const;

/** 值班安排: the chief sets who is the station's duty officer on which days. */
export default async function DutyRosterPage({ params, searchParams }: PageProps<"/[locale]/dashboard/duty">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const today = shanghaiDay(new Date());
  // null for anyone but the chief: the page is then simply not there.
  const [roster, candidates] = await Promise.all([listDutyRoster(db, user, today), listDutyCandidates(db, user)]);
  if (!roster) staffNotFound();
  const t = await getTranslations({ locale, namespace: "duty" });
  const asked = (await searchParams).done;
  const done = DONE.find((d) => d === asked);

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro", { opens: OFFICE_HOURS.opens, closes: OFFICE_HOURS.closes })}</p>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}
      <ClientMessages locale={locale} namespaces={["duty"]}>
        <section aria-labelledby="duty-add" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
          <h2 id="duty-add" className="text-lg font-bold">
            {t("add")}
          </h2>
          <AddDutyShiftForm
            action={addDutyShiftAction}
            today={today}
            staff={candidates.map((c) => ({ value: String(c.id), label: c.title ? `${c.name} · ${c.title}` : c.name }))}
          />
        </section>
        <section aria-labelledby="duty-list" className="flex flex-col gap-3">
          <h2 id="duty-list" className="text-lg font-bold">
            {t("list")}
          </h2>
          {roster.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
          ) : (
            <ul aria-labelledby="duty-list" className="flex flex-col gap-2">
              {roster.map((shift) => {
                const range = t("range", { first: shift.firstDay, last: shift.lastDay });
                return (
                  <li key={shift.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3">
                    <span className="flex flex-col">
                      <span className="text-base font-semibold">
                        {shift.staffName} · {range}
                      </span>
                      <span className="text-sm text-slate-700">{t("setBy", { name: shift.setByName })}</span>
                    </span>
                    <RemoveDutyShiftForm action={removeDutyShiftAction} shiftId={shift.id} label={t("removeLabel", { name: shift.staffName, range })} />
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </ClientMessages>
    </main>
  );
}
