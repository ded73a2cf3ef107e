import { describe, expect, it } from 'vitest';
import { reevaluateRun } from './reevaluate';
import { resolveSettings } from './settings';
import { makeRun } from './test-fixtures';

const clean = { painNextMorning: 0, swellingOver24h: false };

describe('reevaluateRun: the next-morning check-in re-decides the last run', () => {
  it('turns a progress into a repeat when next-morning pain is above the pre-run level', () => {
    const r = reevaluateRun([makeRun({ date: '2025-01-06' })], { painNextMorning: 1, swellingOver24h: false });
    expect(r.original).toMatchObject({ action: 'progress', nextStage: 4 });
    expect(r.decision).toEqual({ action: 'repeat', nextStage: 3, nextPhase: 'walk_run', rules: ['pain.not_settled'], earliestNextRun: '2025-01-08' });
    expect(r.changed).toBe(true);
  });

  it('turns a progress into a stop on swelling over 24 h', () => {
    const r = reevaluateRun([makeRun()], { painNextMorning: 0, swellingOver24h: true });
    expect(r.decision).toMatchObject({ action: 'stop', nextPhase: 'paused', rules: ['red_flag.swelling_24h'], earliestNextRun: null });
    expect(r.changed).toBe(true);
  });

  it('leaves the decision when the check-in is clean', () => {
    const r = reevaluateRun([makeRun({ painBefore: 1, painDuring: 1, painAfter: 1 })], { painNextMorning: 1, swellingOver24h: false });
    expect(r.changed).toBe(false);
    expect(r.decision).toEqual(r.original);
  });

  it('reports a change when a rule is added without a change of action', () => {
    const r = reevaluateRun([makeRun({ painDuring: 1 })], { painNextMorning: 1, swellingOver24h: false });
    expect(r.original.rules).toEqual(['pain.increased']);
    expect(r.decision.rules).toEqual(['pain.not_settled', 'pain.increased']);
    expect(r.decision.action).toBe('repeat');
    expect(r.changed).toBe(true);
  });

  it('applies the preset: tendinopathy pain that settles stays green, pain that does not is a repeat', () => {
    const run = makeRun({ painBefore: 1, painDuring: 4, painAfter: 3 });
    const t = resolveSettings('tendinopathy');
    expect(reevaluateRun([run], { painNextMorning: 1, swellingOver24h: false }, t).changed).toBe(false);
    expect(reevaluateRun([run], { painNextMorning: 3, swellingOver24h: false }, t).decision.action).toBe('repeat');
  });

  it('re-decides only the last run of the history and keeps the input unchanged', () => {
    const history = [makeRun({ date: '2025-01-06' }), makeRun({ date: '2025-01-08', stage: 4 })];
    const copy = structuredClone(history);
    const r = reevaluateRun(history, clean);
    expect(r.decision.nextStage).toBe(5);
    expect(history).toEqual(copy);
  });

  it('keeps a continuous runner in the phase unless the check-in stops them', () => {
    const r = reevaluateRun([makeRun({ stage: 8 })], { painNextMorning: 2, swellingOver24h: false }, undefined, 'continuous');
    expect(r.decision).toMatchObject({ action: 'repeat', nextPhase: 'continuous', nextStage: 8 });
  });

  it('passes the decision context through (the run before the plan period, a therapist restart)', () => {
    const history = [makeRun({ date: '2025-01-06' })];
    const context = { previousRunDate: '2025-01-05' };
    const r = reevaluateRun(history, { painNextMorning: 0, swellingOver24h: false }, undefined, 'walk_run', context);
    expect(r.original.rules).toEqual(['rest.consecutive_days']);
    expect(r.changed).toBe(false);
    const worse = reevaluateRun(history, { painNextMorning: 1, swellingOver24h: false }, undefined, 'walk_run', context);
    expect(worse.decision.rules).toEqual(['pain.not_settled', 'rest.consecutive_days']);
    expect(worse.changed).toBe(true);
    const gap = reevaluateRun([makeRun({ date: '2025-01-20' })], clean, undefined, 'walk_run', { gapFrom: '2025-01-10' });
    expect(gap.original.rules).toEqual(['gap.returning']);
  });

  it('a green stage-8 run re-decided in walk_run sends the runner back from continuous to stage 8', () => {
    const r = reevaluateRun([makeRun({ stage: 8 })], { painNextMorning: 1, swellingOver24h: false }, undefined, 'walk_run', {});
    expect(r.original).toMatchObject({ action: 'progress', nextPhase: 'continuous', nextStage: 8 });
    expect(r.decision).toMatchObject({ action: 'repeat', nextPhase: 'walk_run', nextStage: 8 });
  });

  it('rejects an invalid check-in', () => {
    expect(() => reevaluateRun([makeRun()], { painNextMorning: 12, swellingOver24h: false })).toThrow(/painNextMorning/);
  });
});
