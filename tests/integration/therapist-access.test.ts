import { describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/actions/action-state';
import { resolveAlert } from '@/lib/therapist/alert-actions';
import { changePlanSettings, dischargeToMaintenance, setStage, startFoundation, startWalkRun, unlockFull } from '@/lib/therapist/plan-actions';
import { addTherapistNote, recordReadinessAssessment } from '@/lib/therapist/record-actions';
import { resendInvitation } from '@/lib/therapist/runner-actions';
import { createClinicWithPeople, createUser, loginAs } from '../support/factories';
import { auditRows, createStoppedRunner, form, writesAbout } from './therapist-support';


type Action = (previous: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
type Target = { runnerId: string; alertId: string };

/** Every therapist action that names a runner, with a submission that would succeed for the runner's own therapist. */
const ACTIONS: [auditAction: string, action: Action, fields: (t: Target) => Record<string, string | number>][] = [
  ['alert.resolve', resolveAlert as Action, (t) => ({ runnerId: t.runnerId, alertId: t.alertId, version: 1, choice: 'resume', resumeStage: 2, note: 'Gait normal on review' })],
  ['plan.start_foundation', startFoundation as Action, (t) => ({ runnerId: t.runnerId, version: 1 })],
  ['plan.start_walk_run', startWalkRun as Action, (t) => ({ runnerId: t.runnerId, version: 1, startStage: 1, overrideReason: 'Cleared by the sports physician' })],
  ['plan.set_stage', setStage as Action, (t) => ({ runnerId: t.runnerId, version: 1, stage: 2 })],
  ['plan.settings', changePlanSettings as Action, (t) => ({ runnerId: t.runnerId, version: 1, preset: 'tendinopathy', painAllowance: '', sessionMinutes: '', maxRunDaysPerWeek: '', goalWeeklyMinutes: 120 })],
  ['plan.unlock_full', unlockFull as Action, (t) => ({ runnerId: t.runnerId, version: 1, overrideReason: 'Strong and pain-free for a month' })],
  ['plan.discharge', dischargeToMaintenance as Action, (t) => ({ runnerId: t.runnerId, version: 1 })],
  [
    'readiness.create',
    recordReadinessAssessment as Action,
    (t) => ({ runnerId: t.runnerId, painAtRest: 0, sharpPainWithDailyMovement: 'no', currentPain: 1, singleLegSquatLeft: 10, singleLegSquatRight: 10, singleLegSquatGoodControl: 'yes', hop30sPainFree: 'yes', walk30minPainFree: 'yes' }),
  ],
  ['note.create', addTherapistNote as Action, (t) => ({ runnerId: t.runnerId, body: 'Reviewed gait on video.' })],
  ['invitation.resend', resendInvitation as Action, (t) => ({ runnerId: t.runnerId })],
];

async function scenario(where: 'same clinic' | 'other clinic') {
  const home = await createClinicWithPeople();
  const away = where === 'same clinic' ? home : await createClinicWithPeople();
  const { runner, alert } = await createStoppedRunner(away.clinic.id, away.otherTherapist.id);
  return { therapist: home.therapist, target: { runnerId: runner.id, alertId: alert.id } };
}

describe('a therapist reaches only the runners assigned to them', () => {
  for (const where of ['same clinic', 'other clinic'] as const) {
    for (const [auditAction, action, fields] of ACTIONS) {
      it(`${auditAction}: refuses another therapist's runner (${where}) with 404, writes nothing and audits the denial`, async () => {
        const { therapist, target } = await scenario(where);
        const before = await writesAbout(target.runnerId);
        await loginAs(therapist);

        await expect(action(IDLE, form(fields(target)))).rejects.toThrow('NEXT_NOT_FOUND');

        expect(await writesAbout(target.runnerId)).toEqual(before);
        const audits = await auditRows({ actorId: therapist.id });
        expect(audits).toEqual([expect.objectContaining({ action: auditAction, outcome: 'denied', targetType: 'runner', targetId: target.runnerId, clinicId: therapist.clinicId })]);
      });
    }
  }

  it('refuses a runner id that is not a runner at all, and a malformed id, the same way', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const colleague = await createUser(clinic.id, 'therapist');
    await loginAs(therapist);
    await expect(addTherapistNote(IDLE, form({ runnerId: colleague.id, body: 'x' }))).rejects.toThrow('NEXT_NOT_FOUND');
    const malformed = await addTherapistNote(IDLE, form({ runnerId: 'not-a-uuid', body: 'x' }));
    expect(malformed).toMatchObject({ status: 'error', fieldErrors: { runnerId: expect.any(String) } });
  });

  it('answers a runner or an admin calling a therapist action with 404 and a role denial', async () => {
    const { admin, runner } = await createClinicWithPeople();
    for (const user of [admin, runner]) {
      await loginAs(user);
      await expect(addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'x' }))).rejects.toThrow('NEXT_NOT_FOUND');
      expect(await auditRows({ actorId: user.id, action: 'access.role' })).toHaveLength(1);
    }
    expect((await writesAbout(runner.id)).notes).toBe(0);
  });
});
