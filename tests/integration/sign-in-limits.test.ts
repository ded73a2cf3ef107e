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
    const timings = { known: [] as number[], unknown: [] as number[] };
    // Interleaved, so a busy machine slows both alike; without the dummy hash an unknown email answers ~20× faster.
    for (let i = 0; i < 9; i++) {
      for (const [kind, email] of [['known', therapist.email], ['unknown', 'nobody-here@example.test']] as const) {
        const started = performance.now();
        await signInWithPassword({ email, password: 'not-it' }, { userAgent: null, address: null, now: at(i * RATE_LIMIT_WINDOW_MS) });
        timings[kind].push(performance.now() - started);
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(timings.unknown) / median(timings.known);
    expect(ratio).toBeGreaterThan(0.33);
    expect(ratio).toBeLessThan(3);
  });
});
