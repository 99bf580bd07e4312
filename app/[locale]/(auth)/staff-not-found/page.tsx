import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundPage } from "@/components/not-found-page";
import { StaffNotFoundMessage } from "@/components/staff-not-found-message";
import type { Locale } from "@/lib/i18n/locales";

// Where dashboard pages send a record that is not there or not the user's (lib/not-found.ts staffNotFound):
// rendered like the cached public pages, the only way Next sends a 404 status with the page's own HTML, so
// it reads without JavaScript too. It names nothing of what was asked for.
export const revalidate = 300;

export async function generateMetadata({ params }: PageProps<"/[locale]/staff-not-found">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "dashboard.notFound" });
  return { title: t("title"), robots: { index: false } };
}

export default async function StaffNotFoundPage({ params }: PageProps<"/[locale]/staff-not-found">) {
  setRequestLocale((await params).locale as Locale);
  return <NotFoundPage message={<StaffNotFoundMessage />} />;
}
