import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SpecForm } from "@/components/spec-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listAlliances } from "@/db/queries/alliances";
import { requireStaff } from "@/server/auth";
import { canEditAlliances } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { dayInstant } from "@/lib/day-instant";
import { addAllianceAction } from "./actions";
import { ReferralCard } from "./_components/referral-card";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/alliances">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "alliances" });
  return { title: t("title"), robots: { index: false } };
}

/** 党建联盟: the station's alliances, and the referrals to their partners still being followed. */
export default async function AlliancesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/alliances">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const data = await listAlliances(await getDb(), user);
  if (!data) staffNotFound();
  const t = await getTranslations({ locale, namespace: "alliances" });
  const format = await getFormatter({ locale });
  const done = (await searchParams).done === "alliance";

  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {done ? <FormAlert tone="success" message={t("done.alliance")} /> : null}
      <p>
        <a href="/dashboard/alliances/export" className="font-semibold text-police-700 underline" download>
          {t("exportActivities")}
        </a>
      </p>
      <ul aria-label={t("title")} className="flex flex-col gap-2">
        {data.alliances.map((a) => (
          <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-3">
            <Link href={`/dashboard/alliances/${a.id}`} className="flex flex-col gap-1">
              <span className="text-base font-semibold text-police-800 underline">{a.name}</span>
              <span className="text-sm text-slate-700">
                {t("signedOn", { date: format.dateTime(dayInstant(a.signedOn), { dateStyle: "medium" }) })} ·{" "}
                {t("counts", { organisations: a.organisations, activities: a.activities })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="open-referrals" className="flex flex-col gap-2">
        <h2 id="open-referrals" className="text-lg font-bold">
          {t("openReferrals")}
        </h2>
        {data.openReferrals.length === 0 ? <p className="rounded-lg bg-white p-3 text-base">{t("noOpenReferrals")}</p> : null}
        <ul className="flex flex-col gap-2">
          {data.openReferrals.map((r) => (
            <ReferralCard key={r.id} referral={r} locale={locale} withForms={false} />
          ))}
        </ul>
      </section>
      {canEditAlliances(user) ? (
        <details className="rounded-2xl bg-white p-4 shadow-sm">
          <summary className="cursor-pointer text-lg font-bold">{t("addAlliance")}</summary>
          <div className="mt-3">
            <SpecForm
              id="alliance-add"
              action={addAllianceAction}
              label={t("addAlliance")}
              fields={[
                { type: "text", name: "name", label: t("name") },
                { type: "textarea", name: "purpose", label: t("purpose"), rows: 3 },
                { type: "date", name: "signedOn", label: t("signedOnLabel") },
              ]}
              submitLabel={t("add")}
              pendingLabel={t("saving")}
              optionalLabel={t("optional")}
            />
          </div>
        </details>
      ) : null}
    </main>
  );
}
