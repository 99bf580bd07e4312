import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { LocaleSwitch } from "./locale-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <header className="no-print bg-police-800 text-white">
      {/* Words never break inside (社区警务门/户 at 390 px): when the row is too narrow, the nav wraps as a whole. */}
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3">
        <Link href="/" className="text-lg font-bold break-keep focus-visible:outline-3 focus-visible:outline-amber-400">
          {t("name")}
        </Link>
        <nav aria-label={t("navLabel")} className="flex items-center gap-1 text-sm whitespace-nowrap">
          <Link href="/services" className="rounded px-2 py-2 underline-offset-4 hover:underline">
            {t("services")}
          </Link>
          <Link href="/track" className="rounded px-2 py-2 underline-offset-4 hover:underline">
            {t("track")}
          </Link>
          <LocaleSwitch locale={locale} />
        </nav>
      </div>
    </header>
  );
}
