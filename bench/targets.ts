import { randomUUID } from 'node:crypto';
import { actionId, encodeActionCall } from '../tests/support/server-action-request';
import { cookieHeader, type Cookies } from './http';
import type { Target } from './measure';

export interface BenchContext {
  base: string;
  sessions: { runner: Cookies; therapist: Cookies; admin: Cookies };
  /** Runners who take turns logging runs in the log-run benchmark. */
  loggers: Cookies[];
  runnerId: string;
  today: string;
}

export type BenchTarget = Target & { pageRoute?: string; session?: keyof BenchContext['sessions'] };

/** The cheapest page rendered on demand: no data, so it measures the machine rather than the app. */
export const FLOOR = 'dynamic floor (/login)';

const KEY_PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

/**
 * Run-log requests with a unique idempotency key each: the body is encoded once by React's own encoder, and each
 * request gets a copy with a fresh UUID (the same length) written over the placeholder key — cheap enough not to
 * slow the measurement, and never a replay however many requests are sent.
 */
async function logRunRequests(today: string, loggers: Cookies[]) {
  const { body, contentType } = await encodeActionCall({
    idempotencyKey: KEY_PLACEHOLDER,
    date: today,
    completed: 'yes',
    runMinutes: '20',
    painBefore: '0',
    painDuring: '0',
    painAfter: '0',
    sharpPain: 'no',
    limping: 'no',
    rpe: '3',
  });
  const keyAt = body.indexOf(KEY_PLACEHOLDER);
  if (keyAt < 0) throw new Error('The encoded run log does not hold its idempotency key');
  let next = 0;
  const cookies = loggers.map(cookieHeader);
  return () => {
    const request = Buffer.from(body);
    request.write(randomUUID(), keyAt, 'latin1');
    return { body: request, headers: { Cookie: cookies[next++ % cookies.length]!, 'Content-Type': contentType } };
  };
}

/** What the benchmark drives: the static ceiling, each role's heaviest pages, and the log-run action. */
export async function benchTargets(ctx: BenchContext): Promise<BenchTarget[]> {
  const as = (session: keyof BenchContext['sessions'], extra: Record<string, string> = {}) => ({
    session,
    headers: { Cookie: cookieHeader(ctx.sessions[session]), ...extra },
  });
  const nextLogRun = await logRunRequests(ctx.today, ctx.loggers);
  // Each target's expected status and a text only the real page (or a stored run) answers with: a redirect to
  // the sign-in page, a 404 or a form error would otherwise pass for a fast result.
  return [
    { name: 'static page', path: '/how-it-works', pageRoute: '/how-it-works', expect: { status: 200, marker: 'How Stride Back decides your next run' } },
    // Not a budget: the cost of rendering any page on demand (the sign-in page reads no data), for comparison.
    { name: FLOOR, path: '/login', expect: { status: 200, marker: 'Sign in' } },
    { name: 'runner today', path: '/runner', pageRoute: '/runner', ...as('runner'), expect: { status: 200, marker: 'data-testid="runner-phase"' } },
    { name: 'runner progress', path: '/runner/progress', pageRoute: '/runner/progress', ...as('runner'), expect: { status: 200, marker: 'Decisions and why' } },
    { name: 'therapist caseload', path: '/therapist', pageRoute: '/therapist', ...as('therapist'), expect: { status: 200, marker: 'data-testid="caseload-count"' } },
    {
      name: 'runner page (a year)',
      path: `/therapist/runners/${ctx.runnerId}`,
      pageRoute: '/therapist/runners/[id]',
      ...as('therapist'),
      expect: { status: 200, marker: 'Plan control' },
    },
    { name: 'admin report 90 days', path: '/admin', pageRoute: '/admin', ...as('admin'), expect: { status: 200, marker: 'data-testid="range-from"' } },
    {
      name: 'log-run action',
      path: '/runner/log',
      method: 'POST',
      headers: { 'Next-Action': actionId('lib/runner/actions.ts', 'logRunAction'), Origin: ctx.base, Accept: 'text/x-component' },
      nextRequest: nextLogRun,
      expect: { status: 200, marker: '"status":"ok"' },
    },
  ];
}

/** Routes measured for their JavaScript only (every page of each role), besides the benchmarked ones. */
export const JS_ONLY_ROUTES: { route: string; session: keyof BenchContext['sessions'] | null }[] = [
  { route: '/login', session: null },
  { route: '/runner/log', session: 'runner' },
  { route: '/runner/log/exercise', session: 'runner' },
  { route: '/runner/concern', session: 'runner' },
  { route: '/therapist/alerts', session: 'therapist' },
  { route: '/therapist/runners/new', session: 'therapist' },
  { route: '/admin/people', session: 'admin' },
  { route: '/admin/settings', session: 'admin' },
  { route: '/admin/audit', session: 'admin' },
];
