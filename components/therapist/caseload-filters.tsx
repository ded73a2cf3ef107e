import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { PHASE_LABEL, type Phase } from '@/lib/phases';
import type { CaseloadQuery } from '@/lib/therapist/caseload-query';

/** A plain GET form, so search and filter work without JavaScript and the URL can be shared or bookmarked. */
export function CaseloadFilters({ query, byPhase }: { query: CaseloadQuery; byPhase: Partial<Record<Phase, number>> }) {
  const filtered = Boolean(query.search || query.phase);
  return (
    <form method="get" action="/therapist" role="search" aria-label="Caseload" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="caseload-search" className="block font-medium text-slate-900">
          Search by name
        </label>
        <input id="caseload-search" name="q" type="search" defaultValue={query.search} maxLength={100} className="mt-1 block min-h-11 w-64 rounded-md border border-slate-500 bg-white px-3 py-2" />
      </div>
      <div>
        <label htmlFor="caseload-phase" className="block font-medium text-slate-900">
          Phase
        </label>
        <select id="caseload-phase" name="phase" defaultValue={query.phase ?? ''} className="mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2">
          <option value="">All phases</option>
          {(Object.keys(PHASE_LABEL) as Phase[]).map((phase) => (
            <option key={phase} value={phase}>
              {PHASE_LABEL[phase]} ({byPhase[phase] ?? 0})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses('secondary')}>
        Show
      </button>
      {filtered && (
        <Link href="/therapist" className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
          Clear search and filter
        </Link>
      )}
    </form>
  );
}
