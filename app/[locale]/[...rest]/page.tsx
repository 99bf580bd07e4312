import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NotFoundPage, notFoundMetadata } from "@/components/not-found-page";
import type { Locale } from "@/lib/i18n/locales";

// Rendered like the cached public pages, because only that way Next sends a 404 status with the page's own
// HTML (components/not-found-page.tsx). Nothing is kept: page-cache-handler.mjs never stores a new 404.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/[...rest]">): Promise<Metadata> {
  return notFoundMetadata((await params).locale as Locale);
}

/** Any address no page answers: the localized 404 with the site's header, rather than Next's bare one. */
export default async function UnknownPage({ params }: PageProps<"/[locale]/[...rest]">) {
  setRequestLocale((await params).locale as Locale);
  return <NotFoundPage />;
}
