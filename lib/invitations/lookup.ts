import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { clinics, invitations, users } from '@/db/schema';
import { hashInvitationToken } from './tokens';

export type InvitationStatus =
  | { state: 'valid'; invitationId: string; userId: string; clinicId: string; name: string; email: string; clinicName: string }
  | { state: 'expired' | 'used' | 'unknown' };

/** What a one-time link is worth right now: valid, expired, already used, or not a link we issued. */
export async function invitationStatus(token: string, now = new Date(), executor: Executor = getDb()): Promise<InvitationStatus> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
  const [row] = await executor
    .select({
      invitationId: invitations.id,
      acceptedAt: invitations.acceptedAt,
      expiresAt: invitations.expiresAt,
      userId: users.id,
      active: users.active,
      clinicId: users.clinicId,
      name: users.name,
      email: users.email,
      clinicName: clinics.name,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(clinics, eq(clinics.id, invitations.clinicId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) return { state: 'unknown' };
  if (row.acceptedAt) return { state: 'used' };
  if (row.expiresAt <= now || !row.active) return { state: 'expired' };
  return { state: 'valid', invitationId: row.invitationId, userId: row.userId, clinicId: row.clinicId, name: row.name, email: row.email, clinicName: row.clinicName };
}
