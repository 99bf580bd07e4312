import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

const entries = ["message", "tip", "appointment", "consultation", "help", "advice"] as const;
// Entry points whose forms exist; the others say plainly that they are coming, rather than link nowhere.
const available: ReadonlySet<(typeof entries)[number]> = new Set(["message"]);

/** The six things a resident can do from the officer page. */
export async function EntryPoints({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "entryPoints" });
  return (
    <nav aria-labelledby="entry-points-title" className="flex flex-col gap-3">
      <h2 id="entry-points-title" className="text-xl font-bold">
        {t("title")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {entries.map((entry) =>
          available.has(entry) ? (
            <li key={entry}>
              <a
                href={`#${entry}`}
                className="flex min-h-20 flex-col justify-center rounded-xl bg-police-700 px-3 py-3 text-white shadow-sm hover:bg-police-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500"
              >
                <span className="text-lg font-bold">{t(`${entry}.name`)}</span>
                <span className="text-sm text-white/90">{t(`${entry}.hint`)}</span>
              </a>
            </li>
          ) : (
            <li key={entry} className="flex min-h-20 flex-col justify-center rounded-xl border border-slate-300 bg-slate-100 px-3 py-3 text-slate-700">
              <span className="text-lg font-bold">{t(`${entry}.name`)}</span>
              <span className="text-sm">{t("comingSoon")}</span>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}
