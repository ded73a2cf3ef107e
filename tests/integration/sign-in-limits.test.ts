import { describe, expect, it } from 'vitest';
import { ACCOUNT_FAILURE_LIMIT, ADDRESS_FAILURE_LIMIT, RATE_LIMIT_WINDOW_MS } from '@/lib/auth/rate-limit';
import { signInWithPassword } from '@/lib/auth/sign-in';
import { createClinicWithPeople, TEST_PASSWORD } from '../support/factories';

const at = (ms: number) => new Date(Date.UTC(2026, 10, 27, 9) + ms);

describe('sign-in rate limits (stored in the database)', () => {
  it('refuses an account after repeated failures, even with the right password, until the window ends', async () => {
    const { therapist } = await createClinicWithPeople();
    const context = (ms: number) => ({ userAgent: null, address: null, now: at(ms) });
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) {
      expect(await signInWithPassword({ email: therapist.email, password: `wrong-${i}` }, context(i))).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(await signInWithPassword({ email: therapist.email, password: TEST_PASSWORD }, context(1000))).toEqual({ ok: false, reason: 'rate_limited' });
    const afterWindow = await signInWithPassword({ email: therapist.email, password: TEST_PASSWORD }, context(RATE_LIMIT_WINDOW_MS + 1000));
    expect(afterWindow.ok).toBe(true);
  });

  it('limits unknown emails the same way, so the limit reveals nothing about who has an account', async () => {
    const context = { userAgent: null, address: null, now: at(0) };
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++) await signInWithPassword({ email: 'ghost@example.test', password: 'x' }, context);
    expect(await signInWithPassword({ email: 'ghost@example.test', password: 'x' }, context)).toEqual({ ok: false, reason: 'rate_limited' });
  });

  it('limits one address trying many accounts', async () => {
    const { runner } = await createClinicWithPeople();
    const context = { userAgent: null, address: '203.0.113.9', now: at(0) };
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++) await signInWithPassword({ email: `spray-${i}@example.test`, password: 'x' }, context);
    expect(await signInWithPassword({ email: runner.email, password: TEST_PASSWORD }, context)).toEqual({ ok: false, reason: 'rate_limited' });
    expect((await signInWithPassword({ email: runner.email, password: TEST_PASSWORD }, { ...context, address: '198.51.100.7' })).ok).toBe(true);
  });

  it('spends similar time on an unknown email and a wrong password', async () => {
    const { therapist } = await createClinicWithPeople();
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await signInWithPassword({ email, password: 'not-it' }, { userAgent: null, address: null, now: at(i * RATE_LIMIT_WINDOW_MS) });
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const wrongPassword = await median(therapist.email);
    const unknownEmail = await median('nobody-here@example.test');
    expect(unknownEmail / wrongPassword).toBeGreaterThan(0.5);
    expect(unknownEmail / wrongPassword).toBeLessThan(2);
  });
});
