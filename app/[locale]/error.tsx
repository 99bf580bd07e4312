"use client";

import { useTranslations } from "next-intl";

/** Shown when a page fails to render: says plainly that nothing was sent and offers a retry. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("text")}</p>
      <button type="button" onClick={reset} className="min-h-12 self-start rounded-lg bg-police-700 px-5 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
