import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { listPlaceChoices } from "@/db/queries/places";
import { recordsFieldWork } from "@/lib/authz";
import { shanghaiClock, shanghaiDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { fieldVisitKinds } from "@/lib/validation/field-forms";
import { requireStaff } from "@/server/auth";
import { visitOutcomes } from "@/db/schema/field-work";
import { logVisitAction } from "../actions";
import { VisitForm } from "../_components/visit-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/field/visits/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "field.visits" });
  return { title: t("newTitle"), robots: { index: false } };
}

/** 记走访: the form, with now, the user's community and their last place filled in (?place= and ?request= preselect). */
export default async function NewVisitPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/visits/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!recordsFieldWork(user)) staffNotFound();
  const query = await searchParams;
  const places = await listPlaceChoices(await getDb(), user);
  const t = await getTranslations({ locale, namespace: "field.visits" });
  const now = new Date();
  const place = typeof query.place === "string" && places.all.some((p) => String(p.id) === query.place) ? query.place : undefined;
  return (
    <main className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold text-police-900">{t("newTitle")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["field"]}>
          <VisitForm
            action={logVisitAction}
            draftName={`field-draft:visit:${user.id}`}
            kinds={fieldVisitKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            outcomes={visitOutcomes.map((outcome) => ({ value: outcome, label: t(`outcomes.${outcome}`) }))}
            places={places}
            defaults={{
              startedAt: `${shanghaiDay(now)}T${shanghaiClock(now)}`,
              place,
              requestCode: typeof query.request === "string" ? query.request.slice(0, 12) : undefined,
            }}
          />
        </ClientMessages>
      </section>
    </main>
  );
}
