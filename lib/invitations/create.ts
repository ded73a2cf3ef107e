import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '@/db';
import { invitations } from '@/db/schema';
import { env } from '@/lib/env';
import { hashInvitationToken, INVITATION_DAYS, newInvitationToken } from './tokens';

export interface CreatedInvitation {
  id: string;
  /** The one-time link, shown once to the inviter; only its hash is stored. */
  url: string;
  expiresAt: Date;
}

/** Issues a fresh one-time link for a user without a password; earlier open links of that user stop working. */
export async function createInvitation(
  executor: Executor,
  input: { clinicId: string; userId: string; invitedBy: string; now?: Date },
): Promise<CreatedInvitation> {
  const now = input.now ?? new Date();
  await executor
    .update(invitations)
    .set({ expiresAt: now })
    .where(and(eq(invitations.userId, input.userId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, now)));
  const token = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const [row] = await executor
    .insert(invitations)
    .values({ clinicId: input.clinicId, userId: input.userId, invitedBy: input.invitedBy, tokenHash: hashInvitationToken(token), expiresAt })
    .returning({ id: invitations.id });
  const base = env().NEXTAUTH_URL ?? 'http://localhost:3000';
  return { id: row!.id, url: `${base.replace(/\/$/, '')}/invite/${token}`, expiresAt };
}
