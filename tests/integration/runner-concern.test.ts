import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { exerciseLogs } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { logExerciseAction, logRunAction, reportConcernAction } from '@/lib/runner/actions';
import type { ConcernResult } from '@/lib/runner/concern';
import { alertsOf, formData, openPlanOf, profileOf, runForm, signedInRunner, today, writtenFor } from './runner-support';


function concern(overrides: Record<string, string> = {}) {
  return formData({ what: 'A new niggle on the outside of my right knee', pain: '3', sharpPain: 'no', swelling: 'no', limping: 'no', ...overrides });
}

describe('reporting a concern', () => {
  it('reaches the therapist as an alert in the runner words, without pausing when no red flag is reported', async () => {
    const { runner, therapist } = await signedInRunner(4);
    const state = await reportConcernAction(IDLE, concern({ pain: '2' }));
    expect(state).toEqual({ status: 'ok', data: { stop: null } });
    expect(await alertsOf(runner.id)).toEqual([
      expect.objectContaining({ kind: 'concern', therapistId: therapist.id, rules: [], message: expect.stringContaining('outside of my right knee') }),
    ]);
    expect((await profileOf(runner.id)).phase).toBe('walk_run');
    expect((await writtenFor(runner.id)).audits).toBe(1);
  });

  it('pain above the allowance asks the therapist to review; pain at the stop threshold pauses running (protocol v2)', async () => {
    const { runner } = await signedInRunner(4);
    await reportConcernAction(IDLE, concern({ pain: '3' }));
    expect(await alertsOf(runner.id)).toEqual([expect.objectContaining({ kind: 'concern', rules: ['pain.above_allowance'] })]);
    expect((await profileOf(runner.id)).phase).toBe('walk_run');

    const severe = await reportConcernAction(IDLE, concern({ pain: '7', what: 'It got much worse on the stairs' }));
    expect(severe).toMatchObject({ status: 'ok', data: { stop: { action: 'stop' } } });
    expect((await profileOf(runner.id)).phase).toBe('paused');
    const alerts = await alertsOf(runner.id);
    expect(alerts.filter((a) => a.kind === 'stop')).toEqual([expect.objectContaining({ rules: ['pain.severe'] })]);
  });

  for (const [field, rule] of [
    ['sharpPain', 'red_flag.sharp_pain'],
    ['swelling', 'red_flag.swelling_24h'],
    ['limping', 'red_flag.limping'],
  ] as const) {
    it(`pauses running on ${field}: a stop alert with ${rule} beside the concern`, async () => {
      const { runner } = await signedInRunner(4);
      const state = await reportConcernAction(IDLE, concern({ [field]: 'yes' }));
      expect(state.status).toBe('ok');
      const stop = state.status === 'ok' ? (state.data as ConcernResult).stop : null;
      expect(stop).toMatchObject({ action: 'stop', headline: 'Stop running and contact your physical therapist' });
      expect(await profileOf(runner.id)).toMatchObject({ phase: 'paused', stage: 4 });
      expect((await openPlanOf(runner.id)).open).toEqual([expect.objectContaining({ phase: 'paused', startedOn: today })]);
      const alerts = await alertsOf(runner.id);
      expect(alerts.map((a) => [a.kind, a.rules])).toEqual(expect.arrayContaining([['concern', [rule]], ['stop', [rule]]]));
      expect(await logRunAction(IDLE, runForm())).toMatchObject({ status: 'error', formError: expect.stringMatching(/paused/) });
    });
  }

  it('stores one report when the same concern is sent twice', async () => {
    const { runner } = await signedInRunner(4);
    await reportConcernAction(IDLE, concern({ limping: 'yes' }));
    await reportConcernAction(IDLE, concern({ limping: 'yes' }));
    expect((await alertsOf(runner.id)).map((a) => a.kind).sort()).toEqual(['concern', 'stop']);
  });

  it('needs the words and every red-flag answer, and refuses a runnerId', async () => {
    const { runner, otherRunner } = await signedInRunner(4);
    const state = await reportConcernAction(IDLE, formData({ what: '', pain: '12' }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { what: expect.any(String), pain: expect.any(String), sharpPain: expect.any(String), swelling: expect.any(String), limping: expect.any(String) } });
    const forOther = concern();
    forOther.set('runnerId', otherRunner.id);
    expect(await reportConcernAction(IDLE, forOther)).toMatchObject({ status: 'error' });
    expect(await alertsOf(runner.id)).toEqual([]);
    expect(await alertsOf(otherRunner.id)).toEqual([]);
  });
});

describe('logging strength, mobility and cross-training', () => {
  it('stores ticked exercises once per key, with an audit row', async () => {
    const { runner } = await signedInRunner(4);
    const form = formData({ idempotencyKey: randomUUID(), date: today, kind: 'strength', exercises: ['glute_bridge', 'hip_thrust'], note: '' });
    const first = await logExerciseAction(IDLE, form);
    const second = await logExerciseAction(IDLE, form);
    expect(first).toMatchObject({ status: 'ok', data: { replayed: false, summary: 'Strength session saved: 2 exercises.' } });
    expect(second).toMatchObject({ status: 'ok', data: { replayed: true } });
    const rows = await getDb().select().from(exerciseLogs).where(eq(exerciseLogs.runnerId, runner.id));
    expect(rows).toEqual([expect.objectContaining({ kind: 'strength', exercisesDone: ['glute_bridge', 'hip_thrust'] })]);
    expect((await writtenFor(runner.id)).audits).toBe(1);
  });

  it('stores a cross-training activity with its minutes', async () => {
    const { runner } = await signedInRunner(4);
    const state = await logExerciseAction(IDLE, formData({ idempotencyKey: randomUUID(), date: today, kind: 'cross_training', activity: 'swimming', minutes: '35' }));
    expect(state).toMatchObject({ status: 'ok', data: { summary: 'Swimming, 35 min: saved.' } });
    const [row] = await getDb().select().from(exerciseLogs).where(eq(exerciseLogs.runnerId, runner.id));
    expect(row).toMatchObject({ kind: 'cross_training', activity: 'swimming', minutes: 35, exercisesDone: [] });
  });

  it('refuses exercises from another kind of session, unknown activities and missing ticks', async () => {
    const { runner } = await signedInRunner(4);
    const key = () => randomUUID();
    expect(await logExerciseAction(IDLE, formData({ idempotencyKey: key(), date: today, kind: 'mobility', exercises: ['glute_bridge'] }))).toMatchObject({
      status: 'error',
      fieldErrors: { exercises: expect.any(String) },
    });
    expect(await logExerciseAction(IDLE, formData({ idempotencyKey: key(), date: today, kind: 'cross_training', activity: 'running', minutes: '20' }))).toMatchObject({
      status: 'error',
      fieldErrors: { activity: expect.any(String) },
    });
    expect(await logExerciseAction(IDLE, formData({ idempotencyKey: key(), date: today, kind: 'strength' }))).toMatchObject({
      status: 'error',
      fieldErrors: { exercises: expect.any(String) },
    });
    expect(await getDb().select().from(exerciseLogs).where(eq(exerciseLogs.runnerId, runner.id))).toEqual([]);
  });
});
