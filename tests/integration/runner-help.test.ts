import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog, clinics, users } from '@/db/schema';
import { IDLE } from '@/lib/actions/action-state';
import { setStaffPhoneAction } from '@/lib/admin/people/actions';
import { saveClinicContactAction } from '@/lib/admin/settings/actions';
import { getCurrentUser } from '@/lib/auth';
import { reportConcernAction } from '@/lib/runner/actions';
import { careContactFor } from '@/lib/runner/care-contact';
import { createClinicWithPeople, createUser, loginAs } from '../support/factories';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function clinicContact(id: string) {
  const [row] = await getDb().select({ phone: clinics.contactPhone, email: clinics.contactEmail }).from(clinics).where(eq(clinics.id, id));
  return row!;
}

async function phoneOf(id: string) {
  const [row] = await getDb().select({ phone: users.phone }).from(users).where(eq(users.id, id));
  return row!.phone;
}

/** Two clinics with contact details, each therapist with a work phone. */
async function twoClinics() {
  const mine = await createClinicWithPeople();
  const theirs = await createClinicWithPeople();
  const db = getDb();
  await db.update(clinics).set({ contactPhone: '+1 555 0150', contactEmail: 'desk@mine.test' }).where(eq(clinics.id, mine.clinic.id));
  await db.update(clinics).set({ contactPhone: '+1 555 0160', contactEmail: 'desk@theirs.test' }).where(eq(clinics.id, theirs.clinic.id));
  await db.update(users).set({ phone: '+1 555 0101' }).where(eq(users.id, mine.therapist.id));
  await db.update(users).set({ phone: '+1 555 0102' }).where(eq(users.id, mine.otherTherapist.id));
  await db.update(users).set({ phone: '+1 555 0161' }).where(eq(users.id, theirs.therapist.id));
  return { mine, theirs };
}

async function signedIn(user: { id: string }) {
  await loginAs(user);
  return (await getCurrentUser())!;
}

describe('how a runner reaches care', () => {
  it('is their own therapist and their own clinic, and nobody else’s', async () => {
    const { mine, theirs } = await twoClinics();
    expect(await careContactFor(await signedIn(mine.runner))).toEqual({
      therapist: { name: mine.therapist.name, phone: '+1 555 0101', email: mine.therapist.email },
      clinic: { name: mine.clinic.name, phone: '+1 555 0150', email: 'desk@mine.test' },
    });
    // The other runner of the same clinic reaches their own therapist; another clinic's runner their own clinic.
    expect((await careContactFor(await signedIn(mine.otherRunner)))?.therapist).toMatchObject({ name: mine.otherTherapist.name, phone: '+1 555 0102' });
    expect(await careContactFor(await signedIn(theirs.runner))).toMatchObject({
      therapist: { name: theirs.therapist.name, phone: '+1 555 0161' },
      clinic: { name: theirs.clinic.name, email: 'desk@theirs.test' },
    });
  });

  it('answers nothing when the session’s clinic is not the runner’s, and leaves out a deactivated therapist', async () => {
    const { mine, theirs } = await twoClinics();
    const runner = await signedIn(mine.runner);
    expect(await careContactFor({ ...runner, clinicId: theirs.clinic.id })).toBeNull();
    expect(await careContactFor({ ...runner, id: theirs.runner.id })).toBeNull();

    await getDb().update(users).set({ active: false }).where(eq(users.id, mine.therapist.id));
    expect(await careContactFor(runner)).toEqual({ therapist: null, clinic: { name: mine.clinic.name, phone: '+1 555 0150', email: 'desk@mine.test' } });
  });

  it('comes with a stop: a red-flag concern’s stop card carries the runner’s own contact', async () => {
    const { mine } = await twoClinics();
    await loginAs(mine.runner);
    const result = await reportConcernAction(IDLE, form({ what: 'Limping since this morning', pain: '4', sharpPain: 'no', swelling: 'no', limping: 'yes' }));
    expect(result).toMatchObject({
      status: 'ok',
      data: { stop: { stopped: true, contact: { therapist: { name: mine.therapist.name, phone: '+1 555 0101' }, clinic: { phone: '+1 555 0150' } } } },
    });
    // No stop, no contact block: the confirmation only says the therapist will see it.
    expect(await reportConcernAction(IDLE, form({ what: 'A small niggle', pain: '1', sharpPain: 'no', swelling: 'no', limping: 'no' }))).toMatchObject({ status: 'ok', data: { stop: null } });
  });
});

describe('the clinic contact, set by an admin of that clinic only', () => {
  it('saves the admin’s own clinic, blank clears, and leaves an audit row without the values', async () => {
    const { mine, theirs } = await twoClinics();
    await loginAs(mine.admin);
    expect(await saveClinicContactAction(IDLE, form({ contactPhone: ' +1 (555) 010-0199 ', contactEmail: 'Help@Mine.TEST' }))).toEqual({
      status: 'ok',
      data: { contactPhone: '+1 (555) 010-0199', contactEmail: 'help@mine.test' },
    });
    expect(await clinicContact(mine.clinic.id)).toEqual({ phone: '+1 (555) 010-0199', email: 'help@mine.test' });
    expect(await clinicContact(theirs.clinic.id)).toEqual({ phone: '+1 555 0160', email: 'desk@theirs.test' });
    const [audit] = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, mine.admin.id), eq(auditLog.action, 'clinic.contact')));
    expect(audit).toMatchObject({ outcome: 'ok', clinicId: mine.clinic.id, targetId: mine.clinic.id, detail: { phoneSet: true, emailSet: true } });

    expect(await saveClinicContactAction(IDLE, form({ contactPhone: '', contactEmail: '' }))).toMatchObject({ status: 'ok' });
    expect(await clinicContact(mine.clinic.id)).toEqual({ phone: null, email: null });
  });

  it('refuses another clinic’s id, other roles and bad input, writing nothing', async () => {
    const { mine, theirs } = await twoClinics();
    await loginAs(theirs.admin);
    expect(await saveClinicContactAction(IDLE, form({ contactPhone: '+1 555 0100', contactEmail: '', clinicId: mine.clinic.id }))).toMatchObject({ status: 'error' });
    for (const someone of [mine.therapist, mine.runner]) {
      await loginAs(someone);
      await expect(saveClinicContactAction(IDLE, form({ contactPhone: '+1 555 0100', contactEmail: '' }))).rejects.toThrow('NEXT_NOT_FOUND');
    }
    await loginAs(mine.admin);
    expect(await saveClinicContactAction(IDLE, form({ contactPhone: 'ring reception', contactEmail: 'desk@' }))).toEqual({
      status: 'error',
      formError: 'Please correct the highlighted fields.',
      fieldErrors: {
        contactPhone: 'Enter a phone number of 7 to 15 digits, like +1 555 0100; spaces, dashes, dots and brackets are fine.',
        contactEmail: 'Enter a valid email address, like name@clinic.com.',
      },
      values: { contactPhone: 'ring reception', contactEmail: 'desk@' },
    });
    expect(await clinicContact(mine.clinic.id)).toEqual({ phone: '+1 555 0150', email: 'desk@mine.test' });
  });
});

describe('a staff member’s work phone, set by an admin of their clinic', () => {
  it('sets and clears a therapist’s phone, and the runner’s stop card follows', async () => {
    const { mine } = await twoClinics();
    await loginAs(mine.admin);
    expect(await setStaffPhoneAction(IDLE, form({ userId: mine.therapist.id, phone: '+1 555 0177' }))).toEqual({ status: 'ok', data: { name: mine.therapist.name, phone: '+1 555 0177' } });
    expect(await careContactFor(await signedIn(mine.runner))).toMatchObject({ therapist: { phone: '+1 555 0177' } });
    await loginAs(mine.admin);
    expect(await setStaffPhoneAction(IDLE, form({ userId: mine.therapist.id, phone: '' }))).toMatchObject({ status: 'ok' });
    expect(await phoneOf(mine.therapist.id)).toBeNull();
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, mine.admin.id), eq(auditLog.action, 'user.phone')));
    expect(audits.map((a) => a.detail)).toEqual([
      { role: 'therapist', phoneSet: true },
      { role: 'therapist', phoneSet: false },
    ]);
  });

  it('refuses another clinic’s staff (404 and a denial row), a runner’s phone, other roles and a bad number', async () => {
    const { mine, theirs } = await twoClinics();
    await loginAs(theirs.admin);
    await expect(setStaffPhoneAction(IDLE, form({ userId: mine.therapist.id, phone: '+1 555 0100' }))).rejects.toThrow('NEXT_NOT_FOUND');
    const [denied] = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, theirs.admin.id), eq(auditLog.action, 'user.phone')));
    expect(denied).toMatchObject({ outcome: 'denied', targetId: mine.therapist.id });

    await loginAs(mine.therapist);
    await expect(setStaffPhoneAction(IDLE, form({ userId: mine.therapist.id, phone: '+1 555 0100' }))).rejects.toThrow('NEXT_NOT_FOUND');

    await loginAs(mine.admin);
    expect(await setStaffPhoneAction(IDLE, form({ userId: mine.runner.id, phone: '+1 555 0100' }))).toEqual({
      status: 'error',
      formError: 'Only a therapist’s or an admin’s work phone is set here.',
      values: { userId: mine.runner.id, phone: '+1 555 0100' },
    });
    expect(await setStaffPhoneAction(IDLE, form({ userId: mine.therapist.id, phone: '555' }))).toMatchObject({ status: 'error', fieldErrors: { phone: expect.stringContaining('7 to 15 digits') } });
    const admin2 = await createUser(mine.clinic.id, 'admin');
    expect(await setStaffPhoneAction(IDLE, form({ userId: admin2.id, phone: '+1 555 0103' }))).toMatchObject({ status: 'ok' });
    expect(await phoneOf(mine.therapist.id)).toBe('+1 555 0101');
    expect(await phoneOf(mine.runner.id)).toBeNull();
  });
});
