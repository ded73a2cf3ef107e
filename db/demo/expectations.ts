import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { rowsOf } from '@/db/rows';
import { addDays, type IsoDate } from '@/lib/protocol';
import { RIVERSIDE, type DemoPhase } from '../seed-data';
import type { RunnerOutcome } from './simulate-runner';

export interface StoryMismatch {
  runner: string;
  problem: string;
}

interface RunnerEnd {
  phase: DemoPhase;
  stage: number;
  lastRun: IsoDate | null;
  lastRunCheckedIn: boolean | null;
  openStops: number;
  openReviews: number;
  openAlerts: number;
}

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

async function endOf(db: Database, runnerId: string): Promise<RunnerEnd> {
  const [row] = await rows<RunnerEnd>(
    db,
    sql`select rp.phase::text as phase, rp.stage::int as stage,
      (select max(r.date)::text from run_logs r where r.runner_id = rp.user_id) as "lastRun",
      (select r.checked_in_at is not null from run_logs r where r.runner_id = rp.user_id order by r.date desc limit 1) as "lastRunCheckedIn",
      (select count(*)::int from alerts a where a.runner_id = rp.user_id and a.status = 'open' and a.kind = 'stop') as "openStops",
      (select count(*)::int from alerts a where a.runner_id = rp.user_id and a.status = 'open' and a.kind = 'review') as "openReviews",
      (select count(*)::int from alerts a where a.runner_id = rp.user_id and a.status = 'open') as "openAlerts"
    from runner_profiles rp where rp.user_id = ${runnerId}`,
  );
  if (!row) throw new Error(`no profile for ${runnerId}`);
  return row;
}

/**
 * Where the stories did not end as seed-data.ts expects: the named runners the e2e tests and the README rely on,
 * every phase present at Riverside, and Jordan's red flag first in Dana's caseload.
 */
export async function checkDemoStories(db: Database, today: IsoDate, outcomes: readonly RunnerOutcome[]): Promise<StoryMismatch[]> {
  const problems: StoryMismatch[] = [];
  const phases = new Set<string>();
  for (const outcome of outcomes) {
    const end = await endOf(db, outcome.runnerId);
    if (outcome.runner.email.endsWith('@stride.test')) phases.add(end.phase);
    const expect = outcome.runner.expect;
    if (!expect) continue;
    const fail = (problem: string) => problems.push({ runner: outcome.runner.name, problem });
    if (end.phase !== expect.phase) fail(`phase ${end.phase}, expected ${expect.phase}`);
    if (expect.stage !== undefined && end.stage !== expect.stage) fail(`stage ${end.stage}, expected ${expect.stage}`);
    if (expect.lastRunDaysAgo !== undefined && end.lastRun !== addDays(today, -expect.lastRunDaysAgo)) fail(`last run ${end.lastRun}, expected ${addDays(today, -expect.lastRunDaysAgo)}`);
    if (expect.openStop !== undefined && (end.openStops > 0) !== expect.openStop) fail(`${end.openStops} open stop alerts`);
    if (expect.openReview !== undefined && (end.openReviews > 0) !== expect.openReview) fail(`${end.openReviews} open review alerts`);
    if (expect.pendingCheckIn !== undefined && (end.lastRunCheckedIn === false) !== expect.pendingCheckIn) fail(`last run checked in: ${end.lastRunCheckedIn}`);
    if (expect.noOpenAlerts && end.openAlerts > 0) fail(`${end.openAlerts} open alerts`);
  }
  for (const phase of ['foundation', 'walk_run', 'continuous', 'full', 'maintenance', 'paused', 'discharged']) {
    if (!phases.has(phase)) problems.push({ runner: RIVERSIDE.name, problem: `no runner in ${phase}` });
  }
  // The caseload lists red flags first, by name: the e2e journey resolves Jordan's from the first row.
  const [first] = await rows<{ name: string }>(
    db,
    sql`select u.name from runner_profiles rp join users u on u.id = rp.user_id join users t on t.id = rp.therapist_id
      where t.email = ${RIVERSIDE.therapists.therapist.email}
        and exists (select 1 from alerts a where a.runner_id = rp.user_id and a.status = 'open' and (a.kind = 'stop' or array_to_string(a.rules, ' ') like '%red\\_flag.%'))
      order by u.name, u.id limit 1`,
  );
  if (first?.name !== 'Jordan Lee') problems.push({ runner: 'Jordan Lee', problem: `first red flag in Dana's caseload is ${first?.name ?? 'nobody'}` });
  return problems;
}
