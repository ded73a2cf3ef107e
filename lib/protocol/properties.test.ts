import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyCap } from './continuous';
import { addDays, daysBetween, laterDate, mondayOf } from './dates';
import { decideRun, type DecisionContext } from './decide';
import { gapBandFor, stageAfterGap } from './gap';
import { canStartWalkRun } from './gate';
import { MAX_STAGE, MIN_STAGE } from './ladder';
import { preRunCheck } from './prerun';
import { assessReadiness } from './readiness';
import { ALL_RULE_IDS, isStopRule } from './rule-ids';
import { resolveSettings, withDefaults } from './settings';
import { inWindow, runDaysOf, runDayViolations, simulate, strengthViolations, type SimRun } from './test-simulation';
import type { IsoDate, ProtocolPhase, RunLog } from './types';
import { CONTINUOUS_MIN_RUN_MINUTES, planWeek, type RunDay, type WeekPlanInput } from './week-plan';

const KNOWN = new Set<string>(ALL_RULE_IDS);
/** Months of simulated days per case: slower than the default 5 s per test. */
const SIMULATION_TIMEOUT_MS = 120_000;
const rare = (weight: number) => fc.oneof({ weight: 100 - weight, arbitrary: fc.constant(false) }, { weight, arbitrary: fc.constant(true) });
const painArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant(0) },
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) },
);

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

/** A runner whose runs mostly go well: long stretches after the ladder between warning signs. */
const calmPainArb = fc.oneof({ weight: 15, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 0, max: 3 }) });
const calmOutcomeArb = fc.record({
  painBefore: calmPainArb,
  painDuring: calmPainArb,
  painAfter: calmPainArb,
  completed: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  sharpPain: rare(1),
  limping: rare(1),
  rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  painNextMorning: fc.option(calmPainArb, { nil: undefined }),
  swellingOver24h: fc.option(rare(1), { nil: undefined }),
});

const dateArb = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2024-01-01', n));

const historyArb = fc
  .tuple(dateArb, fc.array(fc.record({ gap: fc.integer({ min: 0, max: 12 }), stage: fc.integer({ min: 1, max: 8 }), outcome: outcomeArb }), { minLength: 1, maxLength: 12 }))
  .map(([start, runs]) => {
    let date = start;
    return runs.map(({ gap, stage, outcome }): RunLog => {
      date = addDays(date, gap);
      return { date, stage, runMinutes: 20, ...outcome };
    });
  });

const settingsArb = fc.record({
  painAllowance: fc.integer({ min: 0, max: 5 }),
  stopPain: fc.integer({ min: 1, max: 10 }),
  painMayRise: fc.boolean(),
  maxRunDaysPerWeek: fc.integer({ min: 1, max: 3 }),
  sessionMinutes: fc.integer({ min: 10, max: 60 }),
  weeklyIncrease: fc.integer({ min: 0, max: 10 }).map((p) => p / 100),
  gapDays: fc.integer({ min: 3, max: 7 }),
});

/** A run before the history, and a therapist's restart, relative to the first run. */
const contextArb = fc.record({ previousOffset: fc.option(fc.integer({ min: 0, max: 40 })), gapFromOffset: fc.option(fc.integer({ min: 0, max: 40 })) });
const contextFor = (first: RunLog, c: { previousOffset: number | null; gapFromOffset: number | null }): DecisionContext => ({
  previousRunDate: c.previousOffset === null ? null : addDays(first.date, -c.previousOffset),
  gapFrom: c.gapFromOffset === null ? null : addDays(first.date, -c.gapFromOffset),
});

const worstPain = (run: RunLog) => Math.max(run.painBefore, run.painDuring, run.painAfter);
describe('properties of decideRun over random histories', () => {
  it('one stage per run at most, never below 1 or above 8, the phase, rules and date follow the action', () => {
    fc.assert(
      fc.property(historyArb, settingsArb, contextArb, (history, settings, rawContext) => {
        const s = withDefaults(settings);
        const run = history[history.length - 1] as RunLog;
        const context = contextFor(history[0] as RunLog, rawContext);
        const d = decideRun(history, settings, context);
        expect(d.nextStage).toBeGreaterThanOrEqual(MIN_STAGE);
        expect(d.nextStage).toBeLessThanOrEqual(MAX_STAGE);
        expect(Math.abs(d.nextStage - run.stage)).toBeLessThanOrEqual(1);
        expect(d.rules.every((id) => KNOWN.has(id))).toBe(true);
        expect(d.rules.filter((id) => id === 'green').length).toBe(d.action === 'progress' ? 1 : 0);
        if (d.action === 'stop') {
          expect(d).toMatchObject({ nextPhase: 'paused', earliestNextRun: null, nextStage: run.stage });
          expect(isStopRule(d.rules[0] ?? '')).toBe(true);
          return;
        }
        expect(d.rules.some(isStopRule)).toBe(false);
        expect(worstPain(run)).toBeLessThan(s.stopPain);
        // The earliest next run: the day after next at the soonest, and never a 7-day window over the limit.
        const next = d.earliestNextRun as IsoDate;
        const runDates = [...(context.previousRunDate ? [context.previousRunDate] : []), ...history.map((r) => r.date)];
        expect(daysBetween(run.date, next)).toBeGreaterThanOrEqual(2);
        expect(inWindow(runDates, addDays(next, -6))).toBeLessThan(s.maxRunDaysPerWeek);
        if (daysBetween(run.date, next) > 2) expect(inWindow(runDates, addDays(next, -7))).toBe(s.maxRunDaysPerWeek);
        if (d.action === 'progress') {
          expect(d.nextStage).toBe(Math.min(run.stage + 1, MAX_STAGE));
          expect(d.nextPhase).toBe(run.stage === MAX_STAGE ? 'continuous' : 'walk_run');
          expect(worstPain(run)).toBeLessThanOrEqual(s.painAllowance);
          const previous = history[history.length - 2]?.date ?? context.previousRunDate ?? null;
          if (previous) expect(daysBetween(previous, run.date)).toBeGreaterThanOrEqual(2);
          const from = laterDate(previous, context.gapFrom ?? null);
          if (from) expect(daysBetween(from, run.date)).toBeLessThanOrEqual(s.gapDays);
        }
        if (d.action === 'regress') expect(d.nextStage).toBe(Math.max(run.stage - 1, MIN_STAGE));
        if (d.action === 'regress') expect(worstPain(run)).toBeGreaterThan(s.painAllowance);
        if (d.action === 'repeat') expect(d.nextStage).toBe(run.stage);
      }),
      { numRuns: 400 },
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
  it('readiness, gate, plan, gap and pre-run ids are all known', () => {
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
        fc.record({ painNow: fc.integer({ min: 0, max: 10 }), swellingOver24h: fc.boolean(), limpingWhenWalking: fc.boolean() }),
        fc.option(fc.constant('reassess' as const)),
        (readiness, start, days, passed, overrideReason, phase, answers, noRunsReason) => {
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
            recentRunDates: [],
            noRunsReason,
            continuous: { thisWeekCap: 60, completedThisWeekMinutes: 0, nextWeekCap: 66, goalWeeklyMinutes: 120 },
          });
          const ids = [...r.failed, ...gate.reasons, ...plan.rules, ...preRunCheck(answers).rules, ...gapBandFor(Math.max(0, days)).rules];
          for (const id of ids) expect(KNOWN.has(id)).toBe(true);
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
    lastRunOffset: fc.option(fc.integer({ min: -9, max: 3 })),
    loggedOffsets: fc.array(fc.integer({ min: -10, max: 2 }), { maxLength: 4 }),
    earliestOffset: fc.option(fc.integer({ min: -3, max: 9 })),
    settings: settingsArb,
    continuous: fc.record({
      thisWeekCap: fc.integer({ min: 0, max: 400 }).map((m) => m * 1.1),
      completedThisWeekMinutes: fc.integer({ min: 0, max: 400 }),
      nextWeekCap: fc.integer({ min: 0, max: 400 }),
      goalWeeklyMinutes: fc.integer({ min: 30, max: 600 }),
    }),
    noRunsReason: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('reassess' as const) }),
  })
  .map(({ lastRunOffset, loggedOffsets, earliestOffset, ...rest }) => ({
    ...rest,
    lastRunDate: lastRunOffset === null ? null : addDays(rest.weekStart, lastRunOffset),
    recentRunDates: loggedOffsets.map((offset) => addDays(rest.weekStart, offset)),
    earliestNextRun: earliestOffset === null ? null : addDays(rest.weekStart, earliestOffset),
  }));

describe('properties of planWeek over random inputs', () => {
  it('seven days; runs never next to another run or a logged one, never over the rolling limit, never before earliestNextRun', () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = planWeek(input);
        const s = withDefaults(input.settings);
        expect(plan.days.map((d) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(input.weekStart, i)));
        const runs = runDaysOf(plan.days);
        expect(runDayViolations(plan, input, s.maxRunDaysPerWeek)).toEqual([]);
        expect(plan.runDays).toBe(runs.length);
        expect(plan.plannedRunMinutes).toBe(runs.reduce((sum, d) => sum + d.run.plannedRunMinutes, 0));
        if (input.phase === 'foundation' || input.phase === 'paused' || input.noRunsReason) expect(runs).toHaveLength(0);
        if (input.phase !== 'foundation' && input.phase !== 'paused') expect(strengthViolations(plan)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('walk_run: one stage up per run, capped at 8, then continuous runs', () => {
    fc.assert(
      fc.property(planInputArb, (raw) => {
        const input = { ...raw, phase: 'walk_run' as const };
        const runs = runDaysOf(planWeek(input).days).map((d) => d.run);
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

  it('continuous, full and maintenance: each calendar week within what is left of its cap and the goal, no run longer than the week spread evenly', () => {
    fc.assert(
      fc.property(planInputArb, fc.constantFrom('continuous', 'full', 'maintenance' as const), (raw, phase) => {
        const input = { ...raw, phase };
        const s = withDefaults(input.settings);
        const plan = planWeek(input);
        const c = input.continuous as NonNullable<WeekPlanInput['continuous']>;
        const thisCap = Math.min(c.goalWeeklyMinutes, c.thisWeekCap);
        const nextCap = Math.min(c.goalWeeklyMinutes, c.nextWeekCap);
        expect(plan.volumeCap).toBe(thisCap);
        expect(plan.nextWeekCap).toBe(nextCap);
        const runs = runDaysOf(plan.days);
        const firstWeek = runs.filter((d) => mondayOf(d.date) === mondayOf(input.weekStart));
        const secondWeek = runs.filter((d) => mondayOf(d.date) !== mondayOf(input.weekStart));
        const minutes = (days: RunDay[]) => days.reduce((sum, d) => sum + d.run.plannedRunMinutes, 0);
        expect(minutes(firstWeek)).toBeLessThanOrEqual(Math.max(0, thisCap - c.completedThisWeekMinutes));
        expect(minutes(secondWeek)).toBeLessThanOrEqual(nextCap);
        const longest = (cap: number) => Math.max(Math.ceil(Math.floor(cap) / s.maxRunDaysPerWeek), 2 * CONTINUOUS_MIN_RUN_MINUTES - 1);
        for (const d of firstWeek) expect(d.run.plannedRunMinutes).toBeLessThanOrEqual(longest(thisCap));
        for (const d of secondWeek) expect(d.run.plannedRunMinutes).toBeLessThanOrEqual(longest(nextCap));
        for (const d of runs) expect(d.run.plannedRunMinutes).toBeGreaterThanOrEqual(1);
        expect(runs.every((d) => d.run.speedAndHillsAllowed === (phase !== 'continuous'))).toBe(true);
        expect(plan.rules).toContain('volume.weekly_cap');
      }),
      { numRuns: 400 },
    );
  });
});

const preRunArb = fc.record({
  painNow: fc.oneof({ weight: 20, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) }),
  swellingOver24h: rare(1),
  limpingWhenWalking: rare(1),
});

const simDayArb = (awayWeight: number) =>
  fc.record({
    preRun: preRunArb,
    away: rare(awayWeight),
    runs: fc.oneof({ weight: 5, arbitrary: fc.constant(0 as const) }, { weight: 4, arbitrary: fc.constant(1 as const) }, { weight: 1, arbitrary: fc.constant(2 as const) }),
    therapist: fc.record({ resolve: rare(20), reassess: rare(15), stage: fc.integer({ min: 1, max: 8 }) }),
  });

/** Long holidays: a run of away days, so breaks of every band happen. */
const daysWithHolidaysArb = (length: number) =>
  fc
    .tuple(fc.array(simDayArb(0), { minLength: length, maxLength: length }), fc.array(fc.record({ at: fc.nat(length - 1), days: fc.integer({ min: 1, max: 35 }) }), { maxLength: 2 }))
    .map(([days, holidays]) => days.map((day, i) => ({ ...day, away: holidays.some((h) => i >= h.at && i < h.at + h.days) })));

const simSettingsArb = fc
  .record({
    preset: fc.constantFrom('seed', 'tendinopathy', 'bone_stress' as const),
    layer: fc.record({ maxRunDaysPerWeek: fc.integer({ min: 1, max: 3 }), gapDays: fc.integer({ min: 3, max: 7 }) }, { requiredKeys: [] }),
  })
  .map(({ preset, layer }) => resolveSettings(preset, layer));

/** The closest two runs, in days (Infinity with fewer than two). */
const closestRuns = (runs: readonly SimRun[]) => Math.min(Infinity, ...runs.slice(1).map((run, i) => daysBetween((runs[i] as SimRun).log.date, run.log.date)));

/** The most run days in any 7 days. */
function busiestWeek(runs: readonly SimRun[]): number {
  const dates = runs.map((r) => r.log.date);
  return Math.max(0, ...dates.map((date) => inWindow(dates, date)));
}

describe('simulated runners following the plan for months (random pain and answers, holidays, therapist decisions)', () => {
  it('never two run days in a row, never more than 3 runs in any 7 days, a stop always waits for the therapist', () => {
    fc.assert(
      fc.property(
        dateArb,
        simSettingsArb,
        fc.array(outcomeArb, { minLength: 5, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        daysWithHolidaysArb(150),
        (start, settings, outcomes, incompleteShare, days) => {
          const { violations, runs, events } = simulate({ start, phase: 'walk_run', settings, goalWeeklyMinutes: 150, weekBeforeMinutes: 0, outcomes, incompleteShare, days, behaviour: 'follows_plan' });
          expect(violations).toEqual([]);
          expect(closestRuns(runs)).toBeGreaterThanOrEqual(2);
          expect(busiestWeek(runs)).toBeLessThanOrEqual(settings.maxRunDaysPerWeek);
          expect(busiestWeek(runs)).toBeLessThanOrEqual(3);

          // After a stop the next event is the therapist's resolution; a break over 4 × gapDays runs only after a reassessment.
          events.forEach((event, i) => {
            const next = events[i + 1];
            if (event.kind === 'stop' && next) expect(next.kind).toBe('resolution');
          });
          runs.forEach((run, i) => {
            const previous = runs[i - 1];
            if (!previous) return;
            const days = daysBetween(previous.log.date, run.log.date);
            const reassessed = events.some((e) => e.kind === 'reassessment' && daysBetween(previous.log.date, e.date) >= 0 && daysBetween(e.date, run.log.date) >= 0);
            const resolved = events.some((e) => e.kind === 'resolution' && daysBetween(previous.log.date, e.date) >= 0 && daysBetween(e.date, run.log.date) >= 0);
            if (!reassessed && !resolved) expect(gapBandFor(days, settings).reassess).toBe(false);
            // On the ladder, a run is at most one stage from the one before it, then the break's step back.
            if (run.phase === 'walk_run' && previous.phase === 'walk_run' && !resolved && !reassessed) {
              expect(Math.abs(run.stageBeforeGap - previous.plannedStage)).toBeLessThanOrEqual(1);
              expect(run.plannedStage).toBe(stageAfterGap(run.stageBeforeGap, days, settings).stage);
            }
          });
          for (const run of runs.filter((r) => r.action === 'progress' && r.daysSincePrevious !== null)) {
            expect(run.daysSincePrevious).toBeGreaterThanOrEqual(2);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, SIMULATION_TIMEOUT_MS);
});

describe('simulated runners who run on any day they like', () => {
  it('never progress on a run closer than 2 days to the previous one, nor after a break, and the plan still never packs runs', () => {
    let closeRuns = 0;
    fc.assert(
      fc.property(
        dateArb,
        simSettingsArb,
        fc.array(outcomeArb, { minLength: 5, maxLength: 40 }),
        fc.array(simDayArb(0), { minLength: 90, maxLength: 90 }),
        (start, settings, outcomes, days) => {
          const { violations, runs } = simulate({ start, phase: 'walk_run', settings, goalWeeklyMinutes: 150, weekBeforeMinutes: 0, outcomes, incompleteShare: [0.5], days, behaviour: 'runs_any_day' });
          expect(violations).toEqual([]);
          closeRuns += runs.filter((r) => r.daysSincePrevious !== null && r.daysSincePrevious < 2).length;
          runs.forEach((run, i) => {
            if (run.action !== 'progress') return;
            const previous = runs[i - 1]?.log.date ?? null;
            if (previous) expect(daysBetween(previous, run.log.date)).toBeGreaterThanOrEqual(2);
            // A break is measured from the later of the previous run and the therapist's restart.
            const from = laterDate(previous, run.gapFrom);
            if (from) expect(daysBetween(from, run.log.date)).toBeLessThanOrEqual(settings.gapDays);
          });
          // Two progressions never share a day.
          const progressDays = runs.filter((r) => r.action === 'progress').map((r) => r.log.date);
          expect(new Set(progressDays).size).toBe(progressDays.length);
        },
      ),
      { numRuns: 60 },
    );
    // The property is about runs on consecutive days and the same day: the simulation must produce them.
    expect(closeRuns).toBeGreaterThan(100);
  }, SIMULATION_TIMEOUT_MS);
});

describe('a compliant continuous runner: weekly volume on calendar weeks', () => {
  it('never above 1.10 × the week before, never above the goal (half the last full week after a week without running)', () => {
    fc.assert(
      fc.property(
        dateArb,
        simSettingsArb,
        fc.array(calmOutcomeArb, { minLength: 5, maxLength: 40 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.array(simDayArb(2), { minLength: 120, maxLength: 120 }),
        fc.integer({ min: 20, max: 150 }),
        fc.integer({ min: 40, max: 300 }),
        (start, settings, outcomes, incompleteShare, days, weekBeforeMinutes, goalWeeklyMinutes) => {
          const { violations, runs, continuousWeeks } = simulate({ start, phase: 'continuous', settings, goalWeeklyMinutes, weekBeforeMinutes, outcomes, incompleteShare, days, behaviour: 'follows_plan' });
          expect(violations).toEqual([]);
          expect(closestRuns(runs)).toBeGreaterThanOrEqual(2);
          expect(busiestWeek(runs)).toBeLessThanOrEqual(settings.maxRunDaysPerWeek);
          continuousWeeks.forEach((week, i) => {
            expect(week.completed).toBeLessThanOrEqual(week.cap + 1e-9);
            expect(week.completed).toBeLessThanOrEqual(goalWeeklyMinutes);
            const before = i === 0 ? weekBeforeMinutes : (continuousWeeks[i - 1] as { completed: number }).completed;
            if (before > 0) {
              expect(week.completed).toBeLessThanOrEqual(before * (1 + settings.weeklyIncrease) + 1e-9);
            } else {
              // The spec's first week back after a break: half the last full week (in-period; else half the first cap).
              const running = continuousWeeks.slice(0, i).filter((w) => w.completed > 0).slice(-2);
              const reference = running.length > 0 ? Math.max(...running.map((w) => w.completed)) : Math.min(goalWeeklyMinutes, weeklyCap(weekBeforeMinutes, settings));
              expect(week.completed).toBeLessThanOrEqual(reference / 2 + 1e-9);
            }
          });
        },
      ),
      { numRuns: 60 },
    );
  }, SIMULATION_TIMEOUT_MS);
});
