import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { listPlaceChoices } from "@/db/queries/places";
import { careCategories, careRiskLevels } from "@/db/schema/field-work";
import { recordsFieldWork } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { addCareSubjectAction } from "../actions";
import { CareSubjectForm } from "../_components/care-forms";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/field/care/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "field.care" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewCareSubjectPage({ params }: PageProps<"/[locale]/dashboard/field/care/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!recordsFieldWork(user)) staffNotFound();
  const places = await listPlaceChoices(await getDb(), user);
  const t = await getTranslations({ locale, namespace: "field.care" });
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("newTitle")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["field"]}>
          <CareSubjectForm
            action={addCareSubjectAction}
            places={places}
            choices={{
              categories: careCategories.map((c) => ({ value: c, label: t(`categories.${c}`) })),
              riskLevels: careRiskLevels.map((r) => ({ value: r, label: t(`riskLevels.${r}`) })),
            }}
          />
        </ClientMessages>
      </section>
    </main>
  );
}
