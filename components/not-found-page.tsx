import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { KeepRenderedPage } from "./keep-rendered-page";
import { NotFoundMessage } from "./not-found-message";

/**
 * A cached (ISR) page's 404, as real HTML. Next 16 cannot server-render not-found.tsx for a notFound()
 * thrown by a page: its error boundary works only in the browser, so the document was an empty
 * <html id="__next_error__"> and, without JavaScript, a blank page. Here the message is part of the page
 * itself (inside the layout: lang, header, styles), and notFound() is thrown inside a Suspense boundary,
 * which still makes a prerendered page's status 404 without emptying the document. Pages rendered per
 * request cannot set a status this way (theirs is sent before the boundary fails): they use
 * redirectToNotFound() in lib/not-found.ts.
 */
export function NotFoundPage({ message = <NotFoundMessage /> }: { message?: ReactNode }) {
  return (
    <>
      {message}
      <KeepRenderedPage>
        <Suspense fallback={null}>
          <NotFoundStatus />
        </Suspense>
      </KeepRenderedPage>
    </>
  );
}

function NotFoundStatus(): never {
  notFound();
}

/** The 404's title (and no indexing), for a page's generateMetadata when what it shows does not exist. */
export async function notFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}
