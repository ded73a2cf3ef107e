import { describe, expect, it } from 'vitest';
import { FOUNDATION_EXERCISES } from './exercises';
import { WARM_UP_REMINDER } from './prevention';
import { EASY_EFFORT, planWeek, type PlannedDay, type RunDay, type WeekPlanInput } from './week-plan';

const MONDAY = '2025-01-06';
const fresh: WeekPlanInput = { phase: 'walk_run', stage: 1, weekStart: MONDAY, lastRunDate: null, earliestNextRun: null, recentRunDates: [] };
const continuousInput = { thisWeekCap: 99, completedThisWeekMinutes: 0, nextWeekCap: 108.9, goalWeeklyMinutes: 150 };

const runDays = (days: PlannedDay[]) => days.filter((d): d is RunDay => d.kind === 'run');
const kinds = (days: PlannedDay[]) => days.map((d) => d.kind);
const ids = (day: PlannedDay | undefined) => (day && 'exercises' in day ? day.exercises.map((e) => e.id) : []);

describe("the seed's Week 1", () => {
  // Seed, Step 3 "Example: Week 1 Run-Walk Plan":
  //   Day 1: 30 min total (1 min run / 3 min walk)   Day 2: Rest or cross-train
  //   Day 3: 30 min total (2 min run / 3 min walk)   Day 4: Rest or strength train
  //   Day 5: 30 min total (3 min run / 2 min walk)   Day 6-7: Rest or low-impact activity (cycling, swimming)
  const { days } = planWeek(fresh);

  it('runs on days 1, 3 and 5: 1/3, 2/3 and 3/2, 30 min each', () => {
    expect(days.map((d) => d.date)).toEqual(['2025-01-06', '2025-01-07', '2025-01-08', '2025-01-09', '2025-01-10', '2025-01-11', '2025-01-12']);
    const runs = runDays(days);
    expect(runs.map((d) => d.dayIndex)).toEqual([0, 2, 4]);
    expect(runs.map((d) => [d.run.stage, d.run.runMinutes, d.run.walkMinutes, d.run.totalMinutes])).toEqual([
      [1, 1, 3, 30],
      [2, 2, 3, 30],
      [3, 3, 2, 30],
    ]);
  });

  it('day 2 is rest or cross-train', () => {
    expect(days[1]).toMatchObject({ kind: 'cross_training', orRest: true });
  });

  it('day 4 is strength training, no longer optional (version 2: 2 strength sessions a week in every running phase)', () => {
    expect(days[3]).toMatchObject({ kind: 'strength', orRest: false });
    expect(ids(days[3])).toEqual(['glute_bridge', 'hip_thrust', 'single_leg_rdl', 'bulgarian_split_squat']);
  });

  it('day 6 is rest or low-impact activity (cycling, swimming); day 7 is the second strength session (version 2)', () => {
    const day6 = days[5];
    expect(day6?.kind).toBe('rest');
    expect(day6 && 'lowImpactActivities' in day6 ? day6.lowImpactActivities : []).toEqual(expect.arrayContaining(['cycling', 'swimming']));
    expect(days[6]).toMatchObject({ kind: 'strength', orRest: false });
  });

  it('each run carries its prescription: repeats, planned run minutes, easy effort, warm-up, no speed or hills', () => {
    const [first, second, third] = runDays(days).map((d) => d.run);
    expect(first).toEqual({
      phase: 'walk_run',
      stage: 1,
      runMinutes: 1,
      walkMinutes: 3,
      repeats: 7,
      finalCycle: { runMinutes: 1, walkMinutes: 1 },
      totalMinutes: 30,
      plannedRunMinutes: 8,
      effort: 'Easy, conversational (Zone 2), RPE ≤ 4',
      warmUp: WARM_UP_REMINDER,
      speedAndHillsAllowed: false,
    });
    expect([second?.plannedRunMinutes, third?.plannedRunMinutes]).toEqual([12, 18]);
    expect(planWeek(fresh).plannedRunMinutes).toBe(38);
  });
});

describe('planWeek: walk_run', () => {
  it('never runs the day after the last run, across the week boundary', () => {
    // The last run (the 5th) counts toward the rolling 7 days: 5, 7, 9 — so not the 11th but the 12th (version 2).
    const plan = planWeek({ ...fresh, lastRunDate: '2025-01-05', earliestNextRun: '2025-01-07' });
    expect(runDays(plan.days).map((d) => d.date)).toEqual(['2025-01-07', '2025-01-09', '2025-01-12']);
    const noEarliest = planWeek({ ...fresh, lastRunDate: '2025-01-05', earliestNextRun: null });
    expect(runDays(noEarliest.days)[0]?.date).toBe('2025-01-07');
  });

  it('starts no earlier than earliestNextRun', () => {
    const plan = planWeek({ ...fresh, stage: 4, earliestNextRun: '2025-01-09' });
    expect(runDays(plan.days).map((d) => [d.date, d.run.stage])).toEqual([
      ['2025-01-09', 4],
      ['2025-01-11', 5],
    ]);
  });

  it('after a repeat on day 1 the re-planned week shifts: the same stage on day 3, at most 3 runs in the week', () => {
    const plan = planWeek({ ...fresh, stage: 1, lastRunDate: MONDAY, earliestNextRun: '2025-01-08', recentRunDates: [MONDAY] });
    expect(runDays(plan.days).map((d) => [d.date, d.run.stage])).toEqual([
      ['2025-01-08', 1],
      ['2025-01-10', 2],
    ]);
    expect(plan.days[0]?.kind).not.toBe('run');
  });

  it('after a regression the re-planned week starts a stage lower', () => {
    const plan = planWeek({ ...fresh, stage: 3, lastRunDate: '2025-01-08', earliestNextRun: '2025-01-10', recentRunDates: ['2025-01-06', '2025-01-08'] });
    expect(runDays(plan.days).map((d) => [d.date, d.run.stage])).toEqual([['2025-01-10', 3]]);
  });

  it('respects maxRunDaysPerWeek, at most 3 (version 2)', () => {
    expect(runDays(planWeek({ ...fresh, settings: { maxRunDaysPerWeek: 2 } }).days).map((d) => d.dayIndex)).toEqual([0, 2]);
    expect(runDays(planWeek({ ...fresh, settings: { maxRunDaysPerWeek: 1 } }).days).map((d) => d.dayIndex)).toEqual([0]);
    expect(() => planWeek({ ...fresh, settings: { maxRunDaysPerWeek: 4 } })).toThrow(/maxRunDaysPerWeek/);
  });

  it('projects one stage per run, then continuous after stage 8', () => {
    const runs = runDays(planWeek({ ...fresh, stage: 7 }).days).map((d) => d.run);
    expect(runs.map((r) => [r.phase, r.stage, r.plannedRunMinutes])).toEqual([
      ['walk_run', 7, 20],
      ['walk_run', 8, 30],
      ['continuous', null, 30],
    ]);
    expect(runs.every((r) => r.effort === EASY_EFFORT && !r.speedAndHillsAllowed)).toBe(true);
  });

  it('uses the session length setting', () => {
    const run = runDays(planWeek({ ...fresh, settings: { sessionMinutes: 20 } }).days)[0]?.run;
    expect(run).toMatchObject({ totalMinutes: 20, plannedRunMinutes: 5 });
  });
});

describe('planWeek: without running', () => {
  it('foundation: strength with plyometrics 3×, mobility and stability 2×, the weekend rest or low-impact', () => {
    const plan = planWeek({ ...fresh, phase: 'foundation' });
    expect(kinds(plan.days)).toEqual(['strength', 'mobility', 'strength', 'mobility', 'strength', 'rest', 'rest']);
    expect(ids(plan.days[0])).toEqual(['glute_bridge', 'hip_thrust', 'single_leg_rdl', 'bulgarian_split_squat', 'jump_rope', 'lateral_hops', 'bounding']);
    expect(ids(plan.days[1])).toEqual(['ankle_mobility', 'hip_90_90', 'hip_flexor_stretch', 'plank', 'dead_bug', 'pallof_press']);
    expect(plan.runDays).toBe(0);
  });

  it('carries the spec doses', () => {
    const doses = Object.fromEntries(FOUNDATION_EXERCISES.map((e) => [e.id, e.doseText]));
    expect(doses).toEqual({
      glute_bridge: '3 × 12',
      hip_thrust: '3 × 10',
      single_leg_rdl: '3 × 8 per leg',
      bulgarian_split_squat: '3 × 8 per leg',
      jump_rope: '3 × 30 s',
      lateral_hops: '3 × 10',
      bounding: '3 × 20 m',
      ankle_mobility: '2 × 10 per side',
      hip_90_90: '2 × 5 per side',
      hip_flexor_stretch: '2 × 30 s per side',
      plank: '3 × 30 s',
      dead_bug: '3 × 10',
      pallof_press: '3 × 10 per side',
    });
  });

  it('applies per-runner doses', () => {
    const plan = planWeek({ ...fresh, phase: 'foundation', exerciseDoses: { glute_bridge: { sets: 4, amount: 15, unit: 'reps', per: null } } });
    const day = plan.days[0];
    const bridge = day && 'exercises' in day ? day.exercises.find((e) => e.id === 'glute_bridge') : undefined;
    expect(bridge?.doseText).toBe('4 × 15');
    expect(FOUNDATION_EXERCISES.find((e) => e.id === 'glute_bridge')?.doseText).toBe('3 × 12');
  });

  it('paused: no run days; strength (without impact), mobility and cross-training go on', () => {
    const plan = planWeek({ ...fresh, phase: 'paused', stage: 4, lastRunDate: '2025-01-03', earliestNextRun: null });
    expect(plan.runDays).toBe(0);
    expect(kinds(plan.days)).toEqual(['strength', 'mobility', 'strength', 'mobility', 'strength', 'cross_training', 'rest']);
    expect(ids(plan.days[0])).not.toContain('jump_rope');
  });
});

describe('planWeek: after the ladder', () => {
  it('continuous: the capped volume spread over non-consecutive days, easy, no speed or hills', () => {
    const plan = planWeek({ ...fresh, phase: 'continuous', continuous: continuousInput });
    expect(plan.volumeCap).toBe(99);
    expect(plan.nextWeekCap).toBe(108.9);
    expect(runDays(plan.days).map((d) => [d.dayIndex, d.run.plannedRunMinutes, d.run.walkMinutes])).toEqual([
      [0, 33, 0],
      [2, 33, 0],
      [4, 33, 0],
    ]);
    expect(runDays(plan.days).every((d) => d.run.effort === EASY_EFFORT && !d.run.speedAndHillsAllowed)).toBe(true);
    expect(plan.rules).toEqual(['rest.consecutive_days', 'volume.weekly_cap', 'prevention.strength_2x']);
  });

  it('plans only what is left of this calendar week, and nothing when the cap is reached', () => {
    const plan = planWeek({ ...fresh, phase: 'continuous', weekStart: '2025-01-08', recentRunDates: [MONDAY], lastRunDate: MONDAY, continuous: { ...continuousInput, completedThisWeekMinutes: 40 } });
    const thisWeek = (days: PlannedDay[]) => runDays(days).filter((d) => d.date <= '2025-01-12');
    // 99 − 40 = 59 left, over Wednesday and Friday (Sunday would be a fourth run day in 6–12).
    expect(thisWeek(plan.days).map((d) => [d.date, d.run.plannedRunMinutes])).toEqual([
      ['2025-01-08', 30],
      ['2025-01-10', 29],
    ]);
    const full = planWeek({ ...fresh, phase: 'continuous', weekStart: '2025-01-08', recentRunDates: [MONDAY], lastRunDate: MONDAY, continuous: { ...continuousInput, completedThisWeekMinutes: 120 } });
    expect(thisWeek(full.days)).toEqual([]);
    expect(runDays(full.days).map((d) => d.date)).toEqual(['2025-01-13']);
  });

  it('seven days over two calendar weeks: this week shares what is left of its cap, next week shares the next cap', () => {
    // Runs logged Monday and Wednesday (66 min); planned from Thursday.
    const plan = planWeek({
      ...fresh,
      phase: 'continuous',
      weekStart: '2025-01-09',
      lastRunDate: '2025-01-08',
      recentRunDates: ['2025-01-06', '2025-01-08'],
      continuous: { thisWeekCap: 99, completedThisWeekMinutes: 66, nextWeekCap: 108, goalWeeklyMinutes: 150 },
    });
    // Friday is the third run day in 7; Sunday would be a fourth (6, 8, 10, 12). Next week: Monday and Wednesday.
    expect(runDays(plan.days).map((d) => [d.date, d.run.plannedRunMinutes])).toEqual([
      ['2025-01-10', 33],
      ['2025-01-13', 36],
      ['2025-01-15', 36],
    ]);
    expect(plan.volumeCap).toBe(99);
    expect(plan.nextWeekCap).toBe(108);
  });

  it('never packs a week into one long run: a late start runs no more than the week spread evenly', () => {
    const plan = planWeek({ ...fresh, phase: 'continuous', weekStart: '2025-01-11', continuous: { ...continuousInput, nextWeekCap: 99 } });
    expect(runDays(plan.days).map((d) => [d.date, d.run.plannedRunMinutes])).toEqual([
      ['2025-01-11', 33],
      ['2025-01-13', 33],
      ['2025-01-15', 33],
    ]);
  });

  it('spreads a small volume over fewer, longer runs, and a cap below 10 min is one short run', () => {
    const small = planWeek({ ...fresh, phase: 'continuous', continuous: { ...continuousInput, thisWeekCap: 25.3 } });
    expect(runDays(small.days).map((d) => [d.dayIndex, d.run.plannedRunMinutes])).toEqual([
      [0, 13],
      [4, 12],
    ]);
    const tiny = planWeek({ ...fresh, phase: 'continuous', continuous: { ...continuousInput, thisWeekCap: 8.8 } });
    expect(runDays(tiny.days).map((d) => [d.dayIndex, d.run.plannedRunMinutes])).toEqual([[0, 8]]);
  });

  it('the goal is the ceiling of both weeks', () => {
    const plan = planWeek({ ...fresh, phase: 'continuous', continuous: { ...continuousInput, thisWeekCap: 200, nextWeekCap: 220, goalWeeklyMinutes: 60 } });
    expect(plan).toMatchObject({ volumeCap: 60, nextWeekCap: 60, plannedRunMinutes: 60 });
  });

  it('full allows speed and hills', () => {
    const runs = runDays(planWeek({ ...fresh, phase: 'full', continuous: continuousInput }).days);
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((d) => d.run.speedAndHillsAllowed)).toBe(true);
  });

  it('maintenance: runs plus strength at least twice', () => {
    const plan = planWeek({ ...fresh, phase: 'maintenance', continuous: continuousInput });
    expect(kinds(plan.days)).toEqual(['run', 'strength', 'run', 'mobility', 'run', 'strength', 'cross_training']);
    expect(plan.rules).toContain('prevention.strength_2x');
  });

  it('needs the continuous input', () => {
    expect(() => planWeek({ ...fresh, phase: 'continuous' })).toThrow(/continuous input/);
    expect(() => planWeek({ ...fresh, phase: 'full', continuous: { ...continuousInput, thisWeekCap: -1 } })).toThrow(/thisWeekCap/);
  });
});

describe('planWeek v2: run days in any rolling 7 days', () => {
  it("keeps the seed's rhythm: after days 1, 3 and 5 the next run is day 8, whatever day the week is planned from", () => {
    const logged = ['2025-01-06', '2025-01-08', '2025-01-10'];
    for (const weekStart of ['2025-01-11', '2025-01-12', '2025-01-13']) {
      const plan = planWeek({ ...fresh, stage: 4, weekStart, lastRunDate: '2025-01-10', earliestNextRun: '2025-01-12', recentRunDates: logged });
      expect(runDays(plan.days)[0]?.date).toBe('2025-01-13');
    }
    const week2 = planWeek({ ...fresh, stage: 4, weekStart: '2025-01-13', lastRunDate: '2025-01-10', earliestNextRun: '2025-01-12', recentRunDates: logged });
    expect(runDays(week2.days).map((d) => d.date)).toEqual(['2025-01-13', '2025-01-15', '2025-01-17']);
  });

  it('counts logged runs from before the week, so a re-plan from today never packs a fourth run into 7 days', () => {
    const plan = planWeek({ ...fresh, weekStart: '2025-01-11', lastRunDate: '2025-01-09', earliestNextRun: '2025-01-11', recentRunDates: ['2025-01-05', '2025-01-07', '2025-01-09'] });
    // 5, 7 and 9 logged: the 11th would be a fourth run in 5–11; from the 12th the window holds only 7 and 9.
    expect(runDays(plan.days).map((d) => d.date)).toEqual(['2025-01-12', '2025-01-14', '2025-01-16']);
  });

  it('never plans a run the day after or before a logged run, even an unplanned one', () => {
    const plan = planWeek({ ...fresh, weekStart: '2025-01-06', lastRunDate: '2025-01-07', earliestNextRun: null, recentRunDates: ['2025-01-07'] });
    expect(runDays(plan.days).map((d) => d.date)).toEqual(['2025-01-09', '2025-01-11']);
  });

  it('noRunsReason reassess: no run days, strength twice, and the rule recorded', () => {
    const plan = planWeek({ ...fresh, stage: 5, lastRunDate: '2024-12-01', noRunsReason: 'reassess' });
    expect(plan.runDays).toBe(0);
    expect(plan.days.filter((d) => d.kind === 'strength' && !d.orRest)).toHaveLength(2);
    expect(plan.rules).toContain('gap.reassess');
    const continuous = planWeek({ ...fresh, phase: 'continuous', continuous: continuousInput, noRunsReason: 'reassess' });
    expect(continuous).toMatchObject({ runDays: 0, plannedRunMinutes: 0 });
  });
});

describe('planWeek v2: strength twice in every running phase, never on consecutive days', () => {
  it.each(['walk_run', 'continuous', 'full', 'maintenance'] as const)('%s', (phase) => {
    for (const earliestNextRun of [null, '2025-01-07', '2025-01-08', '2025-01-10', '2025-01-12', '2025-01-20']) {
      const plan = planWeek({ ...fresh, phase, earliestNextRun, continuous: continuousInput });
      const strengthDays = plan.days.filter((d) => d.kind === 'strength' && !d.orRest).map((d) => d.dayIndex);
      expect(strengthDays.length).toBeGreaterThanOrEqual(2);
      strengthDays.slice(1).forEach((day, i) => expect(day - (strengthDays[i] ?? -9)).toBeGreaterThan(1));
      expect(plan.rules).toContain('prevention.strength_2x');
    }
  });
});

describe('planWeek: input', () => {
  it('rejects unknown phases, bad stages and bad dates', () => {
    expect(() => planWeek({ ...fresh, phase: 'discharged' as WeekPlanInput['phase'] })).toThrow(/phase/);
    expect(() => planWeek({ ...fresh, stage: 9 })).toThrow(/stage/);
    expect(() => planWeek({ ...fresh, weekStart: '2025-13-01' })).toThrow(/weekStart/);
  });
});
