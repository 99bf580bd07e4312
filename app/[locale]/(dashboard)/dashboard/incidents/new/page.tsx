import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { incidentCommunities } from "@/db/queries/incidents";
import { incidentCategories, incidentSources } from "@/db/schema";
import { canRecordIncident } from "@/lib/authz";
import { shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { IncidentForm } from "../_components/incident-form";
import { recordIncidentAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/incidents/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "incidents" });
  return { title: t("form.title"), robots: { index: false } };
}

/** 登记警情: an officer records an incident of their community, the chief of any. */
export default async function NewIncidentPage({ params }: PageProps<"/[locale]/dashboard/incidents/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!canRecordIncident(user)) staffNotFound();
  const communities = await incidentCommunities(await getDb(), user);
  const t = await getTranslations({ locale, namespace: "incidents" });
  const ts = await getTranslations({ locale, namespace: "stats" });
  return (
    <main className="flex flex-col gap-5">
      <Link href="/dashboard/incidents" className="text-base font-semibold text-police-700 underline">
        {t("form.back")}
      </Link>
      <h1 className="text-2xl font-bold text-police-900">{t("form.title")}</h1>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["incidents"]}>
          <IncidentForm
            action={recordIncidentAction}
            today={shanghaiDay(new Date())}
            communities={communities.map((c) => ({ value: String(c.id), label: c.name }))}
            categories={incidentCategories.map((c) => ({ value: c, label: ts(`categories.${c}`) }))}
            sources={incidentSources.map((s) => ({ value: s, label: ts(`sources.${s}`) }))}
          />
        </ClientMessages>
      </section>
    </main>
  );
}
