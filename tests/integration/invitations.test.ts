import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { acceptInvitation } from '@/lib/invitations/accept';
import { createInvitation } from '@/lib/invitations/create';
import { invitationStatus } from '@/lib/invitations/lookup';
import { createClinicWithPeople, createUser } from '../support/factories';

const context = { userAgent: null, address: null };

async function invitedRunner() {
  const { clinic, therapist } = await createClinicWithPeople();
  const invitee = await createUser(clinic.id, 'runner', { passwordHash: null });
  const invitation = await createInvitation(getDb(), { clinicId: clinic.id, userId: invitee.id, invitedBy: therapist.id });
  const token = invitation.url.split('/invite/')[1]!;
  return { invitee, invitation, token };
}

describe('invitations', () => {
  it('lets the invitee set a password once, then sign in with it', async () => {
    const { invitee, token } = await invitedRunner();
    expect((await invitationStatus(token)).state).toBe('valid');
    expect(await acceptInvitation(token, 'a-good-long-passphrase')).toEqual({ ok: true, email: invitee.email });
    expect((await signInWithPassword({ email: invitee.email, password: 'a-good-long-passphrase' }, context)).ok).toBe(true);
    expect((await invitationStatus(token)).state).toBe('used');
    expect(await acceptInvitation(token, 'another-passphrase')).toEqual({ ok: false, state: 'used' });
    expect((await signInWithPassword({ email: invitee.email, password: 'another-passphrase' }, context)).ok).toBe(false);
  });

  it('says a link is expired after 7 days and does not set a password', async () => {
    const { invitee, token } = await invitedRunner();
    const eightDaysLater = new Date(Date.now() + 8 * 86_400_000);
    expect((await invitationStatus(token, eightDaysLater)).state).toBe('expired');
    expect(await acceptInvitation(token, 'a-good-long-passphrase', eightDaysLater)).toEqual({ ok: false, state: 'expired' });
    const [row] = await getDb().select().from(users).where(eq(users.id, invitee.id));
    expect(row?.passwordHash).toBeNull();
  });

  it('stores only a hash of the token and rejects links it never issued', async () => {
    const { token } = await invitedRunner();
    expect((await invitationStatus(`${token.slice(0, -2)}xx`)).state).toBe('unknown');
    expect((await invitationStatus('short')).state).toBe('unknown');
  });

  it('retires the earlier link when a new one is issued', async () => {
    const { invitee, token } = await invitedRunner();
    await createInvitation(getDb(), { clinicId: invitee.clinicId, userId: invitee.id, invitedBy: invitee.id });
    expect((await invitationStatus(token)).state).toBe('expired');
  });

  it('sets one password when the same link is submitted twice at once', async () => {
    const { token } = await invitedRunner();
    const results = await Promise.all([acceptInvitation(token, 'first-passphrase-1'), acceptInvitation(token, 'second-passphrase-2')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });
});
