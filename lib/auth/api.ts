import 'server-only';
import { NextResponse } from 'next/server';
import { getCurrentUser, type Role, type SessionUser } from './current-user';

/**
 * For route handlers: the signed-in user (optionally of one of `roles`), or the response to send instead —
 * 401 without a live session, 404 for another role (as pages answer).
 */
export async function requireUserForApi(...roles: Role[]): Promise<SessionUser | NextResponse> {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  if (roles.length > 0 && !roles.includes(user.role)) return NextResponse.json({ error: 'Not found' }, { status: 404 });
  return user;
}
