import Link from "next/link";
import type { DayChoice } from "./slot-days";

/**
 * The days that have times, each a link to that day's times (a plain GET: works without JavaScript, and each
 * day is its own page). A day whose times are all taken is shown, not linked. The chosen day is marked.
 */
export function DayChooser({
  days,
  href,
  current,
  label,
  seatsLeft,
  fullLabel,
}: {
  days: DayChoice[];
  href: (day: string) => string;
  current?: string;
  label: string;
  seatsLeft: (n: number) => string;
  fullLabel: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2">
        {days.map((day) => {
          const inner = (
            <>
              <span className="font-semibold">{day.label}</span>
              <span className="text-sm">{day.remaining > 0 ? seatsLeft(day.remaining) : fullLabel}</span>
            </>
          );
          const box = "flex min-h-12 flex-col justify-center rounded-lg border px-3 py-2 text-base";
          return (
            <li key={day.day}>
              {day.remaining <= 0 && day.day !== current ? (
                <span className={`${box} border-slate-200 bg-slate-100 text-slate-600`}>{inner}</span>
              ) : (
                <Link
                  href={href(day.day)}
                  aria-current={day.day === current ? "page" : undefined}
                  className={`${box} focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-police-600 ${
                    day.day === current ? "border-police-700 bg-police-700 text-white" : "border-slate-400 bg-white text-police-800 hover:bg-police-50"
                  }`}
                >
                  {inner}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
