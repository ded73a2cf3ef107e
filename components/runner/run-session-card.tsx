import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { RUN_SAFETY_ADVICE, speedAndHillsAdvice, type RunSession } from '@/lib/protocol';
import { runTitle, sessionText } from '@/lib/runner/session-text';
import { IntervalTimer } from './interval-timer';

/** Today's prescribed run: the intervals, the effort, the warm-up, the timer, and the way to log it. */
export function RunSessionCard({ run }: { run: RunSession }) {
  return (
    <Card title={`Today's run: ${runTitle(run)}`} className="mt-6">
      <p className="text-lg font-medium">{sessionText(run)}</p>
      {run.walkMinutes > 0 && (
        <p className="mt-1 text-slate-700">
          {run.totalMinutes} min in all, {run.plannedRunMinutes} min of it running.
        </p>
      )}
      <dl className="mt-3 space-y-2">
        <div>
          <dt className="font-medium">Effort</dt>
          <dd>{run.effort}: you can talk in full sentences.</dd>
        </div>
        <div>
          <dt className="font-medium">Before you go</dt>
          <dd>{run.warmUp}</dd>
        </div>
        {speedAndHillsAdvice(run.phase) && (
          <div>
            <dt className="font-medium">Keep it easy</dt>
            <dd>{speedAndHillsAdvice(run.phase)}</dd>
          </div>
        )}
        <div>
          <dt className="font-medium">Listen to your body</dt>
          <dd>{RUN_SAFETY_ADVICE}</dd>
        </div>
      </dl>
      <div className="mt-4">
        <IntervalTimer session={run} />
      </div>
      <Link href="/runner/log" className={buttonClasses('primary', 'mt-4 w-full')}>
        Log this run
      </Link>
    </Card>
  );
}
