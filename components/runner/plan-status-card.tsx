import { Card } from '@/components/ui/card';
import { explainRule, formatLongDate, MAX_STAGE } from '@/lib/protocol';
import type { PlanStatus } from '@/lib/plan/status';
import type { CareContact as CareContactData } from '@/lib/runner/care-contact-links';
import type { DecisionView } from '@/lib/runner/decision-view';
import type { NextRun } from '@/lib/runner/queries';
import { CareContact } from './care-contact';
import { DecisionSummary } from './decision-summary';

interface Props {
  status: PlanStatus;
  phaseLabel: string;
  stage: number;
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
export function PlanStatusCard({ status, phaseLabel, stage, therapistName, nextRun, runDayToday, stop, painAllowance, phaseAdvice, contact = null }: Props) {
  switch (status.kind) {
    case 'paused':
      return (
        <div className="space-y-3">
          <p data-testid="runner-phase" className="text-lg font-medium">
            {phaseLabel} · Stage {stage} of {MAX_STAGE}
          </p>
          {stop && <DecisionSummary view={stop} title="Running is paused" />}
        </div>
      );
    case 'reassess':
      return (
        <Card title="Running waits for your physical therapist" className="border-amber-600">
          <p data-testid="runner-phase" className="text-lg font-medium">{phaseLabel} · on hold</p>
          <p className="mt-2">{explainRule('gap.reassess', 'runner', { days: status.days })}</p>
          <p className="mt-2">Strength and mobility work go on as planned. Ask {therapistName} for that check when you want to run again.</p>
          {contact && <CareContact contact={contact} className="mt-3" />}
        </Card>
      );
    case 'rest_today':
      return (
        <Card title="Rest today" className="border-amber-600">
          <p data-testid="runner-phase" className="text-lg font-medium">{phaseLabel}{phaseLabel.startsWith('Walk-run') ? ` · Stage ${stage} of ${MAX_STAGE}` : ''}</p>
          <p className="mt-2">{explainRule('prerun.pain_today', 'runner', { painAllowance })}</p>
          {nextRun && <p className="mt-2">Your plan is unchanged: next run {nextRun.label}, if the pain has settled.</p>}
        </Card>
      );
    case 'not_running':
      return (
        <Card title="Where you are">
          <p data-testid="runner-phase" className="text-lg font-medium">{status.phaseLabel}</p>
        </Card>
      );
    case 'running':
      return (
        <Card title="Where you are">
          <p data-testid="runner-phase" className="text-lg font-medium">
            {phaseLabel}
            {phaseLabel.startsWith('Walk-run') ? ` · Stage ${stage} of ${MAX_STAGE}` : ''}
          </p>
          {status.reviewed && (
            <p data-testid="plan-reviewed" className="mt-2 rounded border-l-4 border-green-700 bg-green-50 p-2">
              {status.reviewed.byName} reviewed your plan on {dateOf(status.reviewed.on)}: {status.reviewed.decision}.
            </p>
          )}
          {status.gap && <p className="mt-2">{explainRule('gap.step_back', 'runner', { stage, days: status.gap.days })}</p>}
          {phaseAdvice && <p className="mt-2">{phaseAdvice}</p>}
          {!runDayToday && nextRun && (
            <p className="mt-2">
              Next run: {nextRun.label}
              {nextRun.stage ? `, stage ${nextRun.stage}` : ''} ({nextRun.plannedRunMinutes} min running).
            </p>
          )}
        </Card>
      );
  }
}
