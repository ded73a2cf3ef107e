import { describe, expect, it } from 'vitest';
import { currentStatus, type PlanAlert } from './status';

const stop = (over: Partial<PlanAlert> = {}): PlanAlert => ({
  id: 'a1',
  kind: 'stop',
  status: 'open',
  rules: ['red_flag.limping', 'pain.above_allowance'],
  resolution: null,
  resolutionStage: null,
  resolvedAt: null,
  createdAt: new Date('2026-11-10T08:00:00Z'),
  resolvedByName: null,
  ...over,
});
const base = { gap: null, preRunToday: null, lastRunOn: '2026-11-10' };

describe('currentStatus: one status for the plan', () => {
  it('paused: the open stop’s stopping reasons only', () => {
    expect(currentStatus({ ...base, phase: 'paused', alerts: [stop()] })).toEqual({ kind: 'paused', rules: ['red_flag.limping'] });
  });

  it('after a same-day resolution: running, with who reviewed it and what they decided', () => {
    const resolved = stop({ status: 'resolved', resolution: 'resume', resolutionStage: 2, resolvedAt: new Date('2026-11-10T15:00:00Z'), resolvedByName: 'Dr Tara' });
    const status = currentStatus({ ...base, phase: 'walk_run', alerts: [resolved] });
    expect(status).toEqual({ kind: 'running', reviewed: { byName: 'Dr Tara', on: resolved.resolvedAt, decision: 'resume the walk-run ladder at stage 2' }, gap: null });
  });

  it('a resolution older than the runner’s latest run is no longer news', () => {
    const resolved = stop({ status: 'resolved', resolution: 'resume', resolutionStage: 2, resolvedAt: new Date('2026-11-08T15:00:00Z'), resolvedByName: 'Dr Tara' });
    expect(currentStatus({ ...base, phase: 'walk_run', alerts: [resolved] })).toEqual({ kind: 'running', reviewed: null, gap: null });
  });

  it('a long break waits for a reassessment; rest today after the pre-run check; not running outside running phases', () => {
    expect(currentStatus({ ...base, phase: 'walk_run', alerts: [], gap: { days: 30, baseStage: 4, stage: 4, reassess: true } })).toEqual({ kind: 'reassess', days: 30 });
    expect(currentStatus({ ...base, phase: 'continuous', alerts: [], preRunToday: { outcome: 'rest_today', rules: ['prerun.pain_today'] } })).toEqual({
      kind: 'rest_today',
      rules: ['prerun.pain_today'],
    });
    expect(currentStatus({ ...base, phase: 'foundation', alerts: [] }).kind).toBe('not_running');
  });

  it('says when a break stepped the stage back', () => {
    expect(currentStatus({ ...base, phase: 'walk_run', alerts: [], gap: { days: 10, baseStage: 4, stage: 3, reassess: false } })).toEqual({
      kind: 'running',
      reviewed: null,
      gap: { days: 10 },
    });
  });
});
