import Link from 'next/link';
import { AdherenceBadge } from '@/components/plan/adherence-badge';
import type { CaseloadRow } from '@/lib/therapist/caseload';
import { phaseAndStage, shortDate } from '@/lib/therapist/format';

function AlertBadges({ row }: { row: CaseloadRow }) {
  const badges = [];
  if (row.openRedFlags) badges.push(<span key="red" className="rounded bg-red-700 px-2 py-0.5 text-sm font-medium text-white">{row.openRedFlags === 1 ? 'Red flag' : `${row.openRedFlags} red flags`}</span>);
  if (row.openOtherAlerts) badges.push(<span key="review" className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">{row.openOtherAlerts === 1 ? 'Review' : `${row.openOtherAlerts} to review`}</span>);
  if (row.overdueCheckIn) badges.push(<span key="check-in" className="rounded border border-slate-500 bg-white px-2 py-0.5 text-sm text-slate-800">Check-in overdue</span>);
  return badges.length ? <span className="flex flex-wrap gap-1">{badges}</span> : <span className="text-slate-700">None</span>;
}

function LatestPain({ run }: { run: CaseloadRow['latestRun'] }) {
  if (!run) return <span className="text-slate-700">No runs yet</span>;
  return (
    <>
      <span className="block whitespace-nowrap">
        During {run.during} · after {run.after}
        {run.nextMorning !== null ? ` · next morning ${run.nextMorning}` : ''}
      </span>
      <span className="block text-sm text-slate-700">{shortDate(run.date)}</span>
    </>
  );
}

/** The caseload, one row per runner, in the order the query gives (who needs the therapist first). */
export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left">
        <caption className="sr-only">Your runners: open red flags first, then alerts to review, then overdue check-ins. Pain is out of 10.</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            <th scope="col" className="px-3 py-2">Runner</th>
            <th scope="col" className="px-3 py-2">Injury</th>
            <th scope="col" className="px-3 py-2">Phase</th>
            <th scope="col" className="px-3 py-2">Last log</th>
            <th scope="col" className="px-3 py-2">Sessions done, 14 days</th>
            <th scope="col" className="px-3 py-2">Latest run pain</th>
            <th scope="col" className="px-3 py-2">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-t border-slate-200 align-top ${row.openRedFlags ? 'bg-red-50' : ''}`}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/therapist/runners/${row.id}`} className="inline-flex min-h-6 items-center text-brand-800 underline">
                  {row.name}
                </Link>
              </th>
              <td className="px-3 py-2">{row.injuryType}</td>
              <td className="px-3 py-2">{phaseAndStage(row.phase, row.stage)}</td>
              <td className="whitespace-nowrap px-3 py-2">{row.lastLogDate ? shortDate(row.lastLogDate) : <span className="text-slate-700">Nothing logged</span>}</td>
              <td className="px-3 py-2">
                <AdherenceBadge adherence={row.adherence} />
              </td>
              <td className="px-3 py-2">
                <LatestPain run={row.latestRun} />
              </td>
              <td className="px-3 py-2">
                <AlertBadges row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
