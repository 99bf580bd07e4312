import { getTranslations } from "next-intl/server";
import type { StatsFilter } from "@/db/queries/stats/filter";
import type { Locale } from "@/lib/i18n/locales";
import { periodKinds } from "@/lib/stats/period";

const control = "min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base";

/** The period, community and baseline year: a plain GET form, so it works without JavaScript and links can be shared. */
export async function StatsFilterForm({
  locale,
  filter,
  communities,
  choosesCommunity,
}: {
  locale: Locale;
  filter: StatsFilter;
  communities: { id: number; name: string }[];
  choosesCommunity: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "stats" });
  const p = filter.period;
  const years = Array.from({ length: 12 }, (_, i) => new Date(filter.now).getUTCFullYear() - i);
  const quarters = years.flatMap((y) => [4, 3, 2, 1].map((q) => `${y}-Q${q}`));
  return (
    <form method="get" className="no-print flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-lg font-bold">{t("filters.legend")}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-period" className="text-base font-medium">
            {t("filters.period")}
          </label>
          <select id="stats-period" name="period" defaultValue={p.kind} className={control}>
            {periodKinds.map((k) => (
              <option key={k} value={k}>
                {t(`filters.periodKinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-month" className="text-base font-medium">
            {t("filters.month")}
          </label>
          <input type="month" id="stats-month" name="month" defaultValue={p.month} className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-quarter" className="text-base font-medium">
            {t("filters.quarter")}
          </label>
          <select id="stats-quarter" name="quarter" defaultValue={p.quarter} className={control}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-year" className="text-base font-medium">
            {t("filters.year")}
          </label>
          <select id="stats-year" name="year" defaultValue={String(p.year)} className={control}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-from" className="text-base font-medium">
            {t("filters.from")}
          </label>
          <input type="date" id="stats-from" name="from" defaultValue={p.from} aria-describedby="stats-custom-hint" className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-to" className="text-base font-medium">
            {t("filters.to")}
          </label>
          <input type="date" id="stats-to" name="to" defaultValue={p.last} aria-describedby="stats-custom-hint" className={control} />
        </div>
        <p id="stats-custom-hint" className="text-sm text-slate-600 sm:col-span-3">
          {t("filters.customHint")}
        </p>
        {choosesCommunity ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="stats-community" className="text-base font-medium">
              {t("filters.community")}
            </label>
            <select id="stats-community" name="community" defaultValue={filter.communityId === null ? "" : String(filter.communityId)} className={control}>
              <option value="">{t("filters.allCommunities")}</option>
              {communities.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="stats-baseline" className="text-base font-medium">
            {t("filters.baselineYear")}
          </label>
          <select id="stats-baseline" name="baseline" defaultValue={String(filter.baselineYear)} aria-describedby="stats-baseline-hint" className={control}>
            {years
              .filter((y) => y < p.year)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </div>
        <p id="stats-baseline-hint" className="text-sm text-slate-600 sm:col-span-2">
          {t("filters.baselineHint")}
        </p>
      </fieldset>
      <button type="submit" className="min-h-12 rounded-lg bg-police-700 px-5 text-base font-semibold text-white hover:bg-police-800 sm:self-start">
        {t("filters.show")}
      </button>
    </form>
  );
}
