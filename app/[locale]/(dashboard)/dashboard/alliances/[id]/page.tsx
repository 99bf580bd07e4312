import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SpecForm } from "@/components/spec-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { CONTACT_REVEAL_MINUTES, getAlliance } from "@/db/queries/alliances";
import { allianceActivityKinds } from "@/db/schema";
import { requireStaff } from "@/server/auth";
import { canEditAlliances } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import { dayInstant } from "@/lib/day-instant";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { addActivityAction, addOrganisationAction, revealContactsAction } from "../actions";
import { ReferralCard } from "../_components/referral-card";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["organisation", "activity", "referred", "answered", "closed", "reveal"] as const;

/** One alliance: its member organisations and contacts, its joint activities, and the referrals to its partners. */
export default async function AlliancePage({ params, searchParams }: PageProps<"/[locale]/dashboard/alliances/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const query = await searchParams;
  const alliance = await getAlliance(await getDb(), user, id, { revealContacts: query.reveal === "1" });
  if (!alliance) staffNotFound();
  const t = await getTranslations({ locale, namespace: "alliances" });
  const format = await getFormatter({ locale });
  const day = (d: string) => format.dateTime(dayInstant(d), { dateStyle: "medium" });
  const done = DONE.find((d) => d === query.done);
  const editable = canEditAlliances(user);
  const formText = { pendingLabel: t("saving"), optionalLabel: t("optional") };
  const allianceField = { type: "hidden" as const, name: "alliance", value: String(alliance.id) };
  const revealed = alliance.organisations.some((o) => o.phoneFull);

  return (
    <main className="flex flex-col gap-5">
      <p>
        <Link href="/dashboard/alliances" className="text-police-700 underline">
          {t("back")}
        </Link>
      </p>
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-police-900">{alliance.name}</h1>
        <p className="text-base text-slate-700">{t("signedOn", { date: day(alliance.signedOn) })}</p>
        <p className="whitespace-pre-wrap break-words text-base">{alliance.purpose}</p>
      </header>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}

      <section aria-labelledby="organisations" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="organisations" className="text-lg font-bold">
          {t("organisations")}
        </h2>
        <ul className="flex flex-col gap-2">
          {alliance.organisations.map((o) => (
            <li key={o.id} className="flex flex-col rounded-xl border border-slate-200 p-3">
              <span className="text-base font-semibold">{o.name}</span>
              <span className="break-words text-base text-slate-700">
                {t("contact", { name: o.contactName, title: o.contactTitle ? ` · ${o.contactTitle}` : "" })} ·{" "}
                {o.phoneFull ? (
                  <a href={`tel:${o.phoneFull}`} className="font-mono text-police-700 underline" data-testid="contact-phone">
                    {o.phoneFull}
                  </a>
                ) : (
                  <span className="font-mono" data-testid="contact-phone">
                    {o.phoneMasked}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
        {!revealed && alliance.organisations.length > 0 ? (
          <>
            <SpecForm id="reveal-contacts" action={revealContactsAction} fields={[allianceField]} submitLabel={t("revealContacts")} variant="secondary" {...formText} pendingLabel={t("revealing")} />
            <p className="text-sm text-slate-600">{t("revealHint", { minutes: CONTACT_REVEAL_MINUTES })}</p>
          </>
        ) : null}
        {editable ? (
          <details className="rounded-xl border border-slate-200 p-3">
            <summary className="cursor-pointer text-base font-semibold">{t("addOrganisation")}</summary>
            <div className="mt-3">
              <SpecForm
                id="organisation-add"
                action={addOrganisationAction}
                label={t("addOrganisation")}
                fields={[
                  allianceField,
                  { type: "text", name: "name", label: t("organisationName") },
                  { type: "text", name: "contactName", label: t("contactName") },
                  { type: "text", name: "contactTitle", label: t("contactTitle"), optional: true },
                  { type: "tel", name: "contactPhone", label: t("contactPhone") },
                ]}
                submitLabel={t("add")}
                {...formText}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="referrals" className="flex flex-col gap-3">
        <h2 id="referrals" className="text-lg font-bold">
          {t("referrals")}
        </h2>
        {alliance.referrals.length === 0 ? <p className="rounded-lg bg-white p-3 text-base">{t("noReferrals")}</p> : null}
        <ul className="flex flex-col gap-2">
          {alliance.referrals.map((r) => (
            <ReferralCard key={r.id} referral={r} locale={locale} withForms />
          ))}
        </ul>
      </section>

      <section aria-labelledby="activities" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="activities" className="text-lg font-bold">
          {t("activities")}
        </h2>
        {editable ? (
          <details className="rounded-xl border border-slate-200 p-3">
            <summary className="cursor-pointer text-base font-semibold">{t("addActivity")}</summary>
            <div className="mt-3">
              <SpecForm
                id="activity-add"
                action={addActivityAction}
                label={t("addActivity")}
                fields={[
                  allianceField,
                  { type: "select", name: "kind", label: t("activityKind"), placeholder: "", options: allianceActivityKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
                  { type: "date", name: "heldOn", label: t("heldOn"), defaultValue: shanghaiDay(new Date()) },
                  { type: "text", name: "title", label: t("activityTitle") },
                  { type: "textarea", name: "participants", label: t("participants"), rows: 2 },
                  { type: "textarea", name: "outcome", label: t("activityOutcome"), rows: 3 },
                ]}
                submitLabel={t("add")}
                {...formText}
              />
            </div>
          </details>
        ) : null}
        {alliance.activities.length === 0 ? <p className="text-base">{t("noActivities")}</p> : null}
        <ol className="flex flex-col gap-2" aria-labelledby="activities">
          {alliance.activities.map((a) => (
            <li key={a.id} className="flex flex-col gap-1 rounded-xl border border-slate-200 p-3">
              <span className="text-sm text-slate-700">{t("activityLine", { date: day(a.heldOn), kind: t(`kinds.${a.kind}`) })}</span>
              <span className="text-base font-semibold">{a.title}</span>
              <span className="break-words text-base">{a.participants}</span>
              <span className="whitespace-pre-wrap break-words text-base text-slate-700">{a.outcome}</span>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
