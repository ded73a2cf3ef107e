import { NextResponse } from 'next/server';
import { requireUserForApi } from '@/lib/auth/api';
import { touchSession } from '@/lib/auth/sessions';

/** "Stay signed in": keeps the caller's own session alive and answers when it will now end. */
export async function POST() {
  const user = await requireUserForApi();
  if (user instanceof NextResponse) return user;
  const endsAt = await touchSession(user.sessionId);
  return NextResponse.json({ endsInMs: endsAt.getTime() - Date.now() }, { headers: { 'Cache-Control': 'no-store' } });
}
