import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { AdminUser } from '@/lib/admin/admin-user';
import { selectRows } from '@/lib/admin/sql-rows';
import { combineAdherence, computeAdherence, prescriptionsFor, type Adherence, type LoggedSession, type WeeklyPrescription } from '@/lib/plan/adherence';
import { adherencePeriodsSql, loggedSessionsSql } from '@/lib/plan/adherence-queries';
import type { PlanPeriod } from '@/lib/plan/plan-periods';
import { resolveSettings, type PainPreset } from '@/lib/protocol';
import type { ReportRange } from './range';

/*
 * The clinic reports as SQL aggregates: one query per table, whatever the number of runners. Every query is
 * scoped by the admin's clinic through runner_profiles.clinic_id (alerts through alerts.clinic_id) and reads
 * counts only, never a pain value or a note. Adherence is the exception: its definition is the planner's
 * (lib/plan/adherence), so the query reads each runner's plan periods and session days and TypeScript counts
 * them. Definitions shown to the admin are in tables.ts.
 *
 * Dates: plans periods are [started_on, ended_on) (ended_on is the next period's start); timestamps are
 * read as UTC calendar days; weeks start on Monday (date_trunc('week')) and only days inside the range count.
 */

interface Bounds {
  clinicId: string;
  from: SQL;
  to: SQL;
  /** The first instant after the range (midnight UTC after its last day). */
  end: SQL;
}

function bounds(admin: AdminUser, range: ReportRange): Bounds {
  return {
    clinicId: admin.clinicId,
    from: sql`${range.from}::date`,
    to: sql`${range.to}::date`,
    end: sql`((${range.to}::date + 1)::timestamp at time zone 'UTC')`,
  };
}

const clinicPlans = (b: Bounds) => sql`clinic_plans as (
  select p.runner_id, rp.therapist_id, p.phase, p.started_on, p.ended_on
  from plans p join runner_profiles rp on rp.user_id = p.runner_id
  where rp.clinic_id = ${b.clinicId}
)`;

/** Per runner: first plan, first walk-run, first continuous, first discharge (maintenance or discharged), in care on the last day. */
const milestones = (b: Bounds) => sql`milestones as (
  select runner_id, therapist_id,
    min(started_on) as started_on,
    min(started_on) filter (where phase = 'walk_run') as walk_run_on,
    min(started_on) filter (where phase = 'continuous') as continuous_on,
    min(started_on) filter (where phase in ('maintenance', 'discharged')) as discharged_on,
    bool_or(phase <> 'discharged' and started_on <= ${b.to} and (ended_on is null or ended_on > ${b.to})) as in_care
  from clinic_plans
  group by runner_id, therapist_id
)`;

const weeks = (b: Bounds) => sql`weeks as (
  select w::date as week_start
  from generate_series(date_trunc('week', ${b.from}::timestamp), ${b.to}::timestamp, interval '1 week') as w
)`;

const inWeek = (column: SQL, b: Bounds) => sql`(${column} >= w.week_start and ${column} < w.week_start + 7 and ${column} between ${b.from} and ${b.to})`;

export interface PhaseCount {
  phase: string;
  runners: number;
}

/** Runners by the phase of their plan on the last day of the range (discharged left out). */
function phaseCountsSql(b: Bounds): SQL {
  return sql`
    with ${clinicPlans(b)}
    select phase::text as phase, count(distinct runner_id)::int as runners
    from clinic_plans
    where phase <> 'discharged' and started_on <= ${b.to} and (ended_on is null or ended_on > ${b.to})
    group by phase`;
}

export async function phaseCounts(admin: AdminUser, range: ReportRange): Promise<PhaseCount[]> {
  return selectRows<PhaseCount>(phaseCountsSql(bounds(admin, range)));
}

export interface IntakeWeek {
  weekStart: string;
  newRunners: number;
  discharges: number;
}

/** Per week: runners whose first plan started, and runners first discharged (maintenance or discharged). */
function intakeByWeekSql(b: Bounds): SQL {
  const started = sql`m.started_on`;
  const discharged = sql`m.discharged_on`;
  return sql`
    with ${clinicPlans(b)}, ${milestones(b)}, ${weeks(b)}
    select w.week_start::text as "weekStart",
      count(m.runner_id) filter (where ${inWeek(started, b)})::int as "newRunners",
      count(m.runner_id) filter (where ${inWeek(discharged, b)})::int as "discharges"
    from weeks w
    left join milestones m on ${inWeek(started, b)} or ${inWeek(discharged, b)}
    group by w.week_start
    order by w.week_start`;
}

export async function intakeByWeek(admin: AdminUser, range: ReportRange): Promise<IntakeWeek[]> {
  return selectRows<IntakeWeek>(intakeByWeekSql(bounds(admin, range)));
}

export interface AdherenceGroup {
  /** Null for the whole clinic. */
  therapistId: string | null;
  therapistName: string | null;
  therapistActive: boolean | null;
  /** Runners with at least one session prescribed in the range. */
  runners: number;
  prescribed: number;
  done: number;
  percent: number | null;
}

/** What one runner's adherence over the range is computed from. */
interface AdherenceRunnerRow {
  therapistId: string;
  therapistName: string;
  therapistActive: boolean;
  preset: PainPreset;
  runnerSettings: Record<string, number | boolean>;
  clinicSettings: Record<string, number | boolean>;
  goalWeeklyMinutes: number;
  periods: PlanPeriod[];
  logged: LoggedSession[];
}

/**
 * Per runner of the clinic with a plan touching the range: their current therapist, settings, goal, and the plan
 * periods and logged sessions of the range as every page reads them for adherence. Ordered by therapist.
 */
function adherenceRunnersSql(b: Bounds, range: ReportRange): SQL {
  const runner = sql`rp.user_id`;
  return sql`
    select rp.therapist_id as "therapistId", u.name as "therapistName", u.active as "therapistActive",
      rp.preset::text as preset, rp.protocol_settings as "runnerSettings", c.protocol_settings as "clinicSettings",
      rp.goal_weekly_minutes::int as "goalWeeklyMinutes",
      ${adherencePeriodsSql(runner, range)} as periods,
      ${loggedSessionsSql(runner, range)} as logged
    from runner_profiles rp
    join clinics c on c.id = rp.clinic_id
    join users u on u.id = rp.therapist_id
    where rp.clinic_id = ${b.clinicId}
      and exists (select 1 from plans p where p.runner_id = rp.user_id and p.started_on <= ${b.to} and (p.ended_on is null or p.ended_on > ${b.from}))
    order by u.name, u.id, rp.user_id`;
}

function group(therapist: Pick<AdherenceGroup, 'therapistId' | 'therapistName' | 'therapistActive'>, range: ReportRange, runners: Adherence[]): AdherenceGroup {
  const { prescribed, done, percent } = combineAdherence(range, runners);
  return { ...therapist, runners: runners.length, prescribed, done, percent };
}

/**
 * Adherence (lib/plan/adherence) of each runner over the range, added up for the whole clinic and per current
 * therapist. Runners with nothing prescribed in the range are left out; so is a therapist left with none.
 */
function adherenceGroups(rows: readonly AdherenceRunnerRow[], range: ReportRange): AdherenceGroup[] {
  const weeks = new Map<string, WeeklyPrescription>();
  const byTherapist = new Map<string, { therapist: AdherenceRunnerRow; runners: Adherence[] }>();
  const clinic: Adherence[] = [];
  for (const row of rows) {
    const settings = resolveSettings(row.preset, row.clinicSettings, row.runnerSettings);
    const adherence = computeAdherence({ range, periods: row.periods, logged: row.logged, prescriptionFor: prescriptionsFor(settings, row.goalWeeklyMinutes, weeks) });
    if (adherence.prescribed === 0) continue;
    clinic.push(adherence);
    const entry = byTherapist.get(row.therapistId) ?? { therapist: row, runners: [] };
    entry.runners.push(adherence);
    byTherapist.set(row.therapistId, entry);
  }
  return [
    group({ therapistId: null, therapistName: null, therapistActive: null }, range, clinic),
    ...[...byTherapist.values()].map(({ therapist, runners }) =>
      group({ therapistId: therapist.therapistId, therapistName: therapist.therapistName, therapistActive: therapist.therapistActive }, range, runners),
    ),
  ];
}

export async function adherence(admin: AdminUser, range: ReportRange): Promise<AdherenceGroup[]> {
  return adherenceGroups(await selectRows<AdherenceRunnerRow>(adherenceRunnersSql(bounds(admin, range), range)), range);
}

export interface RedFlagWeek {
  weekStart: string;
  raised: number;
  resolved: number;
}

const stopAlerts = (b: Bounds) => sql`flags as (
  select runner_id, created_at, resolved_at,
    (created_at at time zone 'UTC')::date as raised_on,
    (resolved_at at time zone 'UTC')::date as resolved_on
  from alerts
  where clinic_id = ${b.clinicId} and kind = 'stop'
)`;

/** Red flags (alerts of kind stop) raised and resolved per week. */
function redFlagsByWeekSql(b: Bounds): SQL {
  const raised = sql`f.raised_on`;
  const resolved = sql`f.resolved_on`;
  return sql`
    with ${stopAlerts(b)}, ${weeks(b)}
    select w.week_start::text as "weekStart",
      count(*) filter (where ${inWeek(raised, b)})::int as raised,
      count(*) filter (where ${inWeek(resolved, b)})::int as resolved
    from weeks w
    left join flags f on ${inWeek(raised, b)} or ${inWeek(resolved, b)}
    group by w.week_start
    order by w.week_start`;
}

export async function redFlagsByWeek(admin: AdminUser, range: ReportRange): Promise<RedFlagWeek[]> {
  return selectRows<RedFlagWeek>(redFlagsByWeekSql(bounds(admin, range)));
}

export interface RedFlagSummary {
  raised: number;
  resolved: number;
  resolvedRunners: number;
  openAtEnd: number;
  medianHoursToResolve: number | null;
}

/** Raised and resolved in the range, open at its end (now, when the range ends today), median hours to resolve. */
function redFlagSummarySql(b: Bounds): SQL {
  const resolvedInRange = sql`resolved_on between ${b.from} and ${b.to}`;
  return sql`
    with ${stopAlerts(b)}
    select
      count(*) filter (where raised_on between ${b.from} and ${b.to})::int as raised,
      count(*) filter (where ${resolvedInRange})::int as resolved,
      count(distinct runner_id) filter (where ${resolvedInRange})::int as "resolvedRunners",
      count(*) filter (where created_at < ${b.end} and (resolved_at is null or resolved_at >= ${b.end}))::int as "openAtEnd",
      (percentile_cont(0.5) within group (order by extract(epoch from resolved_at - created_at) / 3600.0) filter (where ${resolvedInRange}))::float8 as "medianHoursToResolve"
    from flags`;
}

export const EMPTY_RED_FLAG_SUMMARY: RedFlagSummary = { raised: 0, resolved: 0, resolvedRunners: 0, openAtEnd: 0, medianHoursToResolve: null };

export async function redFlagSummary(admin: AdminUser, range: ReportRange): Promise<RedFlagSummary> {
  const [row] = await selectRows<RedFlagSummary>(redFlagSummarySql(bounds(admin, range)));
  return row ?? EMPTY_RED_FLAG_SUMMARY;
}

export interface MilestoneTimes {
  continuousRunners: number;
  continuousMedianWeeks: number | null;
  dischargedRunners: number;
  dischargedMedianWeeks: number | null;
}

/** Runners who reached continuous running (or were discharged) in the range: median weeks since their first walk-run day. */
function milestoneTimesSql(b: Bounds): SQL {
  const reached = sql`continuous_on between ${b.from} and ${b.to} and walk_run_on <= continuous_on`;
  const discharged = sql`discharged_on between ${b.from} and ${b.to} and walk_run_on <= discharged_on`;
  return sql`
    with ${clinicPlans(b)}, ${milestones(b)}
    select
      count(*) filter (where ${reached})::int as "continuousRunners",
      (percentile_cont(0.5) within group (order by ((continuous_on - walk_run_on) / 7.0)::float8) filter (where ${reached}))::float8 as "continuousMedianWeeks",
      count(*) filter (where ${discharged})::int as "dischargedRunners",
      (percentile_cont(0.5) within group (order by ((discharged_on - walk_run_on) / 7.0)::float8) filter (where ${discharged}))::float8 as "dischargedMedianWeeks"
    from milestones`;
}

export const EMPTY_MILESTONE_TIMES: MilestoneTimes = { continuousRunners: 0, continuousMedianWeeks: null, dischargedRunners: 0, dischargedMedianWeeks: null };

export async function milestoneTimes(admin: AdminUser, range: ReportRange): Promise<MilestoneTimes> {
  const [row] = await selectRows<MilestoneTimes>(milestoneTimesSql(bounds(admin, range)));
  return row ?? EMPTY_MILESTONE_TIMES;
}

export interface Setbacks {
  runs: number;
  runners: number;
  regressions: number;
  stops: number;
  runnersAfterContinuous: number;
  reinjuredRunners: number;
}

/**
 * Runs logged in the range and the decision in force for each (the latest protocol decision of that run: a
 * next-morning re-evaluation supersedes the first). Re-injury: a runner with a stop on a run dated on or after
 * the day they first reached continuous running, out of the runners who ran in the range after reaching it.
 */
function setbacksSql(b: Bounds): SQL {
  const afterContinuous = sql`runs.date >= reached.continuous_on`;
  return sql`
    with ${clinicPlans(b)},
    runs as (
      select r.id, r.runner_id, r.date
      from run_logs r join runner_profiles rp on rp.user_id = r.runner_id
      where rp.clinic_id = ${b.clinicId} and r.date between ${b.from} and ${b.to}
    ),
    in_force as (
      select distinct on (d.run_log_id) d.run_log_id, d.action
      from protocol_decisions d join runs on runs.id = d.run_log_id
      order by d.run_log_id, d.created_at desc, (d.supersedes_id is not null) desc
    ),
    reached as (
      select runner_id, min(started_on) as continuous_on from clinic_plans where phase = 'continuous' group by runner_id
    )
    select
      count(*)::int as runs,
      count(distinct runs.runner_id)::int as runners,
      count(*) filter (where f.action = 'regress')::int as regressions,
      count(*) filter (where f.action = 'stop')::int as stops,
      count(distinct runs.runner_id) filter (where ${afterContinuous})::int as "runnersAfterContinuous",
      count(distinct runs.runner_id) filter (where ${afterContinuous} and f.action = 'stop')::int as "reinjuredRunners"
    from runs
    left join in_force f on f.run_log_id = runs.id
    left join reached on reached.runner_id = runs.runner_id`;
}

export const EMPTY_SETBACKS: Setbacks = { runs: 0, runners: 0, regressions: 0, stops: 0, runnersAfterContinuous: 0, reinjuredRunners: 0 };

export async function setbacks(admin: AdminUser, range: ReportRange): Promise<Setbacks> {
  const [row] = await selectRows<Setbacks>(setbacksSql(bounds(admin, range)));
  return row ?? EMPTY_SETBACKS;
}

export interface TherapistOutcomes {
  therapistId: string;
  name: string;
  active: boolean;
  caseload: number;
  newRunners: number;
  redFlags: number;
  reachedContinuous: number;
  discharged: number;
}

/** Per therapist (by each runner's current therapist): runners under care on the last day, and what happened in the range. */
function therapistOutcomesSql(b: Bounds): SQL {
  return sql`
    with ${clinicPlans(b)}, ${milestones(b)},
    flags as (
      select rp.therapist_id, count(*)::int as n
      from alerts a join runner_profiles rp on rp.user_id = a.runner_id
      where a.clinic_id = ${b.clinicId} and rp.clinic_id = ${b.clinicId} and a.kind = 'stop'
        and (a.created_at at time zone 'UTC')::date between ${b.from} and ${b.to}
      group by rp.therapist_id
    )
    select u.id as "therapistId", u.name, u.active,
      count(m.runner_id) filter (where m.in_care)::int as caseload,
      count(m.runner_id) filter (where m.started_on between ${b.from} and ${b.to})::int as "newRunners",
      coalesce(max(f.n), 0)::int as "redFlags",
      count(m.runner_id) filter (where m.continuous_on between ${b.from} and ${b.to})::int as "reachedContinuous",
      count(m.runner_id) filter (where m.discharged_on between ${b.from} and ${b.to})::int as discharged
    from users u
    left join milestones m on m.therapist_id = u.id
    left join flags f on f.therapist_id = u.id
    where u.clinic_id = ${b.clinicId} and u.role = 'therapist'
    group by u.id, u.name, u.active
    having u.active or count(m.runner_id) > 0
    order by u.name, u.id`;
}

export async function therapistOutcomes(admin: AdminUser, range: ReportRange): Promise<TherapistOutcomes[]> {
  return selectRows<TherapistOutcomes>(therapistOutcomesSql(bounds(admin, range)));
}

export interface ClinicReportData {
  phases: PhaseCount[];
  intake: IntakeWeek[];
  adherence: AdherenceGroup[];
  redFlagWeeks: RedFlagWeek[];
  redFlagSummary: RedFlagSummary;
  milestones: MilestoneTimes;
  setbacks: Setbacks;
  therapists: TherapistOutcomes[];
}

/**
 * Every report's rows in ONE statement: each report's query above becomes a subquery whose rows are
 * aggregated to JSON (JSON keeps the ::int, ::float8 and ::text types the queries cast to); adherence's runner
 * rows are then counted in TypeScript.
 */
export async function clinicReportData(admin: AdminUser, range: ReportRange): Promise<ClinicReportData> {
  const b = bounds(admin, range);
  const rows = (query: SQL) => sql`(select coalesce(json_agg(t), '[]'::json) from (${query}) t)`;
  const one = (query: SQL) => sql`(select row_to_json(t) from (${query}) t)`;
  type Rows = Omit<ClinicReportData, 'adherence'> & { adherence: AdherenceRunnerRow[] };
  const [data] = await selectRows<Partial<Rows>>(sql`
    select ${rows(phaseCountsSql(b))} as phases,
      ${rows(intakeByWeekSql(b))} as intake,
      ${rows(adherenceRunnersSql(b, range))} as adherence,
      ${rows(redFlagsByWeekSql(b))} as "redFlagWeeks",
      ${one(redFlagSummarySql(b))} as "redFlagSummary",
      ${one(milestoneTimesSql(b))} as milestones,
      ${one(setbacksSql(b))} as setbacks,
      ${rows(therapistOutcomesSql(b))} as therapists`);
  return {
    phases: data?.phases ?? [],
    intake: data?.intake ?? [],
    adherence: adherenceGroups(data?.adherence ?? [], range),
    redFlagWeeks: data?.redFlagWeeks ?? [],
    redFlagSummary: data?.redFlagSummary ?? EMPTY_RED_FLAG_SUMMARY,
    milestones: data?.milestones ?? EMPTY_MILESTONE_TIMES,
    setbacks: data?.setbacks ?? EMPTY_SETBACKS,
    therapists: data?.therapists ?? [],
  };
}
