import { describe, expect, it } from 'vitest';
import { checkInSchema } from './check-in';
import { concernSchema } from './concern';
import { exerciseLogSchema } from './exercise-log';
import { runLogSchema } from './run-log';

const KEY = '3b241101-e2bb-4255-8caf-4136c566a962';
const RUN = {
  idempotencyKey: KEY,
  date: '2026-11-27',
  completed: 'yes',
  runMinutes: ' 20 ',
  painBefore: '0',
  painDuring: '10',
  painAfter: '1',
  sharpPain: 'no',
  limping: 'yes',
  rpe: '3',
  note: '',
};

const fields = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => (result.error?.issues ?? []).map((i) => i.path.join('.') || '_form');

describe('run log form', () => {
  it('turns the submitted strings into a run', () => {
    expect(runLogSchema.parse(RUN)).toEqual({ ...RUN, completed: true, runMinutes: 20, painBefore: 0, painDuring: 10, painAfter: 1, sharpPain: false, limping: true, rpe: 3, note: null });
  });

  it('refuses pain outside 0–10, fractions, unanswered questions and a bad key', () => {
    const result = runLogSchema.safeParse({ ...RUN, painBefore: '11', painDuring: '2.5', painAfter: undefined, limping: 'maybe', idempotencyKey: 'abc', runMinutes: '301' });
    expect(fields(result).sort()).toEqual(['idempotencyKey', 'limping', 'painAfter', 'painBefore', 'painDuring', 'runMinutes']);
  });

  it('refuses a runnerId or any field it does not know', () => {
    expect(fields(runLogSchema.safeParse({ ...RUN, runnerId: KEY }))).toEqual(['_form']);
  });
});

describe('check-in, concern and exercise forms', () => {
  it('check-in: a run id, morning pain and the swelling answer, nothing else', () => {
    expect(checkInSchema.parse({ runLogId: KEY, painNextMorning: '2', swellingOver24h: 'no' })).toEqual({ runLogId: KEY, painNextMorning: 2, swellingOver24h: false });
    expect(fields(checkInSchema.safeParse({ runLogId: 'x', painNextMorning: '-1', swellingOver24h: 'no', runnerId: KEY })).sort()).toEqual(['_form', 'painNextMorning', 'runLogId']);
  });

  it('concern: words, pain and all three red-flag answers', () => {
    expect(concernSchema.parse({ what: '  sore shin  ', pain: '4', sharpPain: 'no', swelling: 'yes', limping: 'no' })).toEqual({ what: 'sore shin', pain: 4, sharpPain: false, swelling: true, limping: false });
    expect(fields(concernSchema.safeParse({ what: 'x', pain: '4' })).sort()).toEqual(['limping', 'sharpPain', 'swelling', 'what']);
  });

  it('exercise log: ticked known exercises, or an activity with minutes', () => {
    const base = { idempotencyKey: KEY, date: '2026-11-27' };
    expect(exerciseLogSchema.parse({ ...base, kind: 'strength', exercises: ['glute_bridge', 'glute_bridge'] })).toMatchObject({ exercises: ['glute_bridge'], note: null });
    expect(fields(exerciseLogSchema.safeParse({ ...base, kind: 'mobility', exercises: ['push_up'] }))).toEqual(['exercises']);
    expect(fields(exerciseLogSchema.safeParse({ ...base, kind: 'cross_training', activity: 'rowing', minutes: '0' })).sort()).toEqual(['activity', 'minutes']);
    expect(fields(exerciseLogSchema.safeParse({ ...base, kind: 'run' }))).toEqual(['kind']);
  });

  it('exercise log without JavaScript: the fields of the kinds not chosen are set aside, any other field is refused', () => {
    const base = { idempotencyKey: KEY, date: '2026-11-27' };
    const strength = exerciseLogSchema.parse({ ...base, kind: 'strength', exercises: ['glute_bridge'], minutes: '30' });
    expect(strength).toMatchObject({ kind: 'strength', exercises: ['glute_bridge'] });
    expect(strength).not.toHaveProperty('minutes');
    const cross = exerciseLogSchema.parse({ ...base, kind: 'cross_training', activity: 'cycling', minutes: '30', exercises: ['glute_bridge'] });
    expect(cross).toMatchObject({ kind: 'cross_training', activity: 'cycling', minutes: 30 });
    expect(cross).not.toHaveProperty('exercises');
    expect(fields(exerciseLogSchema.safeParse({ ...base, kind: 'strength', exercises: ['glute_bridge'], runnerId: KEY }))).toEqual(['_form']);
  });
});
