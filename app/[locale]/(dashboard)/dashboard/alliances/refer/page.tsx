import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SpecForm } from "@/components/spec-form";
import { getDb } from "@/db";
import { listReferrableOrganisations, requestForReferral } from "@/db/queries/alliances";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { referAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

/** Hands a resident's request (?request=…) to an alliance partner. Not found for a request that is not the user's. */
export default async function ReferPage({ params, searchParams }: PageProps<"/[locale]/dashboard/alliances/refer">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const requested = (await searchParams).request;
  const request = typeof requested === "string" ? await requestForReferral(db, user, requested) : null;
  if (!request) staffNotFound();
  const organisations = await listReferrableOrganisations(db, user);
  const t = await getTranslations({ locale, namespace: "alliances" });
  const groups = [...new Map(organisations.map((o) => [o.allianceId, o.allianceName])).entries()].map(([allianceId, label]) => ({
    label,
    options: organisations.filter((o) => o.allianceId === allianceId).map((o) => ({ value: String(o.id), label: o.name })),
  }));

  return (
    <main className="flex flex-col gap-4">
      <p>
        <Link href={`/dashboard/requests/${request.id}`} className="text-police-700 underline">
          {t("refer.fromRequest", { code: request.referenceCode })}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-police-900">{t("refer.title")}</h1>
      <p className="whitespace-pre-wrap break-words rounded-lg bg-white p-3 text-base">{request.body}</p>
      <p className="text-base text-slate-700">{t("refer.hint")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <SpecForm
          id="refer"
          action={referAction}
          label={t("refer.title")}
          fields={[
            { type: "hidden", name: "request", value: request.id },
            { type: "select", name: "organisation", label: t("refer.organisation"), placeholder: "", options: [], groups },
            { type: "textarea", name: "subject", label: t("refer.subject"), defaultValue: request.body, rows: 4 },
          ]}
          submitLabel={t("refer.submit")}
          pendingLabel={t("saving")}
          optionalLabel={t("optional")}
        />
      </section>
    </main>
  );
}
