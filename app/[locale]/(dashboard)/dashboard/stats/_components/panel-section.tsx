import Link from "next/link";
import type { PanelView, StatsTable } from "../_panels/types";

/** A table of figures: scrolls inside its own box on a phone, never split across printed pages when it fits one. */
function FiguresTable({ table, csvHref, csvLabel, csvText, notesLabel }: { table: StatsTable; csvHref?: string; csvLabel: string; csvText: string; notesLabel: string }) {
  const captionId = `table-${table.id}`;
  return (
    <div className="stats-table flex flex-col gap-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="min-w-full border-collapse text-sm">
          <caption id={captionId} className="px-3 py-2 text-left text-base font-semibold text-slate-900">
            {table.caption}
          </caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col" className="border-b border-slate-300 bg-slate-50 px-3 py-2 text-left font-semibold whitespace-nowrap">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} className="odd:bg-white even:bg-slate-50">
                {row.map((cell, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="border-b border-slate-200 px-3 py-2 text-left font-medium whitespace-nowrap">
                      {table.links?.[r] ? (
                        <Link href={table.links[r]!} className="text-police-700 underline">
                          {cell}
                        </Link>
                      ) : (
                        cell
                      )}
                    </th>
                  ) : (
                    <td key={c} className={`border-b border-slate-200 px-3 py-2 ${typeof cell === "number" ? "text-right tabular-nums" : ""}`}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes?.length ? (
        <details className="text-sm text-slate-700" open>
          <summary className="cursor-pointer font-medium">{notesLabel}</summary>
          <ul className="mt-1 list-disc pl-5">
            {table.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {csvHref ? (
        <a href={csvHref} aria-label={csvLabel} className="no-print self-start text-sm font-semibold text-police-700 underline" download>
          {csvText}
        </a>
      ) : null}
    </div>
  );
}

/** One panel: its heading, its chart and its tables (each with its CSV). */
export function PanelSection({
  id,
  title,
  view,
  csvHref,
  labels,
}: {
  id: string;
  title: string;
  view: PanelView;
  /** the CSV address of one of this panel's tables; none in the printed report */
  csvHref?: (tableId: string) => string;
  labels: { csv: string; csvLabel: (table: string) => string; notes: string };
}) {
  return (
    <section aria-labelledby={`panel-${id}`} className="stats-panel flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <h2 id={`panel-${id}`} className="text-xl font-bold text-police-900">
        {title}
      </h2>
      {view.chart}
      {view.tables.map((table) => (
        <FiguresTable
          key={table.id}
          table={table}
          csvHref={csvHref?.(table.id)}
          csvLabel={labels.csvLabel(table.caption)}
          csvText={labels.csv}
          notesLabel={labels.notes}
        />
      ))}
    </section>
  );
}
