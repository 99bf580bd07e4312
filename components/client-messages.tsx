import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import type { Namespace } from "@/messages";

/**
 * Hands client components only the catalogue namespaces they use. The whole catalogue would ride along in
 * every cached page's HTML (it doubled the officer page's size and cut its throughput).
 */
export async function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: Namespace[];
  children: React.ReactNode;
}) {
  const all = (await getMessages({ locale })) as Record<string, unknown>;
  const messages = Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
  return (
    <NextIntlClientProvider locale={locale} messages={messages}>
      {children}
    </NextIntlClientProvider>
  );
}
