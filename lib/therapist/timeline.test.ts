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
      stopPain: 7,
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

  it('leads a decision with the rule that decided it and keeps the rules it outranked apart', () => {
    const [entry] = buildTimeline({
      painAllowance: 2,
      stopPain: 7,
      plans: [],
      settingsChanges: [],
      decisions: [decision({ action: 'regress', nextStage: 1, rules: ['pain.above_allowance', 'pain.increased', 'session.incomplete'] })],
    });
    expect(entry).toMatchObject({
      kind: 'decision',
      reasons: ['Pain before/during/after above the 2/10 allowance on stage 2 run: regress one stage (not below 1)'],
      alsoChecked: [expect.stringContaining('Pain during/after rose'), 'Stage 2 run not completed as prescribed: repeat'],
    });
  });

  it("places the runner's notes and concerns by their day, as plain text with what they are about", () => {
    const entries = buildTimeline({
      painAllowance: 2,
      stopPain: 7,
      plans: [],
      settingsChanges: [],
      decisions: [decision({})],
      runnerNotes: [
        { id: 'r1', source: 'run', day: '2026-03-10', at: new Date('2026-03-10T17:59:00Z'), text: 'Calf <b>tight</b> at the end', stage: 2 },
        { id: 'c1', source: 'concern', day: '2026-03-12', at: new Date('2026-03-12T12:00:00Z'), text: 'Shin sore\n\nPain now: 3/10', resolved: false },
        { id: 'e1', source: 'exercise', day: '2026-03-11', at: new Date('2026-03-11T08:00:00Z'), text: 'Bridges easy', sessionKind: 'strength' },
      ],
    });
    expect(entries.map((e) => `${e.kind}:${e.id}`)).toEqual(['runner_note:concern-c1', 'runner_note:exercise-e1', 'decision:d1', 'runner_note:run-r1']);
    expect(entries[0]).toMatchObject({ context: 'Concern reported between runs · open', text: 'Shin sore\n\nPain now: 3/10' });
    expect(entries[1]).toMatchObject({ context: 'Note on the strength session' });
    expect(entries[3]).toMatchObject({ context: 'Note on the stage 2 run', text: 'Calf <b>tight</b> at the end' });
  });
});
