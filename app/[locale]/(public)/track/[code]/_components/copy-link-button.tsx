"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

const noSubscription = () => () => {};

/**
 * Copies the private link. Shown only once JavaScript runs: without it the link above stays plain text to
 * select and copy, and a button that does nothing would only mislead.
 */
export function CopyLinkButton({ link }: { link: string }) {
  const t = useTranslations("track");
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  if (!hydrated) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={copy}
        className="min-h-12 rounded-lg bg-police-700 px-5 font-semibold text-white hover:bg-police-800 focus-visible:outline-3 focus-visible:outline-amber-400"
      >
        {t("copyLink")}
      </button>
      <span role="status" className="text-base">
        {outcome ? t(outcome === "copied" ? "copied" : "copyFailed") : ""}
      </span>
    </div>
  );
}
