import type { Metadata } from 'next';
import { exportHref, ReportSection } from '@/components/admin/report-section';
import { ReportRangeForm } from '@/components/admin/report-range-form';
import { loadClinicReports } from '@/lib/admin/reports/load';
import { rangePresets, resolveRange } from '@/lib/admin/reports/range';
import { SUPPRESSION_NOTE } from '@/lib/admin/reports/tables';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { formatLongDate } from '@/lib/protocol';

export const metadata: Metadata = { title: 'Clinic reports' };

type SearchParams = Promise<{ from?: string | string[]; to?: string | string[] }>;

export default async function AdminReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const today = await localToday();
  const asked = await searchParams;
  const resolved = resolveRange(asked, today);
  const { range } = resolved;
  const tables = await loadClinicReports(admin, range);
  const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{admin.clinicName}</h1>
      <p className="mt-1 text-slate-700">
        Clinic reports from <strong data-testid="range-from">{formatLongDate(range.from)} {range.from.slice(0, 4)}</strong> to{' '}
        <strong data-testid="range-to">{formatLongDate(range.to)} {range.to.slice(0, 4)}</strong>
      </p>
      {!resolved.ok && (
        <p role="alert" className="mt-3 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          Those dates could not be used, so the last 90 days are shown. {Object.values(resolved.errors).join(' ')}
        </p>
      )}
      <div className="mt-4">
        <ReportRangeForm
          range={range}
          today={today}
          presets={rangePresets(today)}
          errors={resolved.ok ? undefined : resolved.errors}
          asked={{ from: single(asked.from), to: single(asked.to) }}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-3xl text-sm text-slate-700">{SUPPRESSION_NOTE}</p>
        <a href={exportHref('all', range)} download className="inline-flex min-h-11 items-center rounded-control bg-brand-700 px-4 font-semibold text-white shadow-sm hover:bg-brand-800">
          Download all reports (CSV)
        </a>
      </div>
      <div className="mt-6 space-y-6">
        {tables.map((table) => (
          <ReportSection key={table.id} table={table} range={range} />
        ))}
      </div>
    </>
  );
}
