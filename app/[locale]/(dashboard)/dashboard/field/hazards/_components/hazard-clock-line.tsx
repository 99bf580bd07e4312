import { getTranslations } from "next-intl/server";
import type { HazardStatus } from "@/db/schema/field-work";
import type { hazardClock } from "@/lib/field-work";
import type { Locale } from "@/lib/i18n/locales";

/** A hazard's clocks in one line: the notice still to serve, the deadline (days left or overdue), the re-inspection. */
export async function HazardClockLine({
  locale,
  status,
  deadline,
  clock,
}: {
  locale: Locale;
  status: HazardStatus;
  deadline: string;
  clock: ReturnType<typeof hazardClock>;
}) {
  const t = await getTranslations({ locale, namespace: "field.hazards" });
  const parts: { text: string; alert: boolean }[] = [];
  if (status === "found") parts.push({ text: clock.noticeLate ? t("clock.noticeLate") : t("clock.serveBy", { day: clock.serveBy }), alert: clock.noticeLate });
  if (clock.awaitsReinspection) parts.push({ text: t("clock.reinspect"), alert: false });
  else if (status !== "verified") {
    const left = clock.overdue ? t("clock.overdue", { n: -clock.daysLeft }) : clock.daysLeft === 0 ? t("clock.dueToday") : t("clock.daysLeft", { n: clock.daysLeft });
    parts.push({ text: `${t("deadlineLine", { day: deadline })} · ${left}`, alert: clock.overdue });
  }
  return (
    <span className="flex flex-col text-sm" data-testid="hazard-clock">
      {parts.map((p) => (
        <span key={p.text} className={p.alert ? "font-semibold text-red-800" : "text-slate-700"}>
          {p.text}
        </span>
      ))}
    </span>
  );
}
