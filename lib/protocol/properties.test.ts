import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canStartWalkRun } from './gate';
import { continuousWeeklyCap, weekHadStopOrRegression } from './continuous';
import { addDays, daysBetween, mondayOf } from './dates';
import { decideRun, decideRunInPhase } from './decide';
import { MAX_STAGE, MIN_STAGE } from './ladder';
import { assessReadiness } from './readiness';
import { ALL_RULE_IDS } from './rule-ids';
import type { Decision, IsoDate, ProtocolPhase, RunLog } from './types';
import { planWeek, type RunDay, type WeekPlanInput } from './week-plan';

const KNOWN = new Set<string>(ALL_RULE_IDS);
const rare = (weight: number) => fc.oneof({ weight: 100 - weight, arbitrary: fc.constant(false) }, { weight, arbitrary: fc.constant(true) });
const painArb = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) });

/** What the runner reports for one run; the stage and the date come from the plan. */
const outcomeArb = fc.record({
  painBefore: painArb,
  painDuring: painArb,
  painAfter: painArb,
  completed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  sharpPain: rare(3),
  limping: rare(3),
  rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  painNextMorning: fc.option(painArb, { nil: undefined }),
  swellingOver24h: fc.option(rare(3), { nil: undefined }),
});

const dateArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));

const historyArb = fc
  .tuple(dateArb, fc.array(fc.record({ gap: fc.integer({ min: 1, max: 5 }), stage: fc.integer({ min: 1, max: 8 }), outcome: outcomeArb }), { minLength: 1, maxLength: 12 }))
  .map(([start, runs]) => {
    let date = start;
    return runs.map(({ gap, stage, outcome }): RunLog => {
      date = addDays(date, gap);
      return { date, stage, runMinutes: 20, ...outcome };
    });
  });

const settingsArb = fc.record({
  painAllowance: fc.integer({ min: 0, max: 5 }),
  painMayRise: fc.boolean(),
  maxRunDaysPerWeek: fc.integer({ min: 1, max: 4 }),
  sessionMinutes: fc.integer({ min: 10, max: 60 }),
  weeklyIncrease: fc.integer({ min: 0, max: 30 }).map((p) => p / 100),
});

describe('properties of decideRun over random histories', () => {
  it('one stage per run at most, never below 1 or above 8, the phase and date follow the action', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, (history, settings) => {
        const run = history[history.length - 1] as RunLog;
        const d = decideRun(history, settings);
        expect(d.nextStage).toBeGreaterThanOrEqual(MIN_STAGE);
        expect(d.nextStage).toBeLessThanOrEqual(MAX_STAGE);
        expect(Math.abs(d.nextStage - run.stage)).toBeLessThanOrEqual(1);
        expect(d.rules.every((id) => KNOWN.has(id))).toBe(true);
        expect(d.rules.filter((id) => id === 'green').length).toBe(d.action === 'progress' ? 1 : 0);
        if (d.action === 'stop') {
          expect(d).toMatchObject({ nextPhase: 'paused', earliestNextRun: null, nextStage: run.stage });
          expect(d.rules[0]).toMatch(/^red_flag\./);
        } else {
          expect(daysBetween(run.date, d.earliestNextRun as IsoDate)).toBe(2);
          expect(d.rules.some((id) => id.startsWith('red_flag.'))).toBe(false);
        }
        if (d.action === 'progress') expect(d.nextStage).toBe(Math.min(run.stage + 1, MAX_STAGE));
        if (d.action === 'progress') expect(d.nextPhase).toBe(run.stage === MAX_STAGE ? 'continuous' : 'walk_run');
        if (d.action === 'regress') expect(d.nextStage).toBe(Math.max(run.stage - 1, MIN_STAGE));
        if (d.action === 'repeat') expect(d.nextStage).toBe(run.stage);
      }),
      { numRuns: 300 },
    );
  });

  it('a next-morning check-in can only make a decision stricter', () => {
    const severity = { progress: 0, repeat: 1, regress: 2, stop: 3 } as const;
    fc.assert(
      fc.property(historyArb, painArb, fc.boolean(), (history, painNextMorning, swellingOver24h) => {
        const last = history[history.length - 1] as RunLog;
        const before = decideRun([...history.slice(0, -1), { ...last, painNextMorning: undefined, swellingOver24h: undefined }]);
        const after = decideRun([...history.slice(0, -1), { ...last, painNextMorning, swellingOver24h }]);
        expect(severity[after.action]).toBeGreaterThanOrEqual(severity[before.action]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('every id the engine emits has plain words', () => {
  it('readiness, gate and plan ids are all known', () => {
    fc.assert(
      fc.property(
        fc.record({
          painAtRest: fc.integer({ min: 0, max: 10 }),
          sharpPainWithDailyMovement: fc.boolean(),
          currentPain: fc.integer({ min: 0, max: 10 }),
          singleLegSquat: fc.record({ left: fc.integer({ min: 0, max: 20 }), right: fc.integer({ min: 0, max: 20 }), goodControl: fc.boolean() }),
          hop30sPainFree: fc.boolean(),
          walk30minPainFree: fc.boolean(),
        }),
        dateArb,
        fc.integer({ min: -3, max: 30 }),
        fc.option(fc.boolean()),
        fc.option(fc.string({ maxLength: 20 })),
        fc.constantFrom<ProtocolPhase>('foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused'),
        (readiness, start, days, passed, overrideReason, phase) => {
          const r = assessReadiness(readiness);
          expect(r.passed).toBe(r.failed.length === 0);
          const today = addDays(start, days);
          const gate = canStartWalkRun({
            foundationStartedOn: start,
            today,
            latestAssessment: passed === null ? null : { passed, date: today },
            overrideReason,
          });
          const plan = planWeek({
            phase,
            stage: 1,
            weekStart: start,
            lastRunDate: null,
            earliestNextRun: null,
            continuous: { completedLastWeekMinutes: 60, lastWeekHadStopOrRegression: false, goalWeeklyMinutes: 120 },
          });
          for (const id of [...r.failed, ...gate.reasons, ...plan.rules]) expect(KNOWN.has(id)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

const planInputArb: fc.Arbitrary<WeekPlanInput> = fc
  .record({
    phase: fc.constantFrom<ProtocolPhase>('foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused'),
    stage: fc.integer({ min: 1, max: 8 }),
    weekStart: dateArb,
    lastRunOffset: fc.option(fc.integer({ min: -6, max: 3 })),
    earliestOffset: fc.option(fc.integer({ min: -3, max: 9 })),
    settings: settingsArb,
    continuous: fc.record({
      completedLastWeekMinutes: fc.integer({ min: 0, max: 400 }),
      lastWeekHadStopOrRegression: fc.boolean(),
      goalWeeklyMinutes: fc.integer({ min: 30, max: 600 }),
    }),
  })
  .map(({ lastRunOffset, earliestOffset, ...rest }) => ({
    ...rest,
    lastRunDate: lastRunOffset === null ? null : addDays(rest.weekStart, lastRunOffset),
    earliestNextRun: earliestOffset === null ? null : addDays(rest.weekStart, earliestOffset),
  }));

describe('properties of planWeek over random inputs', () => {
  it('seven days; runs never on consecutive days, never the day after the last run, never before earliestNextRun', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = planWeek(input);
        expect(plan.days.map((d) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(input.weekStart, i)));
        const runs = plan.days.filter((d): d is RunDay => d.kind === 'run');
        const dates = [...(input.lastRunDate ? [input.lastRunDate] : []), ...runs.map((d) => d.date)];
        dates.slice(1).forEach((date, i) => expect(daysBetween(dates[i] as IsoDate, date)).toBeGreaterThanOrEqual(2));
        if (input.earliestNextRun) for (const r of runs) expect(daysBetween(input.earliestNextRun, r.date)).toBeGreaterThanOrEqual(0);
        expect(runs.length).toBeLessThanOrEqual(input.settings?.maxRunDaysPerWeek ?? 3);
        expect(plan.runDays).toBe(runs.length);
        expect(plan.plannedRunMinutes).toBe(runs.reduce((sum, d) => sum + d.run.plannedRunMinutes, 0));
        if (input.phase === 'foundation' || input.phase === 'paused') expect(runs).toHaveLength(0);
      }),
      { numRuns: 400 },
    );
  });

  it('walk_run: one stage up per run, capped at 8, then continuous runs', () => {
    fc.assert(
      fc.property(planInputArb, (raw) => {
        const input = { ...raw, phase: 'walk_run' as const };
        const runs = planWeek(input).days.filter((d): d is RunDay => d.kind === 'run').map((d) => d.run);
        runs.forEach((run, i) => {
          const projected = input.stage + i;
          if (projected <= MAX_STAGE) expect([run.phase, run.stage]).toEqual(['walk_run', projected]);
          else expect([run.phase, run.stage]).toEqual(['continuous', null]);
          expect(run.speedAndHillsAllowed).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('continuous, full and maintenance: weekly volume never above the cap nor the goal; strength twice in full and maintenance', () => {
    fc.assert(
      fc.property(planInputArb, fc.constantFrom('continuous', 'full', 'maintenance' as const), (raw, phase) => {
        const input = { ...raw, phase };
        const plan = planWeek(input);
        const c = input.continuous as NonNullable<WeekPlanInput['continuous']>;
        const cap = continuousWeeklyCap(c, input.settings);
        expect(plan.volumeCap).toBe(cap);
        expect(plan.plannedRunMinutes).toBeLessThanOrEqual(cap);
        expect(plan.plannedRunMinutes).toBeLessThanOrEqual(c.goalWeeklyMinutes);
        const limit = c.lastWeekHadStopOrRegression ? c.completedLastWeekMinutes : c.completedLastWeekMinutes * (1 + (input.settings?.weeklyIncrease ?? 0.1));
        expect(plan.plannedRunMinutes).toBeLessThanOrEqual(limit + 1e-9);
        const runs = plan.days.filter((d): d is RunDay => d.kind === 'run');
        expect(runs.every((d) => d.run.speedAndHillsAllowed === (phase !== 'continuous'))).toBe(true);
        if (phase !== 'continuous') expect(plan.days.filter((d) => d.kind === 'strength').length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });
});

interface Event {
  kind: 'decision' | 'resolution';
  date: IsoDate;
  decision?: Decision;
  fromStage?: number;
}

describe('simulated runners: a stop is never followed by running without a therapist resolution', () => {
  it('plans, logs and decides day by day', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.array(outcomeArb, { minLength: 5, maxLength: 40 }),
        fc.array(fc.record({ resolve: rare(25), stage: fc.integer({ min: 1, max: 8 }) }), { minLength: 60, maxLength: 60 }),
        (start, outcomes, therapist) => {
          let phase: ProtocolPhase = 'walk_run';
          let stage = 1;
          // A new plan starts today: nothing is planned before it.
          let earliestNextRun: IsoDate | null = start;
          const history: RunLog[] = [];
          const decisions: { date: IsoDate; decision: Decision }[] = [];
          const events: Event[] = [];

          therapist.forEach((choice, day) => {
            const date = addDays(start, day);
            const weekStart = mondayOf(date);
            const lastRunDate = history[history.length - 1]?.date ?? null;
            const inWeek = (d: IsoDate) => daysBetween(weekStart, d) >= 0 && daysBetween(d, addDays(weekStart, 6)) >= 0;
            const lastWeek = (d: IsoDate) => daysBetween(addDays(weekStart, -7), d) >= 0 && daysBetween(d, addDays(weekStart, -1)) >= 0;
            const plan = planWeek({
              phase,
              stage,
              weekStart,
              lastRunDate,
              earliestNextRun,
              loggedRunDates: history.filter((r) => inWeek(r.date)).map((r) => r.date),
              continuous: {
                completedLastWeekMinutes: history.filter((r) => lastWeek(r.date)).reduce((s, r) => s + r.runMinutes, 0),
                lastWeekHadStopOrRegression: weekHadStopOrRegression(decisions.filter((d) => lastWeek(d.date)).map((d) => d.decision)),
                goalWeeklyMinutes: 150,
              },
            });
            if (phase === 'paused') {
              expect(plan.runDays).toBe(0);
              if (choice.resolve) {
                phase = 'walk_run';
                stage = choice.stage;
                earliestNextRun = addDays(date, 1);
                events.push({ kind: 'resolution', date });
              }
              return;
            }
            const today = plan.days.find((d) => d.date === date);
            const outcome = outcomes[history.length];
            if (today?.kind !== 'run' || !outcome) return;

            const log: RunLog = { date, stage: today.run.stage ?? MAX_STAGE, runMinutes: today.run.plannedRunMinutes, ...outcome };
            expect(log.stage).toBe(phase === 'walk_run' ? stage : MAX_STAGE);
            history.push(log);
            const decision = phase === 'walk_run' ? decideRun(history) : (decideRunInPhase(history, phase as 'continuous') as Decision);
            decisions.push({ date, decision });
            events.push({ kind: 'decision', date, decision, fromStage: log.stage });
            phase = decision.nextPhase;
            stage = decision.nextStage;
            earliestNextRun = decision.earliestNextRun;
          });

          // Never two runs in a row, never more than 3 in a calendar week.
          history.slice(1).forEach((run, i) => expect(daysBetween((history[i] as RunLog).date, run.date)).toBeGreaterThanOrEqual(2));
          const perWeek = new Map<string, number>();
          for (const run of history) perWeek.set(mondayOf(run.date), (perWeek.get(mondayOf(run.date)) ?? 0) + 1);
          for (const count of perWeek.values()) expect(count).toBeLessThanOrEqual(3);

          // After a stop, the next event is a resolution; between resolutions a run moves at most one stage.
          events.forEach((event, i) => {
            const next = events[i + 1];
            if (event.kind === 'decision' && event.decision?.action === 'stop' && next) expect(next.kind).toBe('resolution');
            if (event.kind === 'decision' && next?.kind === 'decision') {
              expect(next.fromStage).toBe(event.decision?.nextStage);
              expect(Math.abs((next.fromStage ?? 0) - (event.fromStage ?? 0))).toBeLessThanOrEqual(1);
            }
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
