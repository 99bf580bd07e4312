import Link from "next/link";
import { inputClass } from "@/components/ui/field";

/** The previous day, a date to jump to (a plain GET form), the next day: for the dashboard's day views. */
export function DayNavigator({
  path,
  day,
  previous,
  next,
  labels,
}: {
  path: string;
  day: string;
  previous: string;
  next: string;
  labels: { previous: string; day: string; show: string; next: string };
}) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Link href={`${path}?day=${previous}`} className="min-h-10 font-semibold text-police-700 underline">
        {labels.previous}
      </Link>
      <form method="get" action={path} className="flex items-end gap-2">
        <label className="flex flex-col gap-1 text-base">
          {labels.day}
          <input type="date" name="day" defaultValue={day} className={inputClass} />
        </label>
        <button type="submit" className="min-h-12 rounded-lg border border-police-700 px-4 font-semibold text-police-700">
          {labels.show}
        </button>
      </form>
      <Link href={`${path}?day=${next}`} className="min-h-10 font-semibold text-police-700 underline">
        {labels.next}
      </Link>
    </div>
  );
}
