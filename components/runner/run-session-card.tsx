import { Card } from '@/components/ui/card';
import { speedAndHillsAdvice, type RunSession } from '@/lib/protocol';
import { runTitle, sessionText } from '@/lib/runner/session-text';
import { IntervalTimer } from './interval-timer';

function Stat({ value, unit, label }: { value: number | string; unit?: string; label: string }) {
  return (
    <div className="rounded-xl bg-surface-sunken px-3 py-2.5">
      <p className="numeral text-4xl font-bold text-ink">
        {value}
        {unit && <span className="ml-0.5 text-base font-semibold text-ink-muted">{unit}</span>}
      </p>
      <p className="mt-1 text-sm leading-snug text-ink-muted">{label}</p>
    </div>
  );
}

/**
 * Today's prescribed run: the numbers at a glance, the effort, the warm-up, and the timer, which holds the safety
 * advice and the one way to log the run.
 */
export function RunSessionCard({ run }: { run: RunSession }) {
  const intervals = run.walkMinutes > 0;
  return (
    <Card title={`Today's run: ${runTitle(run)}`} className="mt-6">
      <div className={`grid gap-2 ${intervals ? 'grid-cols-3' : 'grid-cols-2'}`}>
        <Stat value={run.totalMinutes} unit="min" label="in all" />
        <Stat value={run.plannedRunMinutes} unit="min" label="of it running" />
        {intervals && <Stat value={`${run.repeats + (run.finalCycle ? 1 : 0)}×`} label={`run ${run.runMinutes} · walk ${run.walkMinutes} min`} />}
      </div>
      <p className="mt-3 text-lg font-medium">{sessionText(run)}</p>
      <p className="mt-3 flex flex-wrap items-center gap-2">
        <span className="inline-flex items-center gap-1.5 rounded-full bg-pain-none-tint px-3 py-1 text-sm font-semibold text-pain-0 ring-1 ring-pain-0/30">
          <span className="size-2.5 rounded-full bg-pain-0" aria-hidden="true" />
          {run.effort}
        </span>
        <span className="text-sm text-ink-muted">You can talk in full sentences.</span>
      </p>
      <dl className="mt-4 space-y-3 border-t border-line pt-3">
        <div>
          <dt className="text-eyebrow font-semibold tracking-wide text-ink-muted uppercase">Before you go</dt>
          <dd>{run.warmUp}</dd>
        </div>
        {speedAndHillsAdvice(run.phase) && (
          <div>
            <dt className="text-eyebrow font-semibold tracking-wide text-ink-muted uppercase">Keep it easy</dt>
            <dd>{speedAndHillsAdvice(run.phase)}</dd>
          </div>
        )}
      </dl>
      <div className="mt-4">
        <IntervalTimer session={run} />
      </div>
    </Card>
  );
}
