import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth';
import { phaseLabel } from '@/lib/phases';
import { assignedRunners, caseloadSummary } from '@/lib/therapist/queries';

export const metadata: Metadata = { title: 'Caseload' };

export default async function TherapistHome() {
  const therapist = await requireRole('therapist');
  const [summary, runners] = await Promise.all([caseloadSummary(therapist), assignedRunners(therapist)]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Caseload</h1>
      <p className="mt-1 text-slate-700">
        You have <strong data-testid="caseload-count">{summary.runners}</strong> {summary.runners === 1 ? 'runner' : 'runners'} in your care.
      </p>
      <div className="mt-6 grid gap-4 sm:grid-cols-2">
        <Card title="Needs you today">
          <p>
            <strong>{summary.openRedFlags}</strong> with an open red flag · <strong>{summary.paused}</strong> with running paused
          </p>
        </Card>
        <Card title="By phase">
          <ul className="space-y-1">
            {summary.byPhase.map((row) => (
              <li key={row.phase} className="flex justify-between gap-4">
                <span>{phaseLabel(row.phase)}</span>
                <span className="font-medium">{row.runners}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <Card title="Your runners" className="mt-6">
        <ul aria-label="Your runners" className="divide-y divide-slate-100">
          {runners.map((runner) => (
            <li key={runner.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span className="font-medium">{runner.name}</span>
              <span className="text-slate-700">
                {runner.injuryType} · {phaseLabel(runner.phase)}
                {runner.phase === 'walk_run' ? `, stage ${runner.stage} of 8` : ''}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
