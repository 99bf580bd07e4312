import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SignInForm } from "./_components/sign-in-form";
import type { Locale } from "@/lib/i18n/locales";
import { signInAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/login">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "signIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ params }: PageProps<"/[locale]/login">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return (
    <main className="mx-auto flex max-w-md flex-col gap-4 px-4 py-8">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["signIn"]}>
          <SignInForm action={signInAction} />
        </ClientMessages>
      </section>
    </main>
  );
}
