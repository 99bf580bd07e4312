"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export const UNREAD_POLL_MS = 30_000;

/**
 * The unread notification count in the dashboard header. Starts with the count rendered on the server, then
 * asks again every 30 seconds while the tab is visible, when it becomes visible, and after each navigation
 * (the layout keeps this component alive, and opening a request just read some). Screen readers hear a
 * change politely. It links to the list of notifications.
 */
export function UnreadBadge({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications");
  const [count, setCount] = useState(initialCount);
  // A fresh server render (after an action, a refresh) brings a newer count.
  const [rendered, setRendered] = useState(initialCount);
  if (rendered !== initialCount) {
    setRendered(initialCount);
    setCount(initialCount);
  }
  const pathname = usePathname();

  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let inFlight: AbortController | undefined;
    const refresh = async () => {
      inFlight?.abort();
      const controller = (inFlight = new AbortController());
      try {
        const response = await fetch("/api/notifications/unread", { cache: "no-store", signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { unread?: unknown };
        if (typeof body.unread === "number") setCount(body.unread);
      } catch {
        // Offline or aborted: the next poll tries again.
      }
    };
    const start = () => {
      timer ??= setInterval(refresh, UNREAD_POLL_MS);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibilityChange = () => {
      if (document.hidden) return stop();
      void refresh();
      start();
    };
    if (!document.hidden) {
      void refresh();
      start();
    }
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      stop();
      inFlight?.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [pathname]);

  return (
    // The live region holds the link (a link's name would leave out a status role's text).
    <span role="status" aria-live="polite" aria-atomic="true" data-testid="unread-count" data-count={count}>
      <Link
        href="/dashboard/notifications"
        className={`inline-flex min-h-10 items-center rounded-full px-3 underline-offset-4 hover:underline ${
          count > 0 ? "bg-red-700 font-semibold text-white" : "bg-slate-100 text-slate-700"
        }`}
      >
        {t("unread", { count })}
      </Link>
    </span>
  );
}
