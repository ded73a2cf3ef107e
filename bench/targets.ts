import { cookieHeader, type Cookies } from './http';
import type { Target } from './measure';

export interface BenchContext {
  base: string;
  sessions: { runner: Cookies; therapist: Cookies; admin: Cookies };
  runnerId: string;
  today: string;
}

export type BenchTarget = Target & { pageRoute?: string; session?: keyof BenchContext['sessions'] };

/** What the benchmark drives: the static ceiling, each role's heaviest pages, and the log-run action. */
export async function benchTargets(ctx: BenchContext): Promise<BenchTarget[]> {
  const as = (session: keyof BenchContext['sessions']) => ({ session, headers: { Cookie: cookieHeader(ctx.sessions[session]) } });
  return [
    { name: 'static page', path: '/how-it-works', pageRoute: '/how-it-works' },
    { name: 'runner today', path: '/runner', pageRoute: '/runner', ...as('runner') },
    { name: 'therapist caseload', path: '/therapist', pageRoute: '/therapist', ...as('therapist') },
  ];
}
