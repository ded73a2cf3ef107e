import type { PreRunCheck, RunnerProfile } from '@/db/schema';
import { phaseLabel } from '@/lib/phases';
import { isStopRule, type IsoDate } from '@/lib/protocol';

/** An alert as the status reads it: open ones, and those resolved lately. */
export interface PlanAlert {
  id: string;
  kind: 'stop' | 'review' | 'concern';
  status: 'open' | 'resolved';
  rules: string[];
  resolution: 'resume' | 'regress' | 'foundation' | 'refer_out' | 'acknowledged' | 'resume_phase' | null;
  resolutionStage: number | null;
  resolvedAt: Date | null;
  createdAt: Date;
  resolvedByName: string | null;
}

/**
 * The one current status of a runner's plan, shown the same way wherever it is shown: Today leads with it, and
 * nothing else on the page may contradict it (a stopped run's card after the therapist resumed running, say).
 */
export type PlanStatus =
  | { kind: 'paused'; rules: string[] }
  | { kind: 'reassess'; days: number }
  | { kind: 'rest_today'; rules: string[] }
  | { kind: 'not_running'; phase: RunnerProfile['phase']; phaseLabel: string }
  | { kind: 'running'; reviewed: Review | null; gap: { days: number } | null };

export interface Review {
  byName: string;
  on: Date;
  /** What the therapist decided, in the runner's words. */
  decision: string;
}

function blocksRunning(alert: PlanAlert): boolean {
  return alert.kind === 'stop' || alert.rules.some(isStopRule);
}

function resolutionWords(alert: PlanAlert, phase: RunnerProfile['phase']): string {
  switch (alert.resolution) {
    case 'resume':
      return `resume the walk-run ladder at stage ${alert.resolutionStage ?? ''}`.trim();
    case 'regress':
      return `step back to stage ${alert.resolutionStage ?? ''}`.trim();
    case 'resume_phase':
      return `resume ${phaseLabel(phase).toLowerCase()}`;
    case 'foundation':
      return 'go back to foundation work (strength before running)';
    case 'refer_out':
      return 'see another provider';
    case 'acknowledged':
    case null:
      return 'keep to your plan as it is';
  }
}

/**
 * The latest resolution that changed how the runner runs, while it is news: resolved after the runner's last
 * run (or before any run since), so the runner reads who decided and what, not an old stop.
 */
function latestReview(alerts: readonly PlanAlert[], lastRunOn: IsoDate | null, phase: RunnerProfile['phase']): Review | null {
  const resolved = alerts
    .filter((a) => a.status === 'resolved' && a.resolvedAt && a.resolvedByName && blocksRunning(a))
    .sort((a, b) => (b.resolvedAt?.getTime() ?? 0) - (a.resolvedAt?.getTime() ?? 0))[0];
  if (!resolved?.resolvedAt || !resolved.resolvedByName) return null;
  const resolvedOn = resolved.resolvedAt.toISOString().slice(0, 10);
  if (lastRunOn !== null && lastRunOn > resolvedOn) return null;
  return { byName: resolved.resolvedByName, on: resolved.resolvedAt, decision: resolutionWords(resolved, phase) };
}

export function currentStatus(input: {
  phase: RunnerProfile['phase'];
  alerts: readonly PlanAlert[];
  gap: { days: number; baseStage: number; stage: number; reassess: boolean } | null;
  preRunToday: Pick<PreRunCheck, 'outcome' | 'rules'> | null;
  lastRunOn: IsoDate | null;
}): PlanStatus {
  const { phase } = input;
  if (phase === 'paused') {
    const open = input.alerts.filter((a) => a.status === 'open' && blocksRunning(a));
    const rules = [...new Set(open.flatMap((a) => a.rules.filter(isStopRule)))];
    return { kind: 'paused', rules };
  }
  if (phase !== 'walk_run' && phase !== 'continuous' && phase !== 'full' && phase !== 'maintenance') {
    return { kind: 'not_running', phase, phaseLabel: phaseLabel(phase) };
  }
  if (input.gap?.reassess) return { kind: 'reassess', days: input.gap.days };
  if (input.preRunToday?.outcome === 'rest_today') return { kind: 'rest_today', rules: input.preRunToday.rules };
  const reviewed = latestReview(input.alerts, input.lastRunOn, phase);
  // Told only when the break stepped the stage back.
  const gap = input.gap && input.gap.stage < input.gap.baseStage ? { days: input.gap.days } : null;
  return { kind: 'running', reviewed, gap };
}
