import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import RunnerPage from '@/app/therapist/runners/[runnerId]/page';
import { getDb } from '@/db';
import { rowsOf } from '@/db/rows';
import { GET as exportRoute } from '@/app/admin/reports/export/route';
import { authOptions } from '@/lib/auth/options';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { ACTIONS, ACTORS } from '../permission-matrix';
import { TEST_PASSWORD, createUser, loginAs } from '../support/factories';
import { signInAs } from '../support/session';
import { FIXTURES, actAs, actionOf, auditSince, buildWorld, lastAuditId, readinessFields, runFields, toFormData, type Fields } from './security-support';

/** The CSV route handler itself, as a browser request reaches it. */
const exportCsv = (params: URLSearchParams) => exportRoute(new Request(`http://localhost/admin/reports/export?${params}`));

async function run(name: string, fields: Fields): Promise<unknown> {
  const rule = ACTIONS.find((candidate) => candidate.name === name)!;
  try {
    return await actionOf(rule.file, rule.name)({ status: 'idle' }, toFormData(fields));
  } catch (error) {
    // The invitation action redirects to sign-in once the password is set.
    if ((error as Error).message.startsWith('NEXT_REDIRECT ')) return (error as Error).message;
    throw error;
  }
}

/**
 * Keys an audit row's detail may hold: ids, kinds, outcomes, plan phases and stages, report ranges and the clinic's
 * protocol settings (painAllowance and stopPain are the clinic's thresholds, not a person's pain). A new key fails this test until
 * someone has looked at what it carries.
 */
const DETAIL_KEYS = new Set([
  'required', 'role', 'reason', 'decisionId', 'action', 'changed', 'redFlag', 'kind', 'runnerId', 'resolution', 'alertsResolved', 'assessmentId', 'noteId',
  'phase', 'stage', 'override', 'changes', 'sessionsEnded', 'reissued', 'fromTherapistId', 'toTherapistId', 'openAlertsMoved',
  'defaultPreset', 'painAllowance', 'sessionMinutes', 'weeklyIncrease', 'maxRunDaysPerWeek', 'stopPain', 'gapDays', 'report', 'from', 'to',
  // The pre-run check's outcome (run, rest today, stop): a decision, not the answers.
  'result',
  // Whether a work phone or the clinic's phone and email are set now (never the numbers or addresses).
  'phoneSet',
  'emailSet',
]);
/** A person's pain or effort scores, and free text or secrets, by the names the forms and tables use. */
const FORBIDDEN_KEY =
  /^(pain|painBefore|painDuring|painAfter|painNextMorning|painAtRest|currentPain|rpe|swelling\w*|sharpPain\w*|limping|note|body|message|what|resolutionNote|overrideReason|token|url|password|passwordHash|email|name)$/i;

describe('every write leaves exactly one audit row', () => {
  for (const rule of ACTIONS) {
    const actor = ACTORS.find((candidate) => ['allowed', 'public'].includes(rule.expect[candidate]))!;
    it(`${rule.name}: one row naming the actor, the action, the target and the outcome, stamped in UTC`, async () => {
      const fixture = FIXTURES[rule.name]!;
      const world = await buildWorld(fixture.runnerA);
      const fields = await fixture.fields(world);
      await actAs(world, actor);
      const since = await lastAuditId();
      const started = Date.now();
      await run(rule.name, fields);
      const rows = await auditSince(since);

      expect(rows).toHaveLength(1);
      const [row] = rows;
      // The invitation is accepted without a session: the row names the invitee.
      const actorUser = actor === 'anonymous' ? world.runnerA : world.people[actor];
      expect(row).toMatchObject({ actorId: actorUser.id, clinicId: actorUser.clinicId, outcome: 'ok' });
      expect(row!.action).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(row!.targetType).toMatch(/^[a-z_]+$/);
      expect(row!.targetId).toBeTruthy();
      expect(row!.at.getTime()).toBeGreaterThanOrEqual(started - 1000);
      expect(row!.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    });
  }

  it('stamps rows with an absolute time (timestamp with time zone), shown in UTC whatever the session time zone', async () => {
    const [column] = rowsOf<{ data_type: string }>(await getDb().execute(sql`select data_type from information_schema.columns where table_name = 'audit_log' and column_name = 'at'`));
    expect(column?.data_type).toBe('timestamp with time zone');
    const { people } = await buildWorld();
    await loginAs(people.therapistA);
    const since = await lastAuditId();
    await run('addTherapistNote', { runnerId: people.runnerA.id, body: 'Time zone check.' });
    const [row] = await auditSince(since);
    await getDb().execute(sql`set time zone 'Pacific/Auckland'`);
    const [again] = rowsOf<{ utc: string }>(await getDb().execute(sql`select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as utc from audit_log where id = ${row!.id}`));
    await getDb().execute(sql`set time zone 'UTC'`);
    expect(`${again!.utc.slice(0, 23)}Z`).toBe(row!.at.toISOString());
  });
});

describe('audit rows hold no pain values, clinical text or secrets', () => {
  it('after a full scenario of every kind of write, read, export, sign-in and denial', async () => {
    const secrets: string[] = [TEST_PASSWORD];
    const remember = <T,>(value: T): T => {
      if (typeof value === 'string') secrets.push(value);
      return value;
    };
    const collectUrls = (result: unknown) => {
      const url = (result as { data?: { url?: string } })?.data?.url;
      if (url) secrets.push(url, url.split('/invite/')[1]!);
    };
    const since = await lastAuditId();

    // Every action, as its allowed actor, with distinctive words and the highest pain scores.
    for (const rule of ACTIONS) {
      const actor = ACTORS.find((candidate) => ['allowed', 'public'].includes(rule.expect[candidate]))!;
      const fixture = FIXTURES[rule.name]!;
      const world = await buildWorld(fixture.runnerA);
      const fields = await fixture.fields(world);
      for (const key of ['note', 'body', 'what', 'overrideReason', 'token', 'password']) if (typeof fields[key] === 'string') remember(fields[key]);
      await actAs(world, actor);
      collectUrls(await run(rule.name, fields));

      if (rule.name === 'logRunAction') {
        await run('logRunAction', runFields({ date: fields.date as string, painBefore: '9', painDuring: '9', painAfter: '9', limping: 'yes', note: remember(`limp note ${randomUUID()}`) }));
      }
      if (rule.name === 'addTherapistNote') {
        await run('addTherapistNote', { runnerId: world.runnerA.id, body: remember(`private note ${randomUUID()}`) });
        await run('recordReadinessAssessment', { ...readinessFields(world.runnerA.id), painAtRest: '9', currentPain: '9', note: remember(`readiness note ${randomUUID()}`) });
        await RunnerPage({ params: Promise.resolve({ runnerId: world.runnerA.id }) });
        // A denial: another therapist's read.
        await loginAs(world.people.therapistB);
        await expect(RunnerPage({ params: Promise.resolve({ runnerId: world.runnerA.id }) })).rejects.toThrow('NEXT_NOT_FOUND');
      }
      if (rule.name === 'reportConcernAction') {
        await run('reportConcernAction', { what: remember(`my concern ${randomUUID()}`), pain: '9', sharpPain: 'yes', swelling: 'no', limping: 'no' });
      }
      if (rule.name === 'saveClinicSettingsAction') {
        const response = await exportCsv(new URLSearchParams({ table: 'all' }));
        expect(response.status).toBe(200);
      }
      if (rule.name === 'inviteStaffAction') {
        // Sign-in (right and wrong password) and sign-out.
        const staff = await createUser(world.clinicA, 'therapist');
        secrets.push(staff.passwordHash!);
        const signedIn = await signInWithPassword({ email: staff.email, password: TEST_PASSWORD }, { userAgent: 'vitest', address: '203.0.113.9' });
        await signInWithPassword({ email: staff.email, password: remember(`wrong-${randomUUID()}`) }, { userAgent: 'vitest', address: '203.0.113.9' });
        if (!signedIn.ok) throw new Error('sign-in failed');
        await authOptions().events!.signOut!({ token: { sid: signedIn.sessionId, uid: signedIn.userId }, session: null as never });
      }
    }
    signInAs(null);

    const rows = await auditSince(since);
    expect(new Set(rows.map((row) => row.action))).toEqual(
      new Set([
        ...['run_log.create', 'check_in.create', 'concern.create', 'exercise_log.create', 'pre_run_check.create', 'alert.resolve', 'plan.start_foundation', 'plan.start_walk_run', 'plan.set_stage'],
        ...['plan.unlock_full', 'plan.discharge', 'plan.settings', 'readiness.create', 'note.create', 'invitation.resend', 'runner.create', 'user.invite', 'user.deactivate'],
        ...['user.reactivate', 'runner.reassign', 'clinic.settings', 'invitation.accept', 'runner.view', 'report.export', 'auth.sign_in', 'auth.sign_out'],
        ...['user.phone', 'clinic.contact'],
      ]),
    );
    expect(rows.filter((row) => row.outcome === 'denied').map((row) => row.action)).toEqual(['runner.view', 'auth.sign_in']);
    expect(secrets.length).toBeGreaterThan(15);
    for (const row of rows) {
      const detail = row.detail ?? {};
      for (const key of Object.keys(detail)) {
        expect(key, `${row.action} detail`).not.toMatch(FORBIDDEN_KEY);
        expect(DETAIL_KEYS.has(key), `${row.action} detail key ${key}`).toBe(true);
      }
      const stored = JSON.stringify([row.action, row.targetType, row.targetId, detail]);
      for (const secret of secrets) expect(stored.includes(secret), `${row.action} holds "${secret}"`).toBe(false);
    }
  });
});
