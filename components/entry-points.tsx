import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { entryPointKinds, kindModule } from "@/lib/request-kinds";

/**
 * What a resident can do for an officer (officer and community pages): every kind whose module has an entry
 * point. Each opens its own page: a short form, or for appointments the officer's own booking times and the
 * station hall's bookable services.
 */
export async function EntryPoints({ locale, officerSlug }: { locale: Locale; officerSlug: string }) {
  const t = await getTranslations({ locale, namespace: "entryPoints" });
  return (
    <nav aria-labelledby="entry-points-title" className="flex flex-col gap-3">
      <h2 id="entry-points-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {entryPointKinds.map((entry) => (
          <li key={entry}>
            <Link
              href={`/officers/${officerSlug}/${entry}`}
              className={`flex min-h-20 flex-col justify-center rounded-xl px-3 py-3 text-white shadow-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 ${kindModule(entry).urgent ? "bg-red-700 hover:bg-red-800" : "bg-police-700 hover:bg-police-800"}`}
            >
              <span className="text-lg font-bold">{t(`${entry}.name`)}</span>
              <span className="text-sm text-white/90">{t(`${entry}.hint`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
