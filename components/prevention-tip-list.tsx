import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";

export interface PublicPreventionTip {
  id: number;
  topic: string;
  title: string;
  body: string;
}

/** Prevention tips for residents (community and officer pages); nothing when there are none. */
export async function PreventionTipList({ locale, tips, headingId = "prevention-tips" }: { locale: Locale; tips: PublicPreventionTip[]; headingId?: string }) {
  if (tips.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "preventionTips" });
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id={headingId} className="text-lg font-bold">
        {t("heading")}
      </h2>
      <ul className="flex flex-col gap-3">
        {tips.map((tip) => (
          <li key={tip.id} className="rounded-lg bg-police-50 p-3">
            <p className="text-sm text-slate-700">{t.has(`topics.${tip.topic}` as "topics.home") ? t(`topics.${tip.topic}` as "topics.home") : tip.topic}</p>
            <h3 className="text-base font-semibold">{tip.title}</h3>
            <p className="mt-1 whitespace-pre-wrap break-words text-base">{tip.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
