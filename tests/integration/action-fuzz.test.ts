import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDb } from '@/db';
import { alerts, clinics, exerciseLogs, readinessAssessments, runLogs, therapistNotes, type User } from '@/db/schema';
import { fieldsWithNul, formDataToObject } from '@/lib/actions/form-data';
import { saveClinicSettingsAction } from '@/lib/admin/settings/actions';
import { FOUNDATION_EXERCISES, LOW_IMPACT_ACTIVITIES, PAIN_PRESET_IDS, addDays } from '@/lib/protocol';
import { checkInAction, logExerciseAction, logRunAction, reportConcernAction } from '@/lib/runner/actions';
import { exerciseCategories } from '@/lib/runner/session-text';
import { addTherapistNote, recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { addRunnerSchema, resendInvitationSchema } from '@/lib/validation/add-runner';
import { inviteStaffSchema, reassignRunnerSchema, userIdSchema } from '@/lib/validation/admin-people';
import { resolveAlertSchema } from '@/lib/validation/alert-resolution';
import { preRunSchema } from '@/lib/validation/pre-run';
import { checkInSchema } from '@/lib/validation/check-in';
import { clinicSettingsSchema } from '@/lib/validation/clinic-settings';
import { concernSchema } from '@/lib/validation/concern';
import { clinicContactSchema, staffPhoneSchema } from '@/lib/validation/contact';
import { exerciseLogSchema } from '@/lib/validation/exercise-log';
import { newPasswordSchema } from '@/lib/validation/password';
import { dischargeSchema, planSettingsSchema, setStageSchema, startFoundationSchema, startWalkRunSchema, unlockFullSchema } from '@/lib/validation/plan-control';
import { readinessAssessmentSchema } from '@/lib/validation/readiness-assessment';
import { runLogSchema } from '@/lib/validation/run-log';
import { signInFormSchema } from '@/lib/validation/sign-in';
import { therapistNoteSchema } from '@/lib/validation/therapist-note';
import { ACTIONS, ACTORS } from '../permission-matrix';
import { createRunner, loginAs } from '../support/factories';
import { FIXTURES, actAs, actionOf, auditSince, buildWorld, lastAuditId, runAwaitingCheckIn, snapshot, today, type Action } from './security-support';

// Modest run counts keep the file under a minute on PGlite; the seed is printed on failure to replay it.
const MALFORMED_RUNS = 30;
const ROUND_TRIP_RUNS = 15;

const GENERIC_FAILURE = 'Something went wrong and nothing was saved. Please try again.';

/** What each action's own validation accepts: the oracle for "this input is invalid, so nothing may be written". */
const SCHEMAS: Record<string, z.ZodType> = {
  logRunAction: runLogSchema,
  checkInAction: checkInSchema,
  reportConcernAction: concernSchema,
  logExerciseAction: exerciseLogSchema,
  preRunCheckAction: preRunSchema,
  resolveAlert: resolveAlertSchema,
  startFoundation: startFoundationSchema,
  startWalkRun: startWalkRunSchema,
  setStage: setStageSchema,
  unlockFull: unlockFullSchema,
  dischargeToMaintenance: dischargeSchema,
  changePlanSettings: planSettingsSchema,
  recordReadinessAssessment: readinessAssessmentSchema,
  addTherapistNote: therapistNoteSchema,
  resendInvitation: resendInvitationSchema,
  addRunner: addRunnerSchema,
  inviteStaffAction: inviteStaffSchema,
  reissueInvitationAction: userIdSchema,
  deactivateUserAction: userIdSchema,
  reactivateUserAction: userIdSchema,
  reassignRunnerAction: reassignRunnerSchema,
  setStaffPhoneAction: staffPhoneSchema,
  saveClinicSettingsAction: clinicSettingsSchema,
  saveClinicContactAction: clinicContactSchema,
  // As lib/invitations/actions.ts declares it (a 'use server' module exports only actions).
  acceptInvitationAction: z
    .strictObject({ token: z.string().min(1).max(200), password: newPasswordSchema, confirm: z.string() })
    .refine((input) => input.password === input.confirm),
  signInAction: signInFormSchema,
};

type Entry = [key: string, value: string | string[]];

function toFormData(entries: Entry[]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) {
    if (Array.isArray(value)) value.forEach((item) => data.append(`${key}[]`, item));
    else data.append(key, value);
  }
  return data;
}

function isValid(actionName: string, data: FormData): boolean {
  const object = formDataToObject(data);
  return fieldsWithNul(object).length === 0 && SCHEMAS[actionName]!.safeParse(object).success;
}

// ---------------------------------------------------------------------------------------------------------------
// Malformed input
// ---------------------------------------------------------------------------------------------------------------

const NASTY = [
  '', ' ', '-1', '11', '101', '1e3', '3.5', '2,5', 'NaN', 'Infinity', '-0', '0x1F', '２', '١', 'null', 'undefined', 'true', 'on',
  '[]', '{}', '{"__proto__":{"admin":true}}', "' OR '1'='1", "'; DROP TABLE users; --", '<script>alert(1)</script>', '${7*7}', '\u0000', 'a\u0000b',
  '\uFEFF3', '9'.repeat(400), '2026-02-30', '2026-13-01', '1970-01-01', '9999-12-31', '00000000-0000-0000-0000-000000000000', 'YES', 'Yes', 'no ',
  '😀', '\u202Eevil', 'a'.repeat(5001), 'x'.repeat(200_000),
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const SMUGGLED_KEYS = ['clinicId', 'role', 'runnerId', 'therapistId', 'userId', 'id', 'createdBy', 'status', 'passwordHash'];

const junkString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
const junkValue: fc.Arbitrary<string | string[]> = fc.oneof({ weight: 4, arbitrary: junkString }, { weight: 1, arbitrary: fc.array(junkString, { maxLength: 3 }) });
const junkKey = fc
  .oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...SMUGGLED_KEYS), fc.constantFrom(...PROTOTYPE_KEYS).map((key) => `${key}[]`), fc.string({ minLength: 1, maxLength: 20 }))
  .filter((key) => !key.startsWith('$ACTION'));

type Mutation = { kind: 'set' | 'delete' | 'arrayify'; at: number; value: string | string[] } | { kind: 'add'; key: string; value: string | string[] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('set' as const, 'delete' as const, 'arrayify' as const), at: fc.nat(), value: junkValue }),
  fc.record({ kind: fc.constant('add' as const), key: junkKey, value: junkValue }),
);

function mutate(entries: Entry[], mutations: Mutation[]): Entry[] {
  const result = entries.map(([key, value]): Entry => [key, value]);
  for (const change of mutations) {
    if (change.kind === 'add') {
      result.push([change.key, change.value]);
      continue;
    }
    if (result.length === 0) continue;
    const at = change.at % result.length;
    const [key, value] = result[at]!;
    if (change.kind === 'delete') result.splice(at, 1);
    else if (change.kind === 'set') result[at] = [key, change.value];
    else result[at] = [key, Array.isArray(value) ? (value[0] ?? '') : [value]];
  }
  return result;
}

/** A submission: the valid one with one to three things changed, or entirely random fields. */
function payloads(valid: Entry[]): fc.Arbitrary<Entry[]> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => mutate(valid, mutations)) },
    { weight: 1, arbitrary: fc.array(fc.tuple(junkKey, junkValue), { maxLength: 6 }) },
  );
}

const LEAK = /\bat .+:\d+|\bselect\b.+\bfrom\b|\binsert into\b|\bupdate\b.+\bset\b|violates|constraint|stack|pglite|postgres/i;

function expectWellFormedError(result: unknown) {
  expect(result).toMatchObject({ status: 'error', formError: expect.any(String) });
  const { formError, fieldErrors } = result as { formError: string; fieldErrors?: Record<string, unknown> };
  expect(formError.length).toBeGreaterThan(0);
  expect(formError).not.toBe(GENERIC_FAILURE);
  for (const message of [formError, ...Object.values(fieldErrors ?? {})]) {
    expect(typeof message).toBe('string');
    expect(message).not.toMatch(LEAK);
  }
}

async function call(action: Action, data: FormData): Promise<unknown> {
  try {
    return await action({ status: 'idle' }, data);
  } catch (error) {
    const message = (error as Error).message;
    // The only throws an action may make: a 404 for a row outside the user's scope, a redirect after success.
    if (message === 'NEXT_NOT_FOUND' || message.startsWith('NEXT_REDIRECT ')) return message;
    throw error;
  }
}

describe('random and malformed submissions to every server action', () => {
  for (const rule of ACTIONS) {
    const actor = ACTORS.find((candidate) => ['allowed', 'public'].includes(rule.expect[candidate]))!;
    it(`${rule.name}: invalid input gets a well-formed error and writes nothing; nothing ever fails unexpectedly`, async () => {
      const fixture = FIXTURES[rule.name]!;
      const world = await buildWorld(fixture.runnerA);
      const valid = Object.entries(await fixture.fields(world));
      await actAs(world, actor);
      const action = actionOf(rule.file, rule.name);
      await fc.assert(
        fc.asyncProperty(payloads(valid), async (entries) => {
          const data = toFormData(entries);
          const before = await snapshot();
          const since = await lastAuditId();
          const result = await call(action, data);
          if (!isValid(rule.name, data)) {
            expectWellFormedError(result);
            expect(await snapshot()).toEqual(before);
            expect((await auditSince(since)).filter((row) => row.outcome === 'ok')).toEqual([]);
          } else if (result === 'NEXT_NOT_FOUND') {
            expect(await snapshot()).toEqual(before);
          } else if ((result as { status?: string }).status === 'error') {
            expectWellFormedError(result);
          }
        }),
        { numRuns: MALFORMED_RUNS },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Valid input round-trips: what is stored is what was submitted (after the documented trimming).
// ---------------------------------------------------------------------------------------------------------------

const yesNo = fc.boolean();
const answer = (value: boolean) => (value ? 'yes' : 'no');
const score = fc.integer({ min: 0, max: 10 });

/** Free text as a person might type it, any script and emoji; never a NUL, which the actions refuse. Lengths count code points, as zod does. */
function text(maxLength: number, minTrimmed = 0) {
  return fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 300) }), fc.string({ unit: 'grapheme-ascii', minLength: maxLength - 5, maxLength }))
    .filter((value) => !value.includes('\u0000') && [...value].length <= maxLength && [...value.trim()].length >= minTrimmed);
}
const storedText = (value: string) => value.trim() || null;

async function freshRunner(clinicId: string, therapistId: string): Promise<User> {
  const { user } = await createRunner(clinicId, therapistId, { phase: 'walk_run', stage: 4, preset: 'seed' }, addDays(today(), -14));
  await loginAs(user);
  return user;
}

async function ok<T>(promise: Promise<unknown>): Promise<T> {
  const result = (await promise) as { status: string; data?: T };
  expect(result).toMatchObject({ status: 'ok' });
  return result.data as T;
}

describe('valid random input round-trips', () => {
  it('a run log', async () => {
    const world = await buildWorld();
    const run = fc.record({
      yesterday: fc.boolean(),
      completed: yesNo,
      runMinutes: fc.integer({ min: 0, max: 300 }),
      painBefore: score,
      painDuring: score,
      painAfter: score,
      sharpPain: yesNo,
      limping: yesNo,
      rpe: score,
      note: text(1000),
    });
    await fc.assert(
      fc.asyncProperty(run, async (input) => {
        const runner = await freshRunner(world.clinicA, world.people.therapistA.id);
        const date = input.yesterday ? addDays(today(), -1) : today();
        const { runLogId } = await ok<{ runLogId: string }>(
          logRunAction(
            { status: 'idle' },
            toFormData([
              ['idempotencyKey', randomUUID()],
              ['date', date],
              ['completed', answer(input.completed)],
              ['runMinutes', String(input.runMinutes)],
              ['painBefore', String(input.painBefore)],
              ['painDuring', String(input.painDuring)],
              ['painAfter', String(input.painAfter)],
              ['sharpPain', answer(input.sharpPain)],
              ['limping', answer(input.limping)],
              ['rpe', String(input.rpe)],
              ['note', input.note],
            ]),
          ),
        );
        const [row] = await getDb().select().from(runLogs).where(eq(runLogs.id, runLogId));
        expect(row).toMatchObject({
          runnerId: runner.id,
          date,
          completed: input.completed,
          runMinutes: input.runMinutes,
          painBefore: input.painBefore,
          painDuring: input.painDuring,
          painAfter: input.painAfter,
          sharpPain: input.sharpPain,
          limping: input.limping,
          rpe: input.rpe,
          note: storedText(input.note),
        });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('a next-morning check-in', async () => {
    const world = await buildWorld();
    await fc.assert(
      fc.asyncProperty(score, yesNo, async (painNextMorning, swelling) => {
        const runner = await freshRunner(world.clinicA, world.people.therapistA.id);
        const runLogId = await runAwaitingCheckIn(runner.id);
        await ok(checkInAction({ status: 'idle' }, toFormData([['runLogId', runLogId], ['painNextMorning', String(painNextMorning)], ['swellingOver24h', answer(swelling)]])));
        const [row] = await getDb().select().from(runLogs).where(eq(runLogs.id, runLogId));
        expect(row).toMatchObject({ painNextMorning, swellingOver24h: swelling, checkedInAt: expect.any(Date) });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('a concern', async () => {
    const world = await buildWorld();
    const concern = fc.record({ what: text(1000, 3), pain: score, sharpPain: yesNo, swelling: yesNo, limping: yesNo });
    await fc.assert(
      fc.asyncProperty(concern, async (input) => {
        const runner = await freshRunner(world.clinicA, world.people.therapistA.id);
        await ok(
          reportConcernAction(
            { status: 'idle' },
            toFormData([['what', input.what], ['pain', String(input.pain)], ['sharpPain', answer(input.sharpPain)], ['swelling', answer(input.swelling)], ['limping', answer(input.limping)]]),
          ),
        );
        const rows = await getDb().select().from(alerts).where(eq(alerts.runnerId, runner.id));
        // The seed preset: pain at 7 stops running like a red flag; above the allowance of 2 it asks for a review.
        const stops = [input.sharpPain && 'red_flag.sharp_pain', input.swelling && 'red_flag.swelling_24h', input.limping && 'red_flag.limping', input.pain >= 7 && 'pain.severe'].filter(Boolean);
        const expected = stops.length ? stops : input.pain > 2 ? ['pain.above_allowance'] : [];
        const stored = rows.find((row) => row.kind === 'concern');
        expect(stored).toMatchObject({ message: `${input.what.trim()}\n\nPain now: ${input.pain}/10`, therapistId: world.people.therapistA.id });
        expect([...stored!.rules].sort()).toEqual([...expected].sort());
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('a strength, mobility or cross-training log', async () => {
    const world = await buildWorld();
    await loginAs(world.runnerA);
    const idsOf = (kind: 'strength' | 'mobility') => FOUNDATION_EXERCISES.filter((e) => exerciseCategories(kind, 'walk_run').includes(e.category)).map((e) => e.id as string);
    const session = fc.oneof(
      fc.constantFrom('strength' as const, 'mobility' as const).chain((kind) => fc.record({ kind: fc.constant(kind), exercises: fc.array(fc.constantFrom(...idsOf(kind)), { minLength: 1, maxLength: idsOf(kind).length }) })),
      fc.record({ kind: fc.constant('cross_training' as const), activity: fc.constantFrom(...LOW_IMPACT_ACTIVITIES), minutes: fc.integer({ min: 1, max: 600 }) }),
    );
    await fc.assert(
      fc.asyncProperty(session, fc.boolean(), text(500), async (input, yesterday, note) => {
        const date = yesterday ? addDays(today(), -1) : today();
        const entries: Entry[] = [['idempotencyKey', randomUUID()], ['date', date], ['kind', input.kind], ['note', note]];
        if (input.kind === 'cross_training') entries.push(['activity', input.activity], ['minutes', String(input.minutes)]);
        else entries.push(['exercises', input.exercises]);
        const { exerciseLogId } = await ok<{ exerciseLogId: string }>(logExerciseAction({ status: 'idle' }, toFormData(entries)));
        const [row] = await getDb().select().from(exerciseLogs).where(eq(exerciseLogs.id, exerciseLogId));
        expect(row).toMatchObject({
          runnerId: world.runnerA.id,
          date,
          kind: input.kind,
          exercisesDone: input.kind === 'cross_training' ? [] : [...new Set(input.exercises)],
          activity: input.kind === 'cross_training' ? input.activity : null,
          minutes: input.kind === 'cross_training' ? input.minutes : null,
          note: storedText(note),
        });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('a therapist note', async () => {
    const world = await buildWorld();
    await loginAs(world.people.therapistA);
    await fc.assert(
      fc.asyncProperty(text(5000, 1), async (body) => {
        await ok(addTherapistNote({ status: 'idle' }, toFormData([['runnerId', world.runnerA.id], ['body', body]])));
        const rows = await getDb().select().from(therapistNotes).where(eq(therapistNotes.runnerId, world.runnerA.id)).orderBy(therapistNotes.createdAt);
        expect(rows.at(-1)).toMatchObject({ body: body.trim(), authorId: world.people.therapistA.id });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it('a readiness assessment', async () => {
    const world = await buildWorld();
    await loginAs(world.people.therapistA);
    const assessment = fc.record({
      painAtRest: score,
      sharpPainWithDailyMovement: yesNo,
      currentPain: score,
      singleLegSquatLeft: fc.integer({ min: 0, max: 100 }),
      singleLegSquatRight: fc.integer({ min: 0, max: 100 }),
      singleLegSquatGoodControl: yesNo,
      hop30sPainFree: yesNo,
      walk30minPainFree: yesNo,
      note: text(2000),
    });
    await fc.assert(
      fc.asyncProperty(assessment, async (input) => {
        const entries: Entry[] = Object.entries(input).map(([key, value]) => [key, typeof value === 'boolean' ? answer(value) : String(value)]);
        await ok(recordReadinessAssessment({ status: 'idle' }, toFormData([['runnerId', world.runnerA.id], ...entries])));
        const rows = await getDb().select().from(readinessAssessments).where(eq(readinessAssessments.runnerId, world.runnerA.id)).orderBy(readinessAssessments.createdAt);
        expect(rows.at(-1)).toMatchObject({ ...input, note: storedText(input.note), assessedBy: world.people.therapistA.id, assessedOn: today() });
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });

  it("the clinic's settings", async () => {
    const world = await buildWorld();
    await loginAs(world.people.adminA);
    const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const settings = fc.record({
      defaultPreset: fc.constantFrom(...PAIN_PRESET_IDS),
      painAllowance: maybe(fc.integer({ min: 0, max: 10 })),
      sessionMinutes: maybe(fc.integer({ min: 10, max: 120 })),
      weeklyIncreaseTenths: maybe(fc.integer({ min: 0, max: 100 })),
      maxRunDaysPerWeek: maybe(fc.integer({ min: 1, max: 3 })),
      stopPain: maybe(fc.integer({ min: 1, max: 10 })),
      gapDays: maybe(fc.integer({ min: 3, max: 7 })),
    });
    await fc.assert(
      fc.asyncProperty(settings, async (input) => {
        const field = (value: number | undefined) => (value === undefined ? '' : String(value));
        await ok(
          saveClinicSettingsAction(
            { status: 'idle' },
            toFormData([
              ['defaultPreset', input.defaultPreset],
              ['painAllowance', field(input.painAllowance)],
              ['sessionMinutes', field(input.sessionMinutes)],
              ['weeklyIncreasePercent', input.weeklyIncreaseTenths === undefined ? '' : (input.weeklyIncreaseTenths / 10).toFixed(1)],
              ['maxRunDaysPerWeek', field(input.maxRunDaysPerWeek)],
              ['stopPain', field(input.stopPain)],
              ['gapDays', field(input.gapDays)],
            ]),
          ),
        );
        const [clinic] = await getDb().select().from(clinics).where(eq(clinics.id, world.clinicA));
        const expected: Record<string, number> = {};
        if (input.painAllowance !== undefined) expected.painAllowance = input.painAllowance;
        if (input.sessionMinutes !== undefined) expected.sessionMinutes = input.sessionMinutes;
        if (input.weeklyIncreaseTenths !== undefined) expected.weeklyIncrease = input.weeklyIncreaseTenths / 1000;
        if (input.maxRunDaysPerWeek !== undefined) expected.maxRunDaysPerWeek = input.maxRunDaysPerWeek;
        if (input.stopPain !== undefined) expected.stopPain = input.stopPain;
        if (input.gapDays !== undefined) expected.gapDays = input.gapDays;
        expect(clinic?.defaultPreset).toBe(input.defaultPreset);
        expect(clinic?.protocolSettings).toEqual(expected);
      }),
      { numRuns: ROUND_TRIP_RUNS },
    );
  });
});
