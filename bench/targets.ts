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

const LOG_BODIES = 6000;

/** Run logs with unique idempotency keys, encoded ahead so encoding does not slow the measured requests. */
async function logRunRequests(today: string, loggers: Cookies[]) {
  // Each encoding has its own multipart boundary, so every body travels with its own content type.
  const bodies: { body: Buffer; contentType: string }[] = [];
  for (let i = 0; i < LOG_BODIES; i++) {
    const encoded = await encodeActionCall({
      idempotencyKey: randomUUID(),
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
    bodies.push(encoded);
  }
  let next = 0;
  const cookies = loggers.map(cookieHeader);
  return {
    nextRequest: () => {
      const index = next++;
      const { body, contentType } = bodies[index % bodies.length]!;
      return { body, headers: { Cookie: cookies[index % cookies.length]!, 'Content-Type': contentType } };
    },
  };
}

/** What the benchmark drives: the static ceiling, each role's heaviest pages, and the log-run action. */
export async function benchTargets(ctx: BenchContext): Promise<BenchTarget[]> {
  const as = (session: keyof BenchContext['sessions'], extra: Record<string, string> = {}) => ({
    session,
    headers: { Cookie: cookieHeader(ctx.sessions[session]), ...extra },
  });
  const logRun = await logRunRequests(ctx.today, ctx.loggers);
  return [
    { name: 'static page', path: '/how-it-works', pageRoute: '/how-it-works' },
    { name: 'runner today', path: '/runner', pageRoute: '/runner', ...as('runner') },
    { name: 'runner progress', path: '/runner/progress', pageRoute: '/runner/progress', ...as('runner') },
    { name: 'therapist caseload', path: '/therapist', pageRoute: '/therapist', ...as('therapist') },
    { name: 'runner page (a year)', path: `/therapist/runners/${ctx.runnerId}`, pageRoute: '/therapist/runners/[id]', ...as('therapist') },
    { name: 'admin report 90 days', path: '/admin', pageRoute: '/admin', ...as('admin') },
    {
      name: 'log-run action',
      path: '/runner/log',
      method: 'POST',
      headers: { 'Next-Action': actionId('lib/runner/actions.ts', 'logRunAction'), Origin: ctx.base, Accept: 'text/x-component' },
      nextRequest: logRun.nextRequest,
    },
  ];
}
