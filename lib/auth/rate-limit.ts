import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { rateLimits } from '@/db/schema';

export const RATE_LIMIT_WINDOW_MS = 15 * 60_000;
/** Failures allowed per window; the next attempt is refused until the window ends (no permanent lockout). */
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;

// The email is hashed so the table does not collect the addresses people typed.
export function accountKey(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

export function addressKey(address: string): string {
  return `address:${address}`;
}

function limitFor(key: string): number {
  return key.startsWith('account:') ? ACCOUNT_FAILURE_LIMIT : ADDRESS_FAILURE_LIMIT;
}

export async function isRateLimited(keys: string[], now = new Date()): Promise<boolean> {
  const rows = await getDb().select().from(rateLimits).where(inArray(rateLimits.key, keys));
  return rows.some((row) => now.getTime() - row.windowStart.getTime() < RATE_LIMIT_WINDOW_MS && row.failures >= limitFor(row.key));
}

/** Counts one failure against each key, starting a new window when the old one is over. One statement per key, safe under concurrency. */
export async function recordFailure(keys: string[], now = new Date()): Promise<void> {
  const windowOpenedAfter = new Date(now.getTime() - RATE_LIMIT_WINDOW_MS);
  for (const key of keys) {
    await getDb()
      .insert(rateLimits)
      .values({ key, windowStart: now, failures: 1 })
      .onConflictDoUpdate({
        target: rateLimits.key,
        set: {
          failures: sql`case when ${rateLimits.windowStart} <= ${windowOpenedAfter.toISOString()}::timestamptz then 1 else ${rateLimits.failures} + 1 end`,
          windowStart: sql`case when ${rateLimits.windowStart} <= ${windowOpenedAfter.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${rateLimits.windowStart} end`,
        },
      });
  }
}

export async function clearFailures(key: string): Promise<void> {
  await getDb().delete(rateLimits).where(inArray(rateLimits.key, [key]));
}
