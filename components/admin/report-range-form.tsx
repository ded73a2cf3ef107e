import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { rangeSearch, type ReportRange } from '@/lib/admin/reports/range';

interface Props {
  range: ReportRange;
  today: string;
  presets: { label: string; range: ReportRange }[];
  errors?: Record<string, string>;
  /** What was typed, shown back when it was not a valid range. */
  asked?: { from?: string; to?: string };
}

/** A plain GET form: the range lives in the address, so a report can be bookmarked or shared within the clinic. */
export function ReportRangeForm({ range, today, presets, errors = {}, asked }: Props) {
  const invalid = Object.keys(errors).length > 0;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <form method="get" action="/admin" role="search" className="flex flex-wrap items-start gap-4" aria-label="Report date range">
        <Field id="from" name="from" type="date" label="From" max={today} defaultValue={invalid ? (asked?.from ?? range.from) : range.from} error={errors.from} className="w-48" required />
        <Field id="to" name="to" type="date" label="To" max={today} defaultValue={invalid ? (asked?.to ?? range.to) : range.to} error={errors.to} className="w-48" required />
        <Button type="submit" className="mt-7">
          Show reports
        </Button>
      </form>
      <nav aria-label="Quick ranges" className="mt-2">
        <ul className="flex flex-wrap gap-2">
          {presets.map((preset) => {
            const current = preset.range.from === range.from && preset.range.to === range.to;
            return (
              <li key={preset.label}>
                <Link
                  href={`/admin?${rangeSearch(preset.range)}`}
                  aria-current={current ? 'true' : undefined}
                  className="inline-flex min-h-11 items-center rounded-full border border-slate-400 px-4 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800"
                >
                  {preset.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
