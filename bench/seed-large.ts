import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { hashPassword } from '@/lib/auth/password';

export const BENCH_PASSWORD = 'bench-password-1';
export const BENCH_USERS = {
  runner: 'bench-runner@bench.test',
  therapist: 'bench-therapist@bench.test',
  admin: 'bench-admin@bench.test',
};

export interface LargeSeedSize {
  clinics: number;
  therapistsPerClinic: number;
  runners: number;
  /** Runners of the benchmarked therapist (the rest are spread over the other therapists). */
  benchTherapistRunners: number;
  /** Run logs per runner over the year before today. */
  logsPerRunner: number;
}

export function sizeFor(scale: number): LargeSeedSize {
  return {
    clinics: 3,
    therapistsPerClinic: 20,
    runners: Math.round(2000 * scale),
    benchTherapistRunners: Math.round(300 * scale),
    logsPerRunner: 100,
  };
}

/**
 * A clinic group for the benchmark, generated set-wise in SQL (seconds, not minutes): clinics, therapists,
 * runners in every phase, a year of run logs with their decisions, alerts and assessments.
 */
export async function seedLarge(db: Database, size: LargeSeedSize, today: string): Promise<void> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const run = (statement: ReturnType<typeof sql>) => db.execute(statement);
  const otherRunners = size.runners - size.benchTherapistRunners;
  const otherTherapists = size.clinics * size.therapistsPerClinic - 1;

  await run(sql`insert into clinics (name) select 'Bench clinic ' || g from generate_series(1, ${size.clinics}) g`);
  await run(sql`
    insert into users (clinic_id, email, name, role, password_hash)
    select c.id, 'bench-admin-' || c.rn || '@bench.test', 'Admin ' || c.rn, 'admin', ${hash}
    from (select id, row_number() over (order by name) rn from clinics where name like 'Bench clinic %') c`);
  await run(sql`
    insert into users (clinic_id, email, name, role, password_hash)
    select c.id, 'bench-therapist-' || c.rn || '-' || g || '@bench.test', 'Therapist ' || c.rn || '-' || g, 'therapist', ${hash}
    from (select id, row_number() over (order by name) rn from clinics where name like 'Bench clinic %') c,
         generate_series(1, ${size.therapistsPerClinic}) g`);
  await run(sql`update users set email = ${BENCH_USERS.therapist} where email = 'bench-therapist-1-1@bench.test'`);
  await run(sql`update users set email = ${BENCH_USERS.admin} where email = 'bench-admin-1@bench.test'`);

  // Runners: the first benchTherapistRunners go to the benchmarked therapist, the rest round-robin to the others.
  await run(sql`
    with therapists as (
      select id, clinic_id, row_number() over (order by email) - 1 as n
      from users where role = 'therapist' and email like '%@bench.test' and email <> ${BENCH_USERS.therapist}
    ), bench as (select id, clinic_id from users where email = ${BENCH_USERS.therapist}),
    runners as (
      select g,
        case when g <= ${size.benchTherapistRunners} then (select id from bench) else (select id from therapists where n = (g % ${otherTherapists})) end as therapist_id
      from generate_series(1, ${size.benchTherapistRunners + otherRunners}) g
    ), inserted as (
      insert into users (clinic_id, email, name, role, password_hash)
      select t.clinic_id, 'bench-runner-' || r.g || '@bench.test', 'Runner ' || r.g, 'runner', ${hash}
      from runners r join users t on t.id = r.therapist_id
      returning id, email, clinic_id
    )
    insert into runner_profiles (user_id, clinic_id, therapist_id, injury_type, injury_side, preset, phase, stage, goal_weekly_minutes)
    select i.id, i.clinic_id, r.therapist_id,
      (array['Calf strain','Achilles tendinopathy','Patellofemoral pain','Tibial bone stress injury','Hamstring strain'])[1 + r.g % 5],
      (array['left','right','both','not_applicable'])[1 + r.g % 4]::injury_side,
      (array['seed','tendinopathy','bone_stress'])[1 + r.g % 3]::pain_preset,
      (array['foundation','walk_run','walk_run','continuous','full','maintenance','paused'])[1 + r.g % 7]::phase,
      1 + r.g % 8, 150
    from inserted i join runners r on i.email = 'bench-runner-' || r.g || '@bench.test'`);
  await run(sql`update users set email = ${BENCH_USERS.runner} where email = 'bench-runner-2@bench.test'`);

  await run(sql`
    insert into plans (runner_id, phase, start_stage, started_on, created_by)
    select p.user_id, p.phase, p.stage, ${today}::date - 365, p.therapist_id
    from runner_profiles p join users u on u.id = p.user_id where u.email like '%@bench.test'`);

  // A year of runs, one every 3–4 days, mostly calm, with the occasional setback.
  await run(sql`
    insert into run_logs (runner_id, date, stage, completed, run_minutes, pain_before, pain_during, pain_after,
      sharp_pain, limping, rpe, pain_next_morning, swelling_over_24h, checked_in_at, idempotency_key, created_by, created_at)
    select p.user_id, d.day, least(8, 1 + (g * 8 / ${size.logsPerRunner})), g % 17 <> 0, 8 + (g % 23), (g % 3 = 0)::int, (g % 5 = 0)::int + (g % 29 = 0)::int * 3,
      (g % 7 = 0)::int, g % 37 = 0 or (g = ${size.logsPerRunner} and abs(hashtext(p.user_id::text)) % 20 = 0), false, 3 + (g % 2), 0, false, d.day + interval '1 day 8 hours',
      'bench-' || p.user_id || '-' || g, p.user_id, d.day + interval '18 hours'
    from runner_profiles p
    join users u on u.id = p.user_id and u.email like '%@bench.test',
    generate_series(1, ${size.logsPerRunner}) g,
    lateral (select (${today}::date - 366 + (g * 365 / ${size.logsPerRunner}))::date as day) d`);
  await run(sql`
    insert into protocol_decisions (runner_id, run_log_id, source, action, from_stage, next_stage, next_phase, rules, earliest_next_run, created_by, created_at)
    select l.runner_id, l.id, 'run_log',
      case when l.sharp_pain then 'stop' when l.pain_during > 2 then 'regress' when not l.completed then 'repeat' else 'progress' end::decision_action,
      l.stage, least(8, l.stage + 1), case when l.sharp_pain then 'paused' else 'walk_run' end::phase,
      case when l.sharp_pain then array['red_flag.sharp_pain'] when l.pain_during > 2 then array['pain.above_allowance'] when not l.completed then array['session.incomplete'] else array['green'] end,
      case when l.sharp_pain then null else l.date + 2 end, l.runner_id, l.created_at + interval '1 second'
    from run_logs l join users u on u.id = l.runner_id and u.email like '%@bench.test'`);
  await run(sql`
    insert into alerts (clinic_id, runner_id, therapist_id, kind, status, rules, run_log_id, created_by, created_at, resolved_at, resolution, resolved_by)
    select p.clinic_id, p.user_id, p.therapist_id, 'stop', case when l.date > ${today}::date - 14 then 'open' else 'resolved' end::alert_status,
      array['red_flag.sharp_pain'], l.id, p.user_id, l.created_at,
      case when l.date > ${today}::date - 14 then null else l.created_at + interval '2 days' end,
      case when l.date > ${today}::date - 14 then null else 'resume' end::alert_resolution,
      case when l.date > ${today}::date - 14 then null else p.therapist_id end
    from run_logs l join runner_profiles p on p.user_id = l.runner_id join users u on u.id = p.user_id and u.email like '%@bench.test'
    where l.sharp_pain`);
  await run(sql`
    insert into readiness_assessments (runner_id, assessed_by, assessed_on, pain_at_rest, sharp_pain_with_daily_movement, current_pain,
      single_leg_squat_left, single_leg_squat_right, single_leg_squat_good_control, hop_30s_pain_free, walk_30min_pain_free, passed)
    select p.user_id, p.therapist_id, ${today}::date - 370, 0, false, 1, 10, 10, true, true, true, true
    from runner_profiles p join users u on u.id = p.user_id and u.email like '%@bench.test'`);
  await run(sql`analyze`);
}
