import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { exerciseLogs, plans } from '@/db/schema';
import { phaseOn } from '@/lib/plan/plan-periods';
import { addDays, daysBetween, FOUNDATION_EXERCISES, LOW_IMPACT_ACTIVITIES, type IsoDate } from '@/lib/protocol';
import { between, pick, randomFor, stableKey, type Random } from './random';
import type { RunnerOutcome } from './simulate-runner';

/*
 * Strength, mobility and cross-training sessions are not plan decisions: they are written in one batch after the
 * runs, on the days the runner's phase prescribes them (foundation and paused: strength three times a week and
 * mobility twice; running: strength twice a week on non-run days, mobility once in full training and
 * maintenance), each done or not by the runner's own habit. None while the runner is away or discharged, nor
 * once they stopped using the app weeks into maintenance.
 */

type Kind = 'strength' | 'mobility' | 'cross_training';


function exercisesOf(kind: 'strength' | 'mobility', phase: string, random: Random): string[] {
  const categories = kind === 'mobility' ? ['mobility', 'stability'] : phase === 'foundation' ? ['strength', 'plyometric'] : ['strength'];
  const all = FOUNDATION_EXERCISES.filter((e) => categories.includes(e.category)).map((e) => e.id as string);
  const done = all.filter(() => random() < 0.8);
  return done.length ? done : all.slice(0, 2);
}

/** What a day of this phase holds besides a run, by its place in the week. */
function sessionFor(phase: string, dayInPeriod: number, weekday: number, ranToday: boolean, ranYesterday: boolean): Kind | null {
  if (phase === 'foundation' || phase === 'paused') {
    const slot = dayInPeriod % 7;
    return slot === 0 || slot === 2 || slot === 4 ? 'strength' : slot === 1 || slot === 3 ? 'mobility' : null;
  }
  if (ranToday) return null;
  // Monday = 0: strength early and late in the week, mobility mid-week after the ladder, cross-training at weekends.
  if (weekday === 1 || weekday === 4) return 'strength';
  if ((weekday === 2 || weekday === 3) && (phase === 'full' || phase === 'maintenance') && !ranYesterday) return 'mobility';
  if (weekday === 5 || weekday === 6) return 'cross_training';
  return null;
}

export async function insertExerciseLogs(outcomes: readonly RunnerOutcome[], today: IsoDate): Promise<number> {
  const db = getDb();
  const rows: (typeof exerciseLogs.$inferInsert)[] = [];
  for (const outcome of outcomes) {
    const random = randomFor(`${outcome.runner.email}:exercise`);
    const habit = 0.55 + 0.4 * random();
    const periods = await db.select({ phase: plans.phase, startedOn: plans.startedOn, endedOn: plans.endedOn }).from(plans).where(eq(plans.runnerId, outcome.runnerId)).orderBy(asc(plans.startedOn), asc(plans.createdAt));
    const first = periods[0]?.startedOn;
    if (!first) continue;
    const runs = new Set(outcome.runDates);
    for (let date = first; date < today; date = addDays(date, 1)) {
      if (outcome.awayDays.has(date)) continue;
      if (outcome.stoppedLoggingOn !== null && date >= outcome.stoppedLoggingOn) break;
      const phase = phaseOn(date, periods);
      if (!phase || phase === 'discharged') continue;
      const period = periods.filter((p) => p.startedOn <= date).at(-1);
      const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
      const kind = sessionFor(phase, daysBetween(period?.startedOn ?? first, date), weekday, runs.has(date), runs.has(addDays(date, -1)));
      if (!kind) continue;
      const doneShare = kind === 'cross_training' ? habit * 0.45 : habit;
      if (random() > doneShare) continue;
      const at = new Date(Date.parse(`${date}T00:00:00Z`) + between(random, 7 * 60, 21 * 60) * 60_000);
      rows.push({
        runnerId: outcome.runnerId,
        date,
        kind,
        exercisesDone: kind === 'cross_training' ? [] : exercisesOf(kind, phase, random),
        activity: kind === 'cross_training' ? pick(random, LOW_IMPACT_ACTIVITIES.map((a) => [a, 1] as const)) : null,
        minutes: kind === 'cross_training' ? pick(random, [[30, 3], [40, 2], [45, 1]]) : null,
        idempotencyKey: stableKey(outcome.runner.email, kind, date),
        createdBy: outcome.runnerId,
        createdAt: at,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(exerciseLogs).values(rows.slice(i, i + 500));
  return rows.length;
}
