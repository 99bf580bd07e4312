import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { EmergencyBanner } from "@/components/emergency-banner";
import { TrackLookupForm } from "./_components/track-lookup-form";
import type { Locale } from "@/lib/i18n/locales";
import { lookUpRequest } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/track">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "track" });
  return { title: t("title"), robots: { index: false } };
}

export default async function TrackPage({ params }: PageProps<"/[locale]/track">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "track" });
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["track"]}>
          <TrackLookupForm action={lookUpRequest} emergency={<EmergencyBanner locale={locale} />} />
        </ClientMessages>
      </section>
    </main>
  );
}
