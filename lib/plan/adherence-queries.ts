import 'server-only';
import { and, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { clinics, runnerProfiles } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import { resolveSettings, type IsoDate } from '@/lib/protocol';
import { adherenceWindow, computeAdherence, prescriptionsFor, type Adherence, type AdherenceRange, type LoggedSession } from './adherence';
import type { PlanPeriod } from './plan-periods';

/*
 * What adherence is computed from, read the same way by every page: the runner's plan periods that touch the
 * range and their logged sessions inside it, each JSON-aggregated so a caller puts them in its own statement.
 * `runnerId` is a column or a bound id.
 */

/** The runner's plans rows overlapping the range as [{ phase, startedOn, endedOn }], oldest first. */
export function adherencePeriodsSql(runnerId: SQLWrapper, range: AdherenceRange): SQL<PlanPeriod[]> {
  return sql<PlanPeriod[]>`(
    select coalesce(json_agg(json_build_object('phase', p.phase, 'startedOn', p.started_on, 'endedOn', p.ended_on) order by p.started_on, p.created_at), '[]'::json)
    from plans p
    where p.runner_id = ${runnerId} and p.started_on <= ${range.to}::date and (p.ended_on is null or p.ended_on > ${range.from}::date)
  )`;
}

/** The runner's sessions logged inside the range, one per day and kind: runs, strength and mobility. */
export function loggedSessionsSql(runnerId: SQLWrapper, range: AdherenceRange): SQL<LoggedSession[]> {
  return sql<LoggedSession[]>`(
    select coalesce(json_agg(json_build_object('date', s.date, 'kind', s.kind) order by s.date, s.kind), '[]'::json)
    from (
      select r.date, 'run' as kind from run_logs r
      where r.runner_id = ${runnerId} and r.date between ${range.from}::date and ${range.to}::date
      union
      select e.date, e.kind::text from exercise_logs e
      where e.runner_id = ${runnerId} and e.kind in ('strength', 'mobility') and e.date between ${range.from}::date and ${range.to}::date
    ) s
  )`;
}

/**
 * The signed-in runner's own adherence over the 14 days before today, in one statement. Keyed by the session's
 * runner id and clinic, never by a parameter; null without a profile in that clinic.
 */
export async function ownAdherence(runner: SessionUser, today: IsoDate, executor: Executor = getDb()): Promise<Adherence | null> {
  const range = adherenceWindow(today);
  const [row] = await executor
    .select({
      preset: runnerProfiles.preset,
      runnerSettings: runnerProfiles.protocolSettings,
      goalWeeklyMinutes: runnerProfiles.goalWeeklyMinutes,
      clinicSettings: clinics.protocolSettings,
      periods: adherencePeriodsSql(runnerProfiles.userId, range),
      logged: loggedSessionsSql(runnerProfiles.userId, range),
    })
    .from(runnerProfiles)
    .innerJoin(clinics, eq(clinics.id, runnerProfiles.clinicId))
    .where(and(eq(runnerProfiles.userId, runner.id), eq(runnerProfiles.clinicId, runner.clinicId)));
  if (!row) return null;
  const settings = resolveSettings(row.preset, row.clinicSettings, row.runnerSettings);
  return computeAdherence({ range, periods: row.periods, logged: row.logged, prescriptionFor: prescriptionsFor(settings, row.goalWeeklyMinutes) });
}
