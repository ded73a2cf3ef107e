import Link from 'next/link';
import { AdherenceBadge } from '@/components/plan/adherence-badge';
import { PainChip } from '@/components/ui/pain-chip';
import type { CaseloadRow } from '@/lib/therapist/caseload';
import { phaseAndStage, shortDate } from '@/lib/therapist/format';

function AlertBadges({ row }: { row: CaseloadRow }) {
  const badges = [];
  if (row.openRedFlags) badges.push(<span key="red" className="rounded-full bg-danger px-2 py-0.5 text-sm font-semibold text-white">{row.openRedFlags === 1 ? 'Red flag' : `${row.openRedFlags} red flags`}</span>);
  if (row.openOtherAlerts) badges.push(<span key="review" className="rounded border border-amber-700 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900">{row.openOtherAlerts === 1 ? 'Review' : `${row.openOtherAlerts} to review`}</span>);
  if (row.overdueCheckIn) badges.push(<span key="check-in" className="rounded border border-slate-500 bg-white px-2 py-0.5 text-sm text-slate-800">Check-in overdue</span>);
  return badges.length ? <span className="flex flex-wrap gap-1">{badges}</span> : <span className="text-slate-700">None</span>;
}

function LatestPain({ run }: { run: CaseloadRow['latestRun'] }) {
  if (!run) return <span className="text-slate-700">No runs yet</span>;
  return (
    <>
      <span className="flex flex-wrap gap-1">
        <PainChip label="During" score={run.during} />
        <PainChip label="After" score={run.after} />
        {run.nextMorning !== null && <PainChip label="Next morning" score={run.nextMorning} />}
      </span>
      <span className="mt-0.5 block text-sm text-ink-muted">{shortDate(run.date)}</span>
    </>
  );
}

const METER_FILL: Record<CaseloadRow['adherence']['level'], string> = { good: 'bg-ok', fair: 'bg-warn', poor: 'bg-danger', none: 'bg-slate-300' };

/** Sessions done of those prescribed as a short bar under the badge (which says the same in words), to scan a column. */
function AdherenceMeter({ adherence }: { adherence: CaseloadRow['adherence'] }) {
  if (adherence.percent === null) return null;
  return (
    <span className="mt-1.5 block h-1.5 w-full max-w-40 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
      <span className={`block h-full rounded-full ${METER_FILL[adherence.level]}`} style={{ width: `${Math.min(100, adherence.percent)}%` }} />
    </span>
  );
}

/** The caseload, one row per runner, in the order the query gives (who needs the therapist first). */
export function CaseloadTable({ rows }: { rows: CaseloadRow[] }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-white shadow-card">
      <table className="w-full text-left">
        <caption className="sr-only">Your runners: open red flags first, then alerts to review, then overdue check-ins. Pain is out of 10.</caption>
        <thead className="bg-surface-sunken text-eyebrow tracking-wide text-ink-muted uppercase">
          <tr>
            <th scope="col" className="px-3 py-2.5">Runner</th>
            <th scope="col" className="px-3 py-2.5">Injury</th>
            <th scope="col" className="px-3 py-2.5">Phase</th>
            <th scope="col" className="px-3 py-2.5">Last log</th>
            <th scope="col" className="px-3 py-2.5">Sessions done, 14 days</th>
            <th scope="col" className="px-3 py-2.5">Latest run pain</th>
            <th scope="col" className="px-3 py-2.5">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`border-t border-line align-top hover:bg-brand-50/40 ${row.openRedFlags ? 'bg-danger-tint shadow-[inset_4px_0_0_var(--color-danger)]' : ''}`}>
              <th scope="row" className="px-3 py-2.5 font-medium">
                <Link href={`/therapist/runners/${row.id}`} className="inline-flex min-h-6 items-center whitespace-nowrap text-brand-800 underline">
                  {row.name}
                </Link>
              </th>
              <td className="px-3 py-2.5">{row.injuryType}</td>
              <td className="px-3 py-2.5">{phaseAndStage(row.phase, row.stage)}</td>
              <td className="whitespace-nowrap px-3 py-2.5">{row.lastLogDate ? shortDate(row.lastLogDate) : <span className="text-slate-700">Nothing logged</span>}</td>
              <td className="px-3 py-2.5">
                <AdherenceBadge adherence={row.adherence} />
                <AdherenceMeter adherence={row.adherence} />
              </td>
              <td className="px-3 py-2.5">
                <LatestPain run={row.latestRun} />
              </td>
              <td className="px-3 py-2.5">
                <AlertBadges row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
