import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, protocolDecisions, runLogs } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { addDays } from '@/lib/protocol';
import { logRunAction } from '@/lib/runner/actions';
import { logPageFor } from '@/lib/runner/queries';
import { requireRole } from '@/lib/auth';
import type { RunLogResult } from '@/lib/runner/log-run';
import { createRunner, loginAs } from '../support/factories';
import { alertsOf, openPlanOf, profileOf, runForm, signedInRunner, storePastRun, today, writtenFor, yesterday } from './runner-support';


async function logRun(form: FormData) {
  const state = await logRunAction(IDLE, form);
  if (state.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(state)}`);
  return state.data as RunLogResult;
}

describe('logging a run', () => {
  it('stores the log, the decision and an audit row without pain values, and moves a green run up one stage', async () => {
    const { runner, profile } = await signedInRunner(4);
    const result = await logRun(runForm());
    expect(result.replayed).toBe(false);
    expect(result.view).toMatchObject({ action: 'progress', actionLabel: 'Progress', nextStage: 5, nextRunDate: addDays(today, 2) });
    expect(result.view.headline).toMatch(/stage 5/);
    expect(result.view.next).toContain('stage 5');

    const [decision] = await getDb().select().from(protocolDecisions).where(eq(protocolDecisions.runLogId, result.runLogId));
    expect(decision).toMatchObject({ source: 'run_log', action: 'progress', fromStage: 4, nextStage: 5, nextPhase: 'walk_run', rules: ['green'] });
    const after = await profileOf(runner.id);
    expect(after).toMatchObject({ phase: 'walk_run', stage: 5, version: profile.version + 1 });
    const [audit] = await getDb().select().from(auditLog).where(eq(auditLog.targetId, result.runLogId));
    expect(audit).toMatchObject({ action: 'run_log.create', outcome: 'ok', actorId: runner.id });
    expect(JSON.stringify(audit!.detail)).not.toMatch(/pain/i);
    expect((await alertsOf(runner.id))).toHaveLength(0);
  });

  it('logs against the prescribed stage and accepts yesterday, never an earlier day or a day before the latest run', async () => {
    const { runner } = await signedInRunner(3);
    const tooEarly = await logRunAction(IDLE, runForm({ date: addDays(today, -2) }));
    expect(tooEarly).toMatchObject({ status: 'error', fieldErrors: { date: 'Choose today or yesterday.' } });
    await logRun(runForm({ date: today }));
    const beforeLatest = await logRunAction(IDLE, runForm({ date: yesterday }));
    expect(beforeLatest).toMatchObject({ status: 'error', fieldErrors: { date: expect.stringMatching(/already logged a run/) } });
    const [row] = await getDb().select().from(runLogs).where(eq(runLogs.runnerId, runner.id));
    expect(row).toMatchObject({ date: today, stage: 3 });
  });

  it('offers yesterday on the log page only when the server would take it', async () => {
    await signedInRunner(3);
    expect((await logPageFor(await requireRole('runner'), today))!.days.yesterday).toEqual({ date: yesterday, label: expect.any(String) });
    await logRun(runForm({ date: today }));
    // A run is logged today: yesterday would be refused as "before the latest run".
    expect((await logPageFor(await requireRole('runner'), today))!.days.yesterday).toBeNull();

    // The plan started today: yesterday would be refused as "before the plan".
    await signedInRunner(3, 0);
    expect((await logPageFor(await requireRole('runner'), today))!.days.yesterday).toBeNull();
    const refused = await logRunAction(IDLE, runForm({ date: yesterday }));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { date: expect.stringMatching(/plan started/) } });
  });

  it('keeps a run the day after a run, but it repeats the stage and says why (protocol v2, row 10)', async () => {
    const { runner } = await signedInRunner(2);
    await storePastRun(runner.id, { date: yesterday, stage: 1, painBefore: 0, painDuring: 0, painAfter: 0, painNextMorning: 0, swellingOver24h: false });
    const result = await logRun(runForm());
    expect(result.view).toMatchObject({ action: 'repeat', nextStage: 2 });
    expect(result.view.reasons.join(' ')).toMatch(/Leave a day between runs/);
    expect((await profileOf(runner.id)).stage).toBe(2);
  });

  it('answers invalid input with field errors and stores nothing', async () => {
    const { runner } = await signedInRunner();
    const state = await logRunAction(IDLE, runForm({ painDuring: '11', runMinutes: 'lots', limping: 'maybe' }));
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['limping', 'painDuring', 'runMinutes']);
    const missing = new FormData();
    const empty = await logRunAction(IDLE, missing);
    expect(empty.status).toBe('error');
    if (empty.status === 'error') expect(empty.fieldErrors?.painBefore).toMatch(/pain before/);
    expect(await writtenFor(runner.id)).toMatchObject({ runLogs: 0, decisions: 0, alerts: 0, audits: 0 });
  });

  it('refuses a runnerId in the submission, so a runner cannot log for another runner, and writes nothing', async () => {
    const { runner, otherRunner } = await signedInRunner();
    const before = { mine: await writtenFor(runner.id), theirs: await writtenFor(otherRunner.id) };
    const state = await logRunAction(IDLE, (() => {
      const form = runForm();
      form.set('runnerId', otherRunner.id);
      return form;
    })());
    expect(state).toMatchObject({ status: 'error', formError: expect.stringMatching(/runnerId/) });
    expect(await writtenFor(runner.id)).toEqual(before.mine);
    expect(await writtenFor(otherRunner.id)).toEqual(before.theirs);
  });

  it('refuses a therapist (the action is the runner acting on their own record)', async () => {
    const { therapist, runner } = await signedInRunner();
    await loginAs(therapist);
    await expect(logRunAction(IDLE, runForm())).rejects.toThrow('NEXT_NOT_FOUND');
    expect((await writtenFor(runner.id)).runLogs).toBe(0);
  });

  it('stops on limping: paused, the walk-run period closed and a paused one opened, a stop alert for the therapist', async () => {
    const { runner, therapist } = await signedInRunner(4);
    const result = await logRun(runForm({ limping: 'yes', painDuring: '1', painBefore: '1', painAfter: '1' }));
    expect(result.view).toMatchObject({ action: 'stop', stopped: true, headline: 'Stop running and contact your physical therapist', nextRunDate: null });
    expect(result.view.reasons[0]).toBe('You reported limping.');
    expect(result.view.next).toMatch(/Strength, mobility and cross-training can go on/);
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'paused', stage: 4 });
    const { open, all } = await openPlanOf(runner.id);
    expect(open).toEqual([expect.objectContaining({ phase: 'paused', startStage: 4, startedOn: today })]);
    expect(all.find((p) => p.phase === 'walk_run')?.endedOn).toBe(today);
    const alerts = await alertsOf(runner.id);
    expect(alerts).toEqual([expect.objectContaining({ kind: 'stop', status: 'open', therapistId: therapist.id, rules: ['red_flag.limping'], runLogId: result.runLogId })]);

    const next = await logRunAction(IDLE, runForm());
    expect(next).toMatchObject({ status: 'error', formError: expect.stringMatching(/Running is paused/) });
  });

  it('stops on sharp pain that got worse, with an alert', async () => {
    const { runner } = await signedInRunner(2);
    const result = await logRun(runForm({ sharpPain: 'yes' }));
    expect(result.view.action).toBe('stop');
    expect(result.view.reasons[0]).toMatch(/sharp pain/);
    expect(await alertsOf(runner.id)).toEqual([expect.objectContaining({ kind: 'stop', rules: ['red_flag.sharp_pain'] })]);
    expect((await profileOf(runner.id)).phase).toBe('paused');
  });

  it('stops when pain rose over the last three runs, with an alert', async () => {
    const { runner } = await signedInRunner(3, 5);
    const first = await storePastRun(runner.id, { date: addDays(today, -4), stage: 3, painBefore: 0, painDuring: 0, painAfter: 0, painNextMorning: 0, swellingOver24h: false });
    await storePastRun(runner.id, { date: addDays(today, -2), stage: 3, painBefore: 0, painDuring: 1, painAfter: 0, painNextMorning: 0, swellingOver24h: false }, [first]);
    const result = await logRun(runForm({ painBefore: '0', painDuring: '2', painAfter: '1' }));
    expect(result.view.action).toBe('stop');
    expect(result.view.reasons[0]).toMatch(/gone up with each of your last 3 runs/);
    expect(await alertsOf(runner.id)).toEqual([expect.objectContaining({ kind: 'stop', rules: expect.arrayContaining(['red_flag.pain_rising']) })]);
  });

  it('raises a review alert on a second regression within a week, without stopping', async () => {
    const { runner } = await signedInRunner(4);
    await storePastRun(runner.id, { date: addDays(today, -3), stage: 5, painBefore: 0, painDuring: 4, painAfter: 0, painNextMorning: 0, swellingOver24h: false });
    const result = await logRun(runForm({ painBefore: '3', painDuring: '3', painAfter: '3' }));
    expect(result.view).toMatchObject({ action: 'regress', nextStage: 3 });
    expect(await alertsOf(runner.id)).toEqual([expect.objectContaining({ kind: 'review', rules: ['review.repeated_regression'] })]);
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'walk_run', stage: 3 });
  });

  it('moves on to continuous running after a green stage 8, in a new plan period', async () => {
    const { runner } = await signedInRunner(8);
    const result = await logRun(runForm({ runMinutes: '30' }));
    expect(result.view).toMatchObject({ action: 'progress', headline: 'Walk-run ladder complete: on to continuous easy running' });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'continuous', stage: 8 });
    expect((await openPlanOf(runner.id)).open).toEqual([expect.objectContaining({ phase: 'continuous', startedOn: today })]);
    // A second run the same day is kept, but it is no green run: it never moves anything on.
    const again = await logRunAction(IDLE, runForm({ runMinutes: '30', date: today }));
    expect(again).toMatchObject({ status: 'ok', data: { view: { action: 'repeat' } } });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'continuous', stage: 8 });
  });

  it('stores one log, decision, alert and audit row for 20 concurrent submissions with one key, and answers each the same', async () => {
    const { runner } = await signedInRunner(4);
    const key = randomUUID();
    const states = await Promise.all(Array.from({ length: 20 }, () => logRunAction(IDLE, runForm({ idempotencyKey: key, limping: 'yes' }))));
    expect(states.every((s) => s.status === 'ok')).toBe(true);
    const results = states.map((s) => (s.status === 'ok' ? (s.data as RunLogResult) : null));
    expect(new Set(results.map((r) => r?.runLogId)).size).toBe(1);
    expect(results.filter((r) => r?.replayed === false)).toHaveLength(1);
    expect(new Set(results.map((r) => JSON.stringify(r?.view))).size).toBe(1);
    expect(await writtenFor(runner.id)).toMatchObject({ runLogs: 1, decisions: 1, alerts: 1, audits: 1, plans: 2 });
  });

  it('answers a retry after the first submission with the first decision, writing nothing more', async () => {
    const { runner } = await signedInRunner(4);
    const form = runForm();
    const first = await logRun(form);
    const written = await writtenFor(runner.id);
    const retry = await logRun(form);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await writtenFor(runner.id)).toEqual(written);
  });

  it('keeps idempotency keys per runner: another runner may use the same key', async () => {
    const { runner, clinic, therapist } = await signedInRunner(4);
    const key = randomUUID();
    await logRun(runForm({ idempotencyKey: key }));
    const other = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 2 }, addDays(today, -14));
    await loginAs(other.user);
    const theirs = await logRun(runForm({ idempotencyKey: key }));
    expect(theirs.replayed).toBe(false);
    expect((await writtenFor(runner.id)).runLogs).toBe(1);
    expect((await writtenFor(other.user.id)).runLogs).toBe(1);
  });
});
