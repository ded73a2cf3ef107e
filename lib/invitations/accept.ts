import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { invitations, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { invitationStatus } from './lookup';

export type AcceptResult = { ok: true; email: string } | { ok: false; state: 'expired' | 'used' | 'unknown' };

/**
 * Sets the password of an invited user. The link is marked used in the same transaction, and only if it was
 * still unused, so two submissions of one link set one password.
 */
export async function acceptInvitation(token: string, password: string, now = new Date()): Promise<AcceptResult> {
  const passwordHash = await hashPassword(password);
  return getDb().transaction(async (tx) => {
    const status = await invitationStatus(token, now, tx);
    if (status.state !== 'valid') return { ok: false, state: status.state };
    const claimed = await tx
      .update(invitations)
      .set({ acceptedAt: now })
      .where(and(eq(invitations.id, status.invitationId), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (claimed.length === 0) return { ok: false, state: 'used' };
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, status.userId));
    await recordAudit(
      { action: 'invitation.accept', outcome: 'ok', actorId: status.userId, clinicId: status.clinicId, targetType: 'invitation', targetId: status.invitationId },
      tx,
    );
    return { ok: true, email: status.email };
  });
}
