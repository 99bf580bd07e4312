import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listPopulations } from "@/db/queries/stats/populations";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { requireStaff } from "@/server/auth";
import { PopulationForm } from "./_components/population-form";
import { setPopulationAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/admin/population">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "incidents" });
  return { title: t("population.title"), robots: { index: false } };
}

/** 社区人口: the denominators of every rate, per community and year, set by the administrator (audited). */
export default async function PopulationPage({ params, searchParams }: PageProps<"/[locale]/dashboard/admin/population">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const list = await listPopulations(await getDb(), user);
  if (!list) staffNotFound();
  const t = await getTranslations({ locale, namespace: "incidents" });
  const done = (await searchParams).done === "saved";
  const number = new Intl.NumberFormat(locale);
  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("population.title")}</h1>
      <p className="text-base text-slate-700">{t("population.intro")}</p>
      {done ? <FormAlert tone="success" message={t("population.saved")} /> : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["incidents"]}>
          <PopulationForm action={setPopulationAction} year={new Date().getUTCFullYear()} communities={list.map((c) => ({ value: String(c.id), label: c.name }))} />
        </ClientMessages>
      </section>
      <section aria-labelledby="population-figures" className="flex flex-col gap-2">
        <h2 id="population-figures" className="text-lg font-bold">
          {t("population.figures")}
        </h2>
        <ul className="flex flex-col gap-2">
          {list.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-3">
              <p className="font-semibold">{c.name}</p>
              {c.figures.length === 0 ? (
                <p className="text-sm text-slate-700">{t("population.none")}</p>
              ) : (
                <ul className="text-sm text-slate-700">
                  {c.figures.map((f) => (
                    <li key={f.year}>{t("population.figure", { year: f.year, population: number.format(f.population), source: f.source })}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
