import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db';
import { clinics, sessions, users } from '@/db/schema';
import { env } from '@/lib/env';

export interface SessionUser {
  id: string;
  sessionId: string;
  role: 'admin' | 'therapist' | 'runner';
  name: string;
  email: string;
  clinicId: string;
  clinicName: string;
  /** How long, at the time of this request, until the session ends if nothing more happens (idle or absolute limit). */
  msLeft: number;
}

const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(userId: string, userAgent: string | null, now = new Date()): Promise<string> {
  const expiresAt = new Date(now.getTime() + env().SESSION_MAX_HOURS * 3_600_000);
  const [row] = await getDb()
    .insert(sessions)
    .values({ userId, userAgent: userAgent?.slice(0, 300) ?? null, createdAt: now, lastSeenAt: now, expiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned no row');
  return row.id;
}

export async function revokeSession(sessionId: string): Promise<void> {
  await getDb().update(sessions).set({ revokedAt: new Date() }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/**
 * The database, not the cookie, decides whether a session is alive: a revoked, expired or idle session,
 * or a deactivated user, is refused on the very next request.
 */
export async function loadSessionUser(sessionId: string, userId: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await getDb()
    .select({
      sessionId: sessions.id,
      revokedAt: sessions.revokedAt,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      id: users.id,
      role: users.role,
      name: users.name,
      email: users.email,
      active: users.active,
      clinicId: users.clinicId,
      clinicName: clinics.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(clinics, eq(clinics.id, users.clinicId))
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
    .limit(1);
  if (!row || row.revokedAt || !row.active) return null;
  const idleLimitMs = env().SESSION_IDLE_MINUTES * 60_000;
  if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > idleLimitMs) {
    await revokeSession(row.sessionId);
    return null;
  }
  let lastSeenAt = row.lastSeenAt;
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await getDb().update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.sessionId));
    lastSeenAt = now;
  }
  return {
    id: row.id,
    sessionId: row.sessionId,
    role: row.role,
    name: row.name,
    email: row.email,
    clinicId: row.clinicId,
    clinicName: row.clinicName,
    msLeft: sessionEnd(lastSeenAt, row.expiresAt, idleLimitMs).getTime() - now.getTime(),
  };
}

function sessionEnd(lastSeenAt: Date, expiresAt: Date, idleLimitMs: number): Date {
  return new Date(Math.min(lastSeenAt.getTime() + idleLimitMs, expiresAt.getTime()));
}

/** "Stay signed in": marks the session used now and answers when it will end. */
export async function touchSession(sessionId: string, now = new Date()): Promise<Date> {
  const [row] = await getDb()
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ expiresAt: sessions.expiresAt });
  if (!row) throw new Error('session is gone');
  return sessionEnd(now, row.expiresAt, env().SESSION_IDLE_MINUTES * 60_000);
}
