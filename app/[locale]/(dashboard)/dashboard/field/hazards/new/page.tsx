import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { listPlaceChoices } from "@/db/queries/places";
import { hazardCategories, hazardSeverities, responsibleKinds } from "@/db/schema/field-work";
import { recordsFieldWork } from "@/lib/authz";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { reportHazardAction } from "../actions";
import { HazardForm } from "../_components/hazard-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/field/hazards/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "field.hazards" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** 登记隐患 (?visit= and ?place= when found on a visit). */
export default async function NewHazardPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/hazards/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!recordsFieldWork(user)) staffNotFound();
  const query = await searchParams;
  const places = await listPlaceChoices(await getDb(), user);
  const t = await getTranslations({ locale, namespace: "field.hazards" });
  const today = shanghaiDay(new Date());
  const place = typeof query.place === "string" && places.all.some((p) => String(p.id) === query.place) ? query.place : undefined;
  const visit = typeof query.visit === "string" && /^\d{1,9}$/.test(query.visit) ? query.visit : undefined;
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("newTitle")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {visit ? <p className="text-base">{t("foundOnVisit")} #{visit}</p> : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["field"]}>
          <HazardForm
            action={reportHazardAction}
            places={places}
            choices={{
              categories: hazardCategories.map((c) => ({ value: c, label: t(`categories.${c}`) })),
              severities: hazardSeverities.map((s) => ({ value: s, label: t(`severities.${s}`) })),
              responsibleKinds: responsibleKinds.map((k) => ({ value: k, label: t(`responsibleKinds.${k}`) })),
            }}
            defaults={{ deadline: addDays(today, 7), minDeadline: today, place, visit }}
          />
        </ClientMessages>
      </section>
    </main>
  );
}
