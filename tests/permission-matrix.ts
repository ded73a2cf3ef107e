/**
 * The permission matrix: every page, route handler and server action × every kind of actor, with the outcome
 * each must get. One table, three readers: tests/integration/permission-matrix.test.ts calls every action as
 * every actor, e2e/permission-matrix.spec.ts requests every route as every seeded demo actor, and
 * docs/SECURITY.md prints it (tests/integration/permission-matrix.test.ts checks that the document and the app's
 * files agree with it). Pure data: no imports, so Vitest and Playwright can both load it.
 *
 * "A" is the clinic of the target: runner A, their therapist A, a second therapist B and a second runner B
 * (assigned to B), the clinic's admin. "Other clinic" actors belong to a second clinic.
 */

export const ACTORS = ['anonymous', 'runnerA', 'runnerB', 'therapistA', 'therapistB', 'therapistOther', 'adminA', 'adminOther'] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, 'anonymous'>;

export const ACTOR_LABELS: Record<Actor, string> = {
  anonymous: 'No session',
  runnerA: 'Runner A (the target)',
  runnerB: 'Runner B (same clinic)',
  therapistA: 'Therapist A (runner A’s)',
  therapistB: 'Therapist B (same clinic, not assigned)',
  therapistOther: 'Therapist of another clinic',
  adminA: 'Admin of the clinic',
  adminOther: 'Admin of another clinic',
};

/** The demo seed's account for each actor (db/seed-data.ts), used by the e2e run. */
export const DEMO_ACCOUNTS: Record<SignedInActor, string> = {
  runnerA: 'runner@stride.test',
  runnerB: 'grace@stride.test',
  therapistA: 'therapist@stride.test',
  therapistB: 'therapist2@stride.test',
  therapistOther: 'therapist@hillside.test',
  adminA: 'admin@stride.test',
  adminOther: 'admin@hillside.test',
};

export const ROLE_OF: Record<SignedInActor, 'runner' | 'therapist' | 'admin'> = {
  runnerA: 'runner',
  runnerB: 'runner',
  therapistA: 'therapist',
  therapistB: 'therapist',
  therapistOther: 'therapist',
  adminA: 'admin',
  adminOther: 'admin',
};

// ---------------------------------------------------------------------------------------------------------------
// Server actions
// ---------------------------------------------------------------------------------------------------------------

/**
 * - allowed: acts on runner A / clinic A and leaves one audit row (outcome ok).
 * - own: allowed, but the action names no record, so it acts on the actor's own record or clinic; runner A's
 *   rows and clinic A's accounts and settings stay as they were.
 * - not-found: throws NEXT_NOT_FOUND (a 404, as if the record did not exist), writes nothing, one denial audit row.
 * - refused: answers "could not be found" in the form (the same answer an unknown id gets), writes nothing, one
 *   denial audit row.
 * - sign-in: redirects to /login, writes nothing.
 * - public: authorized by what is submitted alone, whoever sends it: the one-time token, or the email and password
 *   (an unknown token or a wrong password changes nothing).
 */
export type ActionOutcome = 'allowed' | 'own' | 'not-found' | 'refused' | 'sign-in' | 'public';

export interface ActionRule {
  file: string;
  name: string;
  /** The roles the action admits; anyone else is answered 404 with an `access.role` denial row. */
  roles: readonly ('runner' | 'therapist' | 'admin')[] | 'public';
  /** What the action names: runner A, one of runner A's runs, an account of clinic A, a token, credentials, or nothing. */
  target: 'runner' | 'run' | 'account' | 'token' | 'credentials' | 'none';
  /** The audit action of a denial by row (an actor of the right role but outside the target's scope). */
  deniedAs?: string;
  expect: Record<Actor, ActionOutcome>;
}

const OK = 'allowed';
const OWN = 'own';
const NF = 'not-found';
const REF = 'refused';
const IN = 'sign-in';
const PUB = 'public';

function outcomes<T>(...values: [T, T, T, T, T, T, T, T]): Record<Actor, T> {
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, values[i]])) as Record<Actor, T>;
}

const RUNNER = ['runner'] as const;
const THERAPIST = ['therapist'] as const;
const ADMIN = ['admin'] as const;

// outcomes(...) lists the actors in ACTORS order: anonymous, runnerA, runnerB, therapistA, therapistB, therapistOther, adminA, adminOther.
export const ACTIONS: readonly ActionRule[] = [
  { file: 'lib/runner/actions.ts', name: 'logRunAction', roles: RUNNER, target: 'none', expect: outcomes(IN, OK, OWN, NF, NF, NF, NF, NF) },
  { file: 'lib/runner/actions.ts', name: 'checkInAction', roles: RUNNER, target: 'run', deniedAs: 'check_in.create', expect: outcomes(IN, OK, REF, NF, NF, NF, NF, NF) },
  { file: 'lib/runner/actions.ts', name: 'reportConcernAction', roles: RUNNER, target: 'none', expect: outcomes(IN, OK, OWN, NF, NF, NF, NF, NF) },
  { file: 'lib/runner/actions.ts', name: 'logExerciseAction', roles: RUNNER, target: 'none', expect: outcomes(IN, OK, OWN, NF, NF, NF, NF, NF) },
  { file: 'lib/runner/actions.ts', name: 'preRunCheckAction', roles: RUNNER, target: 'none', expect: outcomes(IN, OK, OWN, NF, NF, NF, NF, NF) },
  { file: 'lib/therapist/alert-actions.ts', name: 'resolveAlert', roles: THERAPIST, target: 'runner', deniedAs: 'alert.resolve', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'startFoundation', roles: THERAPIST, target: 'runner', deniedAs: 'plan.start_foundation', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'startWalkRun', roles: THERAPIST, target: 'runner', deniedAs: 'plan.start_walk_run', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'setStage', roles: THERAPIST, target: 'runner', deniedAs: 'plan.set_stage', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'unlockFull', roles: THERAPIST, target: 'runner', deniedAs: 'plan.unlock_full', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'dischargeToMaintenance', roles: THERAPIST, target: 'runner', deniedAs: 'plan.discharge', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/plan-actions.ts', name: 'changePlanSettings', roles: THERAPIST, target: 'runner', deniedAs: 'plan.settings', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/record-actions.ts', name: 'recordReadinessAssessment', roles: THERAPIST, target: 'runner', deniedAs: 'readiness.create', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/record-actions.ts', name: 'addTherapistNote', roles: THERAPIST, target: 'runner', deniedAs: 'note.create', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/runner-actions.ts', name: 'resendInvitation', roles: THERAPIST, target: 'runner', deniedAs: 'invitation.resend', expect: outcomes(IN, NF, NF, OK, NF, NF, NF, NF) },
  { file: 'lib/therapist/runner-actions.ts', name: 'addRunner', roles: THERAPIST, target: 'none', expect: outcomes(IN, NF, NF, OK, OK, OWN, NF, NF) },
  { file: 'lib/admin/people/actions.ts', name: 'inviteStaffAction', roles: ADMIN, target: 'none', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, OWN) },
  { file: 'lib/admin/people/actions.ts', name: 'reissueInvitationAction', roles: ADMIN, target: 'account', deniedAs: 'user.invite', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, NF) },
  { file: 'lib/admin/people/actions.ts', name: 'deactivateUserAction', roles: ADMIN, target: 'account', deniedAs: 'user.deactivate', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, NF) },
  { file: 'lib/admin/people/actions.ts', name: 'reactivateUserAction', roles: ADMIN, target: 'account', deniedAs: 'user.reactivate', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, NF) },
  { file: 'lib/admin/people/actions.ts', name: 'reassignRunnerAction', roles: ADMIN, target: 'runner', deniedAs: 'runner.reassign', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, NF) },
  { file: 'lib/admin/people/actions.ts', name: 'setStaffPhoneAction', roles: ADMIN, target: 'account', deniedAs: 'user.phone', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, NF) },
  { file: 'lib/admin/settings/actions.ts', name: 'saveClinicSettingsAction', roles: ADMIN, target: 'none', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, OWN) },
  { file: 'lib/admin/settings/actions.ts', name: 'saveClinicContactAction', roles: ADMIN, target: 'none', expect: outcomes(IN, NF, NF, NF, NF, NF, OK, OWN) },
  { file: 'lib/invitations/actions.ts', name: 'acceptInvitationAction', roles: 'public', target: 'token', expect: outcomes(PUB, PUB, PUB, PUB, PUB, PUB, PUB, PUB) },
  { file: 'lib/auth/sign-in-action.ts', name: 'signInAction', roles: 'public', target: 'credentials', expect: outcomes(PUB, PUB, PUB, PUB, PUB, PUB, PUB, PUB) },
];

/** Fields no action may take from the browser: the session decides who and where. Strict schemas refuse them. */
export const SMUGGLED_FIELDS = ['clinicId', 'role', 'runnerId', 'therapistId', 'userId'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Pages and route handlers
// ---------------------------------------------------------------------------------------------------------------

/**
 * - ok: 200.
 * - not-found: 404 (the area or the record "does not exist" for this actor); a denial audit row.
 * - sign-in: a redirect to /login.
 * - home: a redirect to the actor's own home (/runner, /therapist or /admin).
 * - unauthorized: 401 (a JSON route handler without a session).
 */
export type PageOutcome = 'ok' | 'not-found' | 'sign-in' | 'home' | 'unauthorized';

export interface PageRule {
  /** The route as the app names it. */
  route: string;
  file: string;
  /** The address requested: {runnerA} is runner A's id, {token} an unknown invitation token. */
  url: string;
  method: 'GET' | 'POST';
  expect: Record<Actor, PageOutcome>;
}

const P_OK = 'ok';
const P_NF = 'not-found';
const P_IN = 'sign-in';
const HOME = 'home';
const P_401 = 'unauthorized';

const runnerArea = outcomes<PageOutcome>(P_IN, P_OK, P_OK, P_NF, P_NF, P_NF, P_NF, P_NF);
const therapistArea = outcomes<PageOutcome>(P_IN, P_NF, P_NF, P_OK, P_OK, P_OK, P_NF, P_NF);
const adminArea = outcomes<PageOutcome>(P_IN, P_NF, P_NF, P_NF, P_NF, P_NF, P_OK, P_OK);
const everyone = outcomes<PageOutcome>(P_OK, P_OK, P_OK, P_OK, P_OK, P_OK, P_OK, P_OK);

// outcomes(...) lists the actors in ACTORS order: anonymous, runnerA, runnerB, therapistA, therapistB, therapistOther, adminA, adminOther.
export const PAGES: readonly PageRule[] = [
  { route: '/', file: 'app/page.tsx', url: '/', method: 'GET', expect: outcomes(P_IN, HOME, HOME, HOME, HOME, HOME, HOME, HOME) },
  { route: '/login', file: 'app/(auth)/login/page.tsx', url: '/login', method: 'GET', expect: outcomes(P_OK, HOME, HOME, HOME, HOME, HOME, HOME, HOME) },
  { route: '/invite/[token]', file: 'app/(auth)/invite/[token]/page.tsx', url: '/invite/{token}', method: 'GET', expect: everyone },
  { route: '/how-it-works', file: 'app/how-it-works/page.tsx', url: '/how-it-works', method: 'GET', expect: everyone },
  { route: '/runner', file: 'app/runner/page.tsx', url: '/runner', method: 'GET', expect: runnerArea },
  { route: '/runner/log', file: 'app/runner/log/page.tsx', url: '/runner/log', method: 'GET', expect: runnerArea },
  { route: '/runner/log/exercise', file: 'app/runner/log/exercise/page.tsx', url: '/runner/log/exercise', method: 'GET', expect: runnerArea },
  { route: '/runner/concern', file: 'app/runner/concern/page.tsx', url: '/runner/concern', method: 'GET', expect: runnerArea },
  { route: '/runner/progress', file: 'app/runner/progress/page.tsx', url: '/runner/progress', method: 'GET', expect: runnerArea },
  { route: '/therapist', file: 'app/therapist/page.tsx', url: '/therapist', method: 'GET', expect: therapistArea },
  { route: '/therapist/alerts', file: 'app/therapist/alerts/page.tsx', url: '/therapist/alerts', method: 'GET', expect: therapistArea },
  { route: '/therapist/runners/new', file: 'app/therapist/runners/new/page.tsx', url: '/therapist/runners/new', method: 'GET', expect: therapistArea },
  {
    route: '/therapist/runners/[runnerId]',
    file: 'app/therapist/runners/[runnerId]/page.tsx',
    url: '/therapist/runners/{runnerA}',
    method: 'GET',
    expect: outcomes(P_IN, P_NF, P_NF, P_OK, P_NF, P_NF, P_NF, P_NF),
  },
  { route: '/admin', file: 'app/admin/page.tsx', url: '/admin', method: 'GET', expect: adminArea },
  { route: '/admin/people', file: 'app/admin/people/page.tsx', url: '/admin/people', method: 'GET', expect: adminArea },
  { route: '/admin/settings', file: 'app/admin/settings/page.tsx', url: '/admin/settings', method: 'GET', expect: adminArea },
  { route: '/admin/audit', file: 'app/admin/audit/page.tsx', url: '/admin/audit', method: 'GET', expect: adminArea },
  { route: '/admin/reports/export', file: 'app/admin/reports/export/route.ts', url: '/admin/reports/export?table=all', method: 'GET', expect: adminArea },
  { route: '/api/session/keepalive', file: 'app/api/session/keepalive/route.ts', url: '/api/session/keepalive', method: 'POST', expect: outcomes(P_401, P_OK, P_OK, P_OK, P_OK, P_OK, P_OK, P_OK) },
  // Exists only for the benchmark's own server, which sets STRIDE_BENCH_TOKEN; everywhere else it is 404.
  { route: '/api/bench/query-count', file: 'app/api/bench/query-count/route.ts', url: '/api/bench/query-count', method: 'GET', expect: outcomes(P_NF, P_NF, P_NF, P_NF, P_NF, P_NF, P_NF, P_NF) },
  // next-auth's own endpoints (sign-in, sign-out, CSRF, session): public by design.
  { route: '/api/auth/[...nextauth]', file: 'app/api/auth/[...nextauth]/route.ts', url: '/api/auth/session', method: 'GET', expect: everyone },
];
