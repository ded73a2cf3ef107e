import { describe, expect, it } from 'vitest';
import { loggedPhaseOf, runnerDecisionView, stopView } from './decision-view';

describe('decision in the runner words', () => {
  it('explains a progress with the next run date and stage', () => {
    const view = runnerDecisionView(
      { action: 'progress', nextStage: 5, nextPhase: 'walk_run', rules: ['green'], earliestNextRun: '2026-11-29' },
      { fromStage: 4, phase: 'walk_run', painAllowance: 2, stopPain: 7 },
    );
    expect(view).toMatchObject({ actionLabel: 'Progress', headline: 'Well done: your next run is stage 5', nextRunLabel: 'Sunday 29 November', stopped: false });
    expect(view.next).toContain('Sunday 29 November');
  });

  it('explains a stop by its red flags only', () => {
    const view = runnerDecisionView(
      { action: 'stop', nextStage: 4, nextPhase: 'paused', rules: ['red_flag.limping', 'pain.above_allowance', 'rest.consecutive_days'], earliestNextRun: null },
      { fromStage: 4, phase: 'walk_run', painAllowance: 2, stopPain: 7 },
    );
    expect(view).toMatchObject({ headline: 'Stop running and contact your physical therapist', reasons: ['You reported limping.'], alsoChecked: [], stopped: true, nextRunDate: null });
    expect(stopView(['red_flag.sharp_pain'], 3, { painAllowance: 2, stopPain: 7 }).reasons).toEqual(['You reported sharp pain that got worse during or after running.']);
  });

  it('leads a step back with its own reason and folds the repeat reasons it outranked, in bare words', () => {
    const view = runnerDecisionView(
      { action: 'regress', nextStage: 3, nextPhase: 'walk_run', rules: ['pain.above_allowance', 'pain.increased', 'effort.too_hard'], earliestNextRun: '2026-11-29' },
      { fromStage: 4, phase: 'walk_run', painAllowance: 2, stopPain: 7 },
    );
    expect(view.reasons).toEqual([
      'Your pain before, during or after the run went above 2/10, so your next run steps back one stage.',
      expect.stringContaining('harder than easy'),
    ]);
    expect(view.alsoChecked).toEqual(['Your pain went up during or after the run compared with before it.']);
  });

  it('names the stop threshold of the runner’s own settings (bone stress stops at 3, not 7)', () => {
    expect(stopView(['pain.severe'], 3, { painAllowance: 0, stopPain: 3 }).reasons).toEqual(['You reported pain of 3/10 or more.']);
    expect(stopView(['pain.severe'], 3, { painAllowance: 2, stopPain: 7 }).reasons).toEqual(['You reported pain of 7/10 or more.']);
  });

  it('tells a green stage 8 that completed the ladder from a green continuous run', () => {
    const green8 = { action: 'progress' as const, fromStage: 8, nextPhase: 'continuous' };
    expect(loggedPhaseOf(green8, 'walk_run')).toBe('walk_run');
    expect(loggedPhaseOf(green8, null)).toBe('walk_run');
    expect(loggedPhaseOf(green8, 'continuous')).toBe('continuous');
    expect(loggedPhaseOf({ action: 'repeat', fromStage: 8, nextPhase: 'full' }, 'full')).toBe('full');
    expect(loggedPhaseOf({ action: 'stop', fromStage: 3, nextPhase: 'paused' }, 'walk_run')).toBe('walk_run');
  });
});
