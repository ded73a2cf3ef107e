import { describe, expect, it } from 'vitest';
import RunnerPage from '@/app/therapist/runners/[runnerId]/page';
import { IDLE } from '@/lib/actions/action-state';
import { reassignRunnerAction } from '@/lib/admin/people/actions';
import { addTherapistNote } from '@/lib/therapist/record-actions';
import { createClinicWithPeople, loginAs } from '../support/factories';
import { signInAs } from '../support/session';
import { auditRows, form, writesAbout } from './therapist-support';

const openRecord = (runnerId: string) => RunnerPage({ params: Promise.resolve({ runnerId }) });

// tests/integration/admin-people.test.ts shows the access check moving; this shows the pages and actions of the
// old therapist's still-open session refusing on their very next request.
describe('reassigning a runner takes effect on the next request', () => {
  it("refuses the old therapist's open session the runner's page and actions at once, and lets the new therapist in", async () => {
    const { admin, therapist, otherTherapist, runner } = await createClinicWithPeople();
    const oldSession = await loginAs(therapist);
    await expect(openRecord(runner.id)).resolves.toBeTruthy();
    expect(await addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'Before the move.' }))).toMatchObject({ status: 'ok' });

    await loginAs(admin);
    expect(await reassignRunnerAction(IDLE, form({ runnerId: runner.id, therapistId: otherTherapist.id }))).toMatchObject({ status: 'ok' });

    // The same cookie as before, on its next requests:
    signInAs({ sessionId: oldSession, userId: therapist.id });
    const notesBefore = (await writesAbout(runner.id)).notes;
    await expect(openRecord(runner.id)).rejects.toThrow('NEXT_NOT_FOUND');
    await expect(addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'After the move.' }))).rejects.toThrow('NEXT_NOT_FOUND');
    expect((await writesAbout(runner.id)).notes).toBe(notesBefore);
    const denials = (await auditRows({ actorId: therapist.id })).filter((row) => row.outcome === 'denied');
    expect(denials.map((row) => [row.action, row.targetId])).toEqual([
      ['runner.view', runner.id],
      ['note.create', runner.id],
    ]);

    await loginAs(otherTherapist);
    await expect(openRecord(runner.id)).resolves.toBeTruthy();
    expect(await addTherapistNote(IDLE, form({ runnerId: runner.id, body: 'Taking over.' }))).toMatchObject({ status: 'ok' });
  });
});
