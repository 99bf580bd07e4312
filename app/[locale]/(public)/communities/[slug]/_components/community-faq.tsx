import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

/** Questions residents asked and officers answered, de-identified, newest first; nothing when there are none. */
export async function CommunityFaq({ locale, entries }: { locale: Locale; entries: { id: number; question: string; answer: string }[] }) {
  if (entries.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "faq" });
  return (
    <section aria-labelledby="faq" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id="faq" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <div className="flex flex-col gap-2">
        {entries.map((entry) => (
          // <details> opens and closes without JavaScript.
          <details key={entry.id} className="rounded-lg border border-slate-200 p-3">
            <summary className="cursor-pointer text-base font-semibold">{entry.question}</summary>
            <p className="mt-2 whitespace-pre-wrap break-words text-base">{entry.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
