"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { IncidentImportState } from "@/db/schema/incidents";

interface Progress {
  state: IncidentImportState;
  stalled: boolean;
  totalRows: number;
  checkedRows: number;
}

/**
 * The import's progress bar: polls the import's progress once a second and, once it has finished, lets the
 * server render the outcome (the counts, or every refused line). Without JavaScript the page refreshes itself.
 */
export function ImportProgress({ id, initial }: { id: number; initial: Progress }) {
  const t = useTranslations("incidents");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    const timer = setInterval(async () => {
      const response = await fetch(`/api/incidents/import/${id}`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok) return;
      const next = (await response.json()) as Progress;
      setProgress(next);
      if (next.state === "done" || next.state === "failed") {
        clearInterval(timer);
        router.refresh();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [id, router]);
  const total = Math.max(progress.totalRows, progress.checkedRows, 1);
  const saving = progress.state === "saving";
  return (
    <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
      <p className="text-base font-semibold">{t(`importStates.${progress.stalled ? "stalled" : progress.state}`)}</p>
      <progress aria-label={t("importProgress.progressLabel")} max={total} value={saving ? total : progress.checkedRows} className="h-4 w-full" />
      <p role="status" className="text-base">
        {saving ? t("importProgress.saving", { total: progress.checkedRows }) : t("importProgress.checked", { checked: progress.checkedRows, total: progress.totalRows })}
      </p>
      <noscript>{t("importProgress.refreshHint")}</noscript>
    </section>
  );
}
