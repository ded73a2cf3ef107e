import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, protocolDecisions, runLogs } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { addDays } from '@/lib/protocol';
import { checkInAction, logRunAction } from '@/lib/runner/actions';
import type { CheckInResult } from '@/lib/runner/check-in';
import type { RunLogResult } from '@/lib/runner/log-run';
import { createRunner, loginAs } from '../support/factories';
import { alertsOf, formData, openPlanOf, profileOf, runForm, signedInRunner, today, writtenFor, yesterday } from './runner-support';


async function runYesterday(overrides: Record<string, string> = {}) {
  const state = await logRunAction(IDLE, runForm({ date: yesterday, ...overrides }));
  if (state.status !== 'ok') throw new Error(JSON.stringify(state));
  return state.data as RunLogResult;
}

async function checkIn(runLogId: string, painNextMorning: string, swellingOver24h: 'yes' | 'no') {
  const state = await checkInAction(IDLE, formData({ runLogId, painNextMorning, swellingOver24h }));
  if (state.status !== 'ok') throw new Error(JSON.stringify(state));
  return state.data as CheckInResult;
}

async function decisionsFor(runLogId: string) {
  return getDb().select().from(protocolDecisions).where(eq(protocolDecisions.runLogId, runLogId)).orderBy(protocolDecisions.createdAt);
}

describe('the next-morning check-in', () => {
  it('supersedes a progress with a repeat when pain has not settled, keeping the first decision as it was', async () => {
    const { runner } = await signedInRunner(4);
    const run = await runYesterday();
    expect((await profileOf(runner.id)).stage).toBe(5);
    const [original] = await decisionsFor(run.runLogId);

    const result = await checkIn(run.runLogId, '2', 'no');
    expect(result).toMatchObject({ changed: true, view: { action: 'repeat', nextStage: 4 } });
    expect(result.view?.reasons[0]).toMatch(/next morning was higher/);

    const [first, second] = await decisionsFor(run.runLogId);
    expect(first).toEqual(original);
    expect(second).toMatchObject({ source: 'check_in', action: 'repeat', supersedesId: original!.id, rules: ['pain.not_settled'], nextStage: 4 });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'walk_run', stage: 4 });
    const [row] = await getDb().select().from(runLogs).where(eq(runLogs.id, run.runLogId));
    expect(row).toMatchObject({ painNextMorning: 2, swellingOver24h: false });
    expect(row?.checkedInAt).toBeInstanceOf(Date);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.action, 'check_in.create'));
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0]!.detail)).not.toMatch(/pain/i);
  });

  it('stops and alerts on swelling or stiffness lasting over 24 hours', async () => {
    const { runner, therapist } = await signedInRunner(3);
    const run = await runYesterday();
    const result = await checkIn(run.runLogId, '0', 'yes');
    expect(result).toMatchObject({ changed: true, view: { action: 'stop', headline: 'Stop running and contact your physical therapist' } });
    expect(result.view?.reasons[0]).toMatch(/swelling or stiffness lasting over 24 hours/);
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'paused', stage: 3 });
    expect((await openPlanOf(runner.id)).open).toEqual([expect.objectContaining({ phase: 'paused', startedOn: today })]);
    const [, superseding] = await decisionsFor(run.runLogId);
    expect(await alertsOf(runner.id)).toEqual([
      expect.objectContaining({ kind: 'stop', therapistId: therapist.id, rules: ['red_flag.swelling_24h'], decisionId: superseding!.id }),
    ]);
  });

  it('pain at the stop threshold the next morning stops running, as it would in a concern', async () => {
    const { runner } = await signedInRunner(3);
    const run = await runYesterday();
    const result = await checkIn(run.runLogId, '7', 'no');
    expect(result).toMatchObject({ changed: true, view: { action: 'stop' } });
    expect(await profileOf(runner.id)).toMatchObject({ phase: 'paused', stage: 3 });
    expect(await alertsOf(runner.id)).toEqual([expect.objectContaining({ kind: 'stop', rules: expect.arrayContaining(['pain.severe']) })]);
  });

  it('stores the answers without a new decision when they change nothing', async () => {
    const { runner } = await signedInRunner(4);
    const run = await runYesterday();
    const result = await checkIn(run.runLogId, '0', 'no');
    expect(result).toMatchObject({ changed: false, view: { action: 'progress', nextStage: 5 } });
    expect(await decisionsFor(run.runLogId)).toHaveLength(1);
    expect((await profileOf(runner.id)).stage).toBe(5);
  });

  it('answers a second check-in for the same run with the answer in force, changing nothing', async () => {
    const { runner } = await signedInRunner(4);
    const run = await runYesterday();
    await checkIn(run.runLogId, '2', 'no');
    const written = await writtenFor(runner.id);
    const again = await checkIn(run.runLogId, '0', 'yes');
    expect(again).toMatchObject({ changed: false, alreadyAnswered: true, view: { action: 'repeat' } });
    expect(await writtenFor(runner.id)).toEqual(written);
  });

  it('adds swelling to a run that already stopped running, without a second stop alert', async () => {
    const { runner } = await signedInRunner(4);
    const run = await runYesterday({ limping: 'yes' });
    const result = await checkIn(run.runLogId, '1', 'yes');
    expect(result.changed).toBe(true);
    const [, superseding] = await decisionsFor(run.runLogId);
    expect(superseding).toMatchObject({ action: 'stop', rules: ['red_flag.swelling_24h', 'red_flag.limping'] });
    expect((await alertsOf(runner.id)).filter((a) => a.kind === 'stop')).toHaveLength(1);
    expect((await profileOf(runner.id)).phase).toBe('paused');
  });

  it('waits for the next morning: a run from today cannot be checked in yet', async () => {
    await signedInRunner(4);
    const state = await logRunAction(IDLE, runForm());
    const runLogId = state.status === 'ok' ? (state.data as RunLogResult).runLogId : '';
    const result = await checkInAction(IDLE, formData({ runLogId, painNextMorning: '0', swellingOver24h: 'no' }));
    expect(result).toMatchObject({ status: 'error', formError: expect.stringMatching(/morning after/) });
  });

  it("refuses another runner's run, audits the attempt, and changes nothing", async () => {
    const { clinic, therapist } = await signedInRunner(4);
    const run = await runYesterday();
    const other = await createRunner(clinic.id, therapist.id, { phase: 'walk_run', stage: 2 }, addDays(today, -14));
    await loginAs(other.user);
    const result = await checkInAction(IDLE, formData({ runLogId: run.runLogId, painNextMorning: '0', swellingOver24h: 'yes' }));
    expect(result).toMatchObject({ status: 'error', formError: 'That run could not be found.' });
    const [row] = await getDb().select().from(runLogs).where(eq(runLogs.id, run.runLogId));
    expect(row?.checkedInAt).toBeNull();
    expect(await decisionsFor(run.runLogId)).toHaveLength(1);
    const denied = await getDb().select().from(auditLog).where(eq(auditLog.actorId, other.user.id));
    expect(denied).toEqual([expect.objectContaining({ action: 'check_in.create', outcome: 'denied', targetId: run.runLogId })]);
  });
});
