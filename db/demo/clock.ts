import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';

/*
 * The simulated clock. The real runner and therapist functions write their rows with now() (database defaults:
 * created_at, updated_at) and new Date() (resolved_at, checked_in_at, updated_at); during the simulation these
 * triggers stamp those columns with the simulated moment instead, so a run logged "58 days ago at 18:40" carries
 * that time, in the order the story happened, and the rules read consistent times while the story plays (an
 * alert resolved "in the last week" is one of the simulated week). The triggers live only inside the seed's transaction: they are dropped before it commits, so no other
 * session ever sees them and a failed seed leaves nothing behind. The audit log is append-only and keeps the
 * real time of seeding.
 */

const SETTING = 'stride.simulated_at';

/** Tables whose created_at the simulation writes through the real functions. */
const STAMPED_TABLES = [
  'clinics',
  'users',
  'invitations',
  'runner_profiles',
  'plans',
  'run_logs',
  'pre_run_checks',
  'readiness_assessments',
  'protocol_decisions',
  'alerts',
  'therapist_notes',
  'outbox_messages',
] as const;

function installStatements(): string[] {
  const simulatedAt = `nullif(current_setting('${SETTING}', true), '')::timestamptz`;
  const stamp = (name: string, body: string) =>
    `create function stride_seed_${name}() returns trigger language plpgsql as $$ begin ${body} return new; end $$`;
  return [
    stamp('created', `new.created_at := coalesce(${simulatedAt}, new.created_at);`),
    stamp('updated', `new.updated_at := coalesce(${simulatedAt}, new.updated_at);`),
    stamp('resolved', `if new.resolved_at is not null and old.resolved_at is null then new.resolved_at := coalesce(${simulatedAt}, new.resolved_at); end if;`),
    stamp('checked_in', `if new.checked_in_at is not null and old.checked_in_at is null then new.checked_in_at := coalesce(${simulatedAt}, new.checked_in_at); end if;`),
    ...STAMPED_TABLES.map((table) => `create trigger stride_seed_created before insert on ${table} for each row execute function stride_seed_created()`),
    ...['users', 'runner_profiles'].map((table) => `create trigger stride_seed_updated before insert or update on ${table} for each row execute function stride_seed_updated()`),
    'create trigger stride_seed_resolved before update on alerts for each row execute function stride_seed_resolved()',
    'create trigger stride_seed_checked_in before update on run_logs for each row execute function stride_seed_checked_in()',
  ];
}

function removeStatements(): string[] {
  return [
    ...STAMPED_TABLES.map((table) => `drop trigger stride_seed_created on ${table}`),
    ...['users', 'runner_profiles'].map((table) => `drop trigger stride_seed_updated on ${table}`),
    'drop trigger stride_seed_resolved on alerts',
    'drop trigger stride_seed_checked_in on run_logs',
    ...['created', 'updated', 'resolved', 'checked_in'].map((name) => `drop function stride_seed_${name}()`),
    `select set_config('${SETTING}', '', true)`,
  ];
}

/** Call inside the seed's transaction, and removeSimulatedClock before it commits. */
export async function installSimulatedClock(db: Executor): Promise<void> {
  for (const statement of installStatements()) await db.execute(sql.raw(statement));
}

export async function removeSimulatedClock(db: Executor): Promise<void> {
  for (const statement of removeStatements()) await db.execute(sql.raw(statement));
}

/** Everything written from now on happened at this moment. */
export async function setSimulatedTime(db: Executor, at: Date): Promise<void> {
  await db.execute(sql`select set_config(${SETTING}, ${at.toISOString()}, true)`);
}
