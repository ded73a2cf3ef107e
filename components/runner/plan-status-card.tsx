import { Card } from '@/components/ui/card';
import { explainRule, formatLongDate, MAX_STAGE } from '@/lib/protocol';
import { PHASE_LABEL, type Phase } from '@/lib/phases';
import type { PlanStatus } from '@/lib/plan/status';
import type { CareContact as CareContactData } from '@/lib/runner/care-contact-links';
import type { DecisionView } from '@/lib/runner/decision-view';
import type { NextRun } from '@/lib/runner/queries';
import { ProgressRing } from '@/components/ui/progress-ring';
import { CareContact } from './care-contact';
import { DecisionSummary } from './decision-summary';

interface Props {
  status: PlanStatus;
  phaseLabel: string;
  stage: number;
  /** Paused after the walk-run ladder: the phase running stopped in, named instead of a stage. */
  pausedIn?: string | null;
  therapistName: string;
  nextRun: NextRun | null;
  runDayToday: boolean;
  stop: DecisionView | null;
  painAllowance: number;
  /** A line the phase always carries (continuous: speed work and hills wait). */
  phaseAdvice: string | null;
  /** How to reach the therapist, where the status sends the runner to them (a paused plan's stop card carries it). */
  contact?: CareContactData | null;
}

const dateOf = (at: Date) => formatLongDate(at.toISOString().slice(0, 10));

/** The one current status of the runner's plan, leading Today: nothing below it may say otherwise. */
export function PlanStatusCard({ status, phaseLabel, stage, pausedIn = null, therapistName, nextRun, runDayToday, stop, painAllowance, phaseAdvice, contact = null }: Props) {
  switch (status.kind) {
    case 'paused':
      return (
        <div className="space-y-3">
          <p data-testid="runner-phase" className="text-xl font-bold tracking-tight">
            {phaseLabel} · {pausedIn ? `in ${PHASE_LABEL[pausedIn as Phase]?.toLowerCase() ?? pausedIn}` : `Stage ${stage} of ${MAX_STAGE}`}
          </p>
          {stop && <DecisionSummary view={stop} title="Running is paused" />}
        </div>
      );
    case 'reassess':
      return (
        <Card title="Running waits for your physical therapist" className="border-l-8 border-l-warn">
          <p data-testid="runner-phase" className="text-lg font-medium">{phaseLabel} · on hold</p>
          <p className="mt-2">{explainRule('gap.reassess', 'runner', { days: status.days })}</p>
          <p className="mt-2">Strength and mobility work go on as planned. Ask {therapistName} for that check when you want to run again.</p>
          {contact && <CareContact contact={contact} className="mt-3" />}
        </Card>
      );
    case 'rest_today':
      return (
        <Card title="Rest today" className="border-l-8 border-l-warn">
          <p data-testid="runner-phase" className="text-lg font-medium">{phaseLabel}{phaseLabel.startsWith('Walk-run') ? ` · Stage ${stage} of ${MAX_STAGE}` : ''}</p>
          <p className="mt-2">{explainRule('prerun.pain_today', 'runner', { painAllowance })}</p>
          {nextRun && <p className="mt-2">Your plan is unchanged: next run {nextRun.label}, if the pain has settled.</p>}
        </Card>
      );
    case 'not_running':
      return (
        <Card title="Where you are">
          <p data-testid="runner-phase" className="text-xl font-bold tracking-tight">{status.phaseLabel}</p>
        </Card>
      );
    case 'running': {
      const onLadder = phaseLabel.startsWith('Walk-run');
      return (
        <Card>
          <div className="flex items-center gap-4">
            <ProgressRing value={onLadder ? stage : MAX_STAGE} max={MAX_STAGE}>
              {onLadder ? (
                <>
                  <span className="numeral text-metric text-ink">{stage}</span>
                  <span className="text-sm font-medium text-ink-muted">of {MAX_STAGE}</span>
                </>
              ) : (
                <span className="text-3xl" role="presentation">
                  ✓
                </span>
              )}
            </ProgressRing>
            <div className="min-w-0">
              <h2 className="text-eyebrow font-semibold tracking-wide text-ink-muted uppercase">Where you are</h2>
              <p data-testid="runner-phase" className="text-xl leading-snug font-bold tracking-tight">
                {phaseLabel}
                {onLadder ? ` · Stage ${stage} of ${MAX_STAGE}` : ''}
              </p>
              {!onLadder && <p className="mt-1 text-sm text-ink-muted">Walk-run ladder complete</p>}
            </div>
          </div>
          {status.reviewed && (
            <p data-testid="plan-reviewed" className="mt-3 rounded-md border-l-4 border-ok bg-ok-tint p-2">
              {status.reviewed.byName} reviewed your plan on {dateOf(status.reviewed.on)}: {status.reviewed.decision}.
            </p>
          )}
          {status.gap && <p className="mt-3">{explainRule('gap.step_back', 'runner', { stage, days: status.gap.days })}</p>}
          {phaseAdvice && <p className="mt-3">{phaseAdvice}</p>}
          {!runDayToday && nextRun && (
            <p className="mt-3 rounded-md bg-surface-sunken p-3">
              <span className="font-semibold">Next run: {nextRun.label}</span>
              {nextRun.stage ? `, stage ${nextRun.stage}` : ''} · <span className="numeral font-semibold">{nextRun.plannedRunMinutes}</span> min running
            </p>
          )}
        </Card>
      );
    }
  }
}
