import { ReportBarChart } from '@/components/charts/report-bar-chart';
import { chartData } from '@/lib/admin/reports/export';
import type { ReportRange } from '@/lib/admin/reports/range';
import type { ReportTable } from '@/lib/admin/reports/tables';

export function exportHref(table: string, range: ReportRange): string {
  return `/admin/reports/export?${new URLSearchParams({ table, from: range.from, to: range.to }).toString()}`;
}

/** One report: its chart and, beside it, the table the chart draws and the CSV holds. */
export function ReportSection({ table, range }: { table: ReportTable; range: ReportRange }) {
  const chart = chartData(table);
  const headingId = `report-${table.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-card border border-line bg-surface p-4 shadow-card sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {table.title}
        </h2>
        <a
          href={exportHref(table.id, range)}
          download
          className="inline-flex min-h-11 items-center rounded-control border border-line-strong bg-white px-3 font-semibold text-brand-800 hover:border-brand-600 hover:bg-brand-50"
        >
          Download CSV<span className="sr-only"> of {table.title}</span>
        </a>
      </div>
      <p className="mt-1 text-sm text-slate-700">{table.definition}</p>
      <div className={`mt-4 grid gap-6 ${chart ? 'lg:grid-cols-2' : ''}`}>
        {chart && <ReportBarChart data={chart} title={table.title} />}
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr className="border-b border-line-strong text-eyebrow tracking-wide text-ink-muted uppercase">
                {table.columns.map((column, index) => (
                  <th key={column} scope="col" className={`py-2 pr-3 font-semibold ${index > 0 ? 'text-right' : ''}`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row[0]?.text} className="border-b border-slate-100">
                  {row.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className="py-2 pr-3 font-normal">
                        {cell.text}
                      </th>
                    ) : (
                      <td key={index} className="py-2 pr-3 text-right tabular-nums">
                        {cell.text}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
