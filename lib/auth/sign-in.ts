import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { verifyAgainstDummy, verifyPassword } from './password';
import { createSession } from './sessions';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(128),
});

export interface SignedIn {
  userId: string;
  sessionId: string;
}

/** Checks email + password; the same null answer (and similar time) for an unknown email and a wrong password. */
export async function signInWithPassword(input: unknown, userAgent: string | null): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = getDb();
  const [user] = await db
    .select({ id: users.id, clinicId: users.clinicId, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !passwordOk || !user.active) {
    await recordAudit({ action: 'auth.sign_in', outcome: 'denied', actorId: user?.id ?? null, clinicId: user?.clinicId ?? null });
    return null;
  }
  const sessionId = await createSession(user.id, userAgent);
  await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
  await recordAudit({ action: 'auth.sign_in', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'session', targetId: sessionId });
  return { userId: user.id, sessionId };
}
