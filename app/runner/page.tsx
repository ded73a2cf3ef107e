import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth';
import { phaseLabel } from '@/lib/phases';
import { currentDecisionFor, runnerProfileFor } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Today' };

function formatDay(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

export default async function RunnerToday() {
  const runner = await requireRole('runner');
  const [profile, decision] = await Promise.all([runnerProfileFor(runner), currentDecisionFor(runner)]);
  if (!profile) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Today</h1>
      <p className="mt-1 text-slate-700">
        {profile.injuryType} · your physical therapist is {profile.therapistName}
      </p>
      <Card title="Where you are" className="mt-6">
        <p data-testid="runner-phase" className="text-lg font-medium">
          {phaseLabel(profile.phase)}
          {profile.phase === 'walk_run' || profile.phase === 'paused' ? ` · stage ${profile.stage} of 8` : ''}
        </p>
        {profile.phase === 'paused' ? (
          <p className="mt-2 font-medium text-red-800">Running is paused. Contact your physical therapist before your next run.</p>
        ) : decision?.earliestNextRun ? (
          <p className="mt-2">Next run: {formatDay(decision.earliestNextRun)}, stage {decision.nextStage}.</p>
        ) : null}
      </Card>
    </>
  );
}
