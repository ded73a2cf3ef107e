import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { recordAudit } from '@/lib/audit/record';
import { readSessionClaims } from './session-cookie';
import { loadSessionUser, type SessionUser } from './sessions';

export type Role = SessionUser['role'];
export type { SessionUser };

/** The signed-in user of this request, checked against the sessions table; null when signed out. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims) return null;
  return loadSessionUser(claims.sessionId, claims.userId);
});

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

/** A user of another role is answered 404, as if the area did not exist, and the denial is audited. */
export async function requireRole<R extends Role>(...roles: R[]): Promise<SessionUser & { role: R }> {
  const user = await requireUser();
  if (!roles.includes(user.role as R)) {
    await recordAudit({
      action: 'access.role',
      outcome: 'denied',
      actorId: user.id,
      clinicId: user.clinicId,
      detail: { required: roles.join(','), role: user.role },
    });
    notFound();
  }
  return user as SessionUser & { role: R };
}

export const HOME_BY_ROLE: Record<Role, string> = { runner: '/runner', therapist: '/therapist', admin: '/admin' };
