import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { verifyAgainstDummy, verifyPassword } from './password';
import { accountKey, addressKey, clearFailures, isRateLimited, recordFailure } from './rate-limit';
import { createSession } from './sessions';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(254)),
  password: z.string().min(1).max(128),
});

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: 'invalid' | 'rate_limited' };

export interface SignInContext {
  userAgent: string | null;
  /** The client's address as the nearest proxy saw it; null when unknown. */
  address: string | null;
  now?: Date;
}

/**
 * Checks email + password. An unknown email and a wrong password get the same answer after the same work;
 * repeated failures for one account or from one address are refused for the rest of a 15-minute window.
 */
export async function signInWithPassword(input: unknown, context: SignInContext): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const now = context.now ?? new Date();
  const keys = [accountKey(email), ...(context.address ? [addressKey(context.address)] : [])];
  if (await isRateLimited(keys, now)) {
    await recordAudit({ action: 'auth.sign_in', outcome: 'denied', detail: { reason: 'rate_limited' } });
    return { ok: false, reason: 'rate_limited' };
  }

  const db = getDb();
  const [user] = await db
    .select({ id: users.id, clinicId: users.clinicId, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordOk || !user.active) {
    await recordFailure(keys, now);
    await recordAudit({ action: 'auth.sign_in', outcome: 'denied', actorId: user?.id ?? null, clinicId: user?.clinicId ?? null });
    return { ok: false, reason: 'invalid' };
  }
  await clearFailures(accountKey(email));
  const sessionId = await createSession(user.id, context.userAgent, now);
  await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
  await recordAudit({ action: 'auth.sign_in', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'session', targetId: sessionId });
  return { ok: true, userId: user.id, sessionId };
}
