import { describe, expect, it } from 'vitest';
import { buildTimeline, type DecisionRecord, type PlanRecord } from './timeline';

const decision = (over: Partial<DecisionRecord>): DecisionRecord => ({
  id: 'd1',
  runDate: '2026-03-10',
  source: 'run_log',
  action: 'progress',
  fromStage: 2,
  nextStage: 3,
  nextPhase: 'walk_run',
  rules: ['green'],
  earliestNextRun: '2026-03-12',
  supersedesId: null,
  createdAt: new Date('2026-03-10T18:00:00Z'),
  ...over,
});

const plan: PlanRecord = {
  id: 'p1',
  phase: 'walk_run',
  startStage: 1,
  startedOn: '2026-03-01',
  endedOn: null,
  reason: 'Walk-run started',
  overrideReason: 'Cleared by the physician',
  createdAt: new Date('2026-04-01T09:00:00Z'),
  createdByName: 'Dana',
};

describe('buildTimeline', () => {
  it('explains each decision for the therapist, marks a superseded one, and orders everything by day, newest first', () => {
    const entries = buildTimeline({
      painAllowance: 0,
      plans: [plan],
      settingsChanges: [{ id: '7', at: new Date('2026-03-11T10:00:00Z'), summary: 'pain allowance 2 → 0', byName: 'Dana' }],
      decisions: [
        decision({}),
        decision({
          id: 'd2',
          source: 'check_in',
          action: 'repeat',
          nextStage: 2,
          rules: ['pain.not_settled'],
          supersedesId: 'd1',
          createdAt: new Date('2026-03-11T08:00:00Z'),
        }),
      ],
    });
    expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual(['settings:7', 'decision:d2', 'decision:d1', 'plan:p1']);
    expect(entries[1]).toMatchObject({ reevaluation: true, superseded: false, headline: 'Repeat: stage 2 again', reasons: ['Next-morning pain above the pre-run level after stage 2 run: repeat'] });
    expect(entries[2]).toMatchObject({ superseded: true, headline: 'Progress: stage 2 → stage 3' });
    expect(entries[3]).toMatchObject({ kind: 'plan', overrideReason: 'Cleared by the physician', byName: 'Dana' });
  });
});
