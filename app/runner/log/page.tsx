import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { DecisionSummary } from '@/components/runner/decision-summary';
import { RunLogForm, type RunLogDefaults } from '@/components/runner/run-log-form';
import { buttonClasses } from '@/components/ui/button';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { careContactFor } from '@/lib/runner/care-contact';
import { logPageFor } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Log a run' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The interval timer hands over what was done: ?minutes=20&completed=yes. */
function defaultsFrom(params: Record<string, string | string[] | undefined>, planned: number): RunLogDefaults {
  const minutes = typeof params.minutes === 'string' && /^\d{1,3}$/.test(params.minutes) ? params.minutes : String(planned);
  const completed = params.completed === 'yes' || params.completed === 'no' ? params.completed : undefined;
  return { runMinutes: minutes, completed };
}

export default async function LogRunPage({ searchParams }: { searchParams: SearchParams }) {
  const runner = await requireRole('runner');
  const data = await logPageFor(runner, await localToday());
  if (!data) notFound();
  const otherLog = (
    <Link href="/runner/log/exercise" className={buttonClasses('secondary', 'mt-6')}>
      Log strength, mobility or cross-training
    </Link>
  );

  if (!data.running) {
    const contact = data.stop ? await careContactFor(runner) : null;
    return (
      <>
        <h1 className="text-3xl font-bold tracking-tight">Log</h1>
        {data.stop ? (
          <div className="mt-6">
            <DecisionSummary view={{ ...data.stop, contact }} title="Running is paused" />
          </div>
        ) : (
          <p className="mt-4">Your plan does not include running yet: your physical therapist will start it when you are ready.</p>
        )}
        {otherLog}
      </>
    );
  }

  const defaults = defaultsFrom(await searchParams, data.prescription.plannedRunMinutes);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Log a run</h1>
      <p className="mt-1 text-slate-700">
        {data.prescription.stage ? `Stage ${data.prescription.stage} of 8: ` : ''}
        {data.prescription.text}.
      </p>
      {!data.plannedToday && (
        <p className="mt-3 rounded-md border border-amber-600 bg-amber-50 p-3">
          Today is not a planned run day{data.nextRun ? ` (your next run is on ${data.nextRun.label})` : ''}. If you ran anyway, log it: the
          decision will remind you to leave a day between runs.
        </p>
      )}
      <div className="mt-6">
        <RunLogForm stage={data.phase === 'walk_run' ? data.stage : null} days={data.days} defaults={defaults} idempotencyKey={randomUUID()} />
      </div>
      {otherLog}
    </>
  );
}
