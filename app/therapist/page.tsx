import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseloadFilters } from '@/components/therapist/caseload-filters';
import { CaseloadPagination } from '@/components/therapist/pagination';
import { CaseloadTable } from '@/components/therapist/caseload-table';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { phaseLabel } from '@/lib/phases';
import { ADHERENCE_DEFINITION } from '@/lib/plan/adherence';
import { caseloadPage } from '@/lib/therapist/caseload';
import { parseCaseloadQuery } from '@/lib/therapist/caseload-query';

export const metadata: Metadata = { title: 'Caseload' };

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const therapist = await requireRole('therapist');
  const query = parseCaseloadQuery(await searchParams);
  const caseload = await caseloadPage(therapist, query, await localToday());
  const allRunners = Object.values(caseload.byPhase).reduce((sum, n) => sum + n, 0);
  const filtered = Boolean(query.search || query.phase);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Caseload</h1>
        <Link href="/therapist/runners/new" className="font-medium text-brand-800 underline">
          Add a runner
        </Link>
      </div>
      <p className="mt-1 text-slate-700">
        {filtered ? (
          <>
            <strong data-testid="caseload-count">{caseload.total}</strong> of {allRunners} runners match
            {query.search ? ` “${query.search}”` : ''}
            {query.phase ? ` in ${phaseLabel(query.phase)}` : ''}.
          </>
        ) : (
          <>
            You have <strong data-testid="caseload-count">{caseload.total}</strong> {caseload.total === 1 ? 'runner' : 'runners'} in your care. Red flags come first, then alerts to review, then overdue check-ins.
          </>
        )}
      </p>
      <div className="mt-4">
        <CaseloadFilters query={query} byPhase={caseload.byPhase} />
      </div>
      <div className="mt-4">
        {caseload.rows.length ? (
          <CaseloadTable rows={caseload.rows} />
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4">{filtered ? 'No runner matches this search.' : 'No runners yet. Add your first runner to send them an invitation.'}</p>
        )}
      </div>
      <CaseloadPagination query={query} pageCount={caseload.pageCount} />
      <p className="mt-4 text-sm text-slate-700">
        Sessions done, 14 days: the 14 days before today (today is still open). {ADHERENCE_DEFINITION}
      </p>
    </>
  );
}
