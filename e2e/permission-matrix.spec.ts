import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type APIResponse, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ACTORS, DEMO_ACCOUNTS, PAGES, ROLE_OF, type Actor, type PageOutcome, type SignedInActor } from '../tests/permission-matrix';
import { actionId, postAction } from './server-action';
import { signInAndWait } from './support';

// Every page and route handler × every seeded demo actor, as tests/permission-matrix.ts says; then server actions
// replayed straight over HTTP with a runner id outside the sender's scope. Nothing here changes the demo data:
// every write it attempts must be refused.

const HOME = { runner: '/runner', therapist: '/therapist', admin: '/admin' } as const;
const LEAK = /\bat .+\.(js|ts|tsx):\d+|\bselect\b.+\bfrom\b|\binsert into\b|violates|postgres|pglite/i;

async function signedIn(browser: Browser, actor: SignedInActor): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, DEMO_ACCOUNTS[actor], new RegExp(`${HOME[ROLE_OF[actor]]}$`));
  return { context, page };
}

/** Sam Rivera's id (runner A), read from his therapist's caseload links. */
async function samsId(browser: Browser): Promise<string> {
  const { context, page } = await signedIn(browser, 'therapistA');
  const href = await page.getByRole('table', { name: /Your runners/ }).getByRole('link', { name: 'Sam Rivera' }).getAttribute('href');
  await context.close();
  const id = href?.split('/').at(-1);
  if (!id) throw new Error('Sam Rivera is not in the caseload');
  return id;
}

/** Dana Whitfield's id (therapist A), read from the people page's form for her work phone. */
async function danasId(browser: Browser): Promise<string> {
  const { context, page } = await signedIn(browser, 'adminA');
  await page.goto('/admin/people');
  const id = await page.getByTestId('person-therapist@stride.test').locator('input[name="userId"]').first().getAttribute('value');
  await context.close();
  if (!id) throw new Error('Dana Whitfield is not on the people page');
  return id;
}

function expectOutcome(response: APIResponse, outcome: PageOutcome, actor: Actor, label: string) {
  const location = response.headers().location ?? '';
  const what = `${label} as ${actor}`;
  switch (outcome) {
    case 'ok':
      expect.soft(response.status(), what).toBe(200);
      break;
    case 'not-found':
      expect.soft(response.status(), what).toBe(404);
      break;
    case 'unauthorized':
      expect.soft(response.status(), what).toBe(401);
      break;
    case 'sign-in':
      expect.soft([302, 303, 307, 308], what).toContain(response.status());
      expect.soft(location, what).toMatch(/^(https?:\/\/[^/]+)?\/login(\?|$)/);
      break;
    case 'home':
      expect.soft([302, 303, 307, 308], what).toContain(response.status());
      expect.soft(location, what).toMatch(new RegExp(`^(https?://[^/]+)?${HOME[ROLE_OF[actor as SignedInActor]]}$`));
      break;
  }
}

test.describe('every page and route handler × every actor', () => {
  let runnerA = '';
  test.beforeAll(async ({ browser }) => {
    runnerA = await samsId(browser);
  });

  for (const actor of ACTORS) {
    test(`as ${actor}${actor === 'anonymous' ? '' : ` (${DEMO_ACCOUNTS[actor]})`}`, async ({ browser, playwright, baseURL }) => {
      const session = actor === 'anonymous' ? null : await signedIn(browser, actor);
      const request: APIRequestContext = session ? session.context.request : await playwright.request.newContext({ baseURL });
      for (const route of PAGES) {
        const url = route.url.replace('{runnerA}', runnerA).replace('{token}', 'an-invitation-token-nobody-was-given-0000000');
        const response = await request.fetch(url, { method: route.method, maxRedirects: 0 });
        expectOutcome(response, route.expect[actor], actor, `${route.method} ${url}`);
        if (response.status() === 404) expect.soft(await response.text(), url).not.toContain('Sam Rivera');
      }
      await (session ? session.context.close() : request.dispose());
    });
  }
});

test.describe('server actions replayed over HTTP with a runner outside the sender’s scope', () => {
  /**
   * Next answers an action that called notFound() with a 404 page or, on a page the sender may see, with the RSC
   * error marker; a schema refusal with the form's error state; no session with a redirect to sign in.
   */
  async function expectRefused(response: APIResponse, label: string, kind: 'not-found' | 'schema' | 'sign-in') {
    expect(response.status(), label).toBeLessThan(500);
    const body = await response.text();
    expect(body, label).not.toMatch(LEAK);
    expect(body, label).not.toContain('"status":"ok"');
    if (kind === 'not-found') expect(response.status() === 404 || body.includes('"digest":"NEXT_HTTP_ERROR_FALLBACK;404"'), label).toBe(true);
    if (kind === 'schema') expect(body, label).toMatch(/"status":"error","formError":"Unrecognized key: \\"runnerId\\""/);
    if (kind === 'sign-in') expect(response.headers()['x-action-redirect'], label).toMatch(/^\/login/);
    return body;
  }

  test('are refused without a server error, and the runner’s record shows nothing of them', async ({ browser, baseURL, playwright }) => {
    const sam = await samsId(browser);
    const danaId = await danasId(browser);
    const marker = `matrix-probe-${randomUUID()}`;
    const origin = baseURL!;

    // What Sam's therapist sees before.
    const dana = await signedIn(browser, 'therapistA');
    const record = async () => {
      await dana.page.goto(`/therapist/runners/${sam}`);
      await expect(dana.page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
      const section = (title: string) => dana.page.locator('section', { has: dana.page.getByRole('heading', { name: title, exact: true }) }).innerText();
      return {
        phase: await dana.page.getByTestId('runner-plan-phase').innerText(),
        notes: await section('Notes'),
        readiness: await section('Readiness assessments'),
        timeline: await dana.page.getByRole('list', { name: /Decisions and plan changes/ }).innerText(),
      };
    };
    const before = await record();

    // Therapist B (same clinic, not Sam's therapist): a note, a stage change and a plan-settings change for Sam.
    const chris = await signedIn(browser, 'therapistB');
    const note = actionId('lib/therapist/record-actions.ts', 'addTherapistNote');
    const refusedNote = await expectRefused(await postAction(chris.context.request, { page: '/therapist', id: note, origin, fields: { runnerId: sam, body: marker } }), 'note by therapist B', 'not-found');
    expect(refusedNote).not.toContain(marker);
    await expectRefused(
      await postAction(chris.context.request, { page: '/therapist', id: actionId('lib/therapist/plan-actions.ts', 'setStage'), origin, fields: { runnerId: sam, version: '1', stage: '1' } }),
      'stage by therapist B',
      'not-found',
    );
    await expectRefused(
      await postAction(chris.context.request, {
        page: '/therapist',
        id: actionId('lib/therapist/plan-actions.ts', 'changePlanSettings'),
        origin,
        fields: { runnerId: sam, version: '1', preset: 'bone_stress', painAllowance: '0', sessionMinutes: '', maxRunDaysPerWeek: '1', goalWeeklyMinutes: '30' },
      }),
      'settings by therapist B',
      'not-found',
    );

    // Another clinic's therapist: a readiness assessment for Sam. Another clinic's admin: reassigning Sam.
    const robin = await signedIn(browser, 'therapistOther');
    await expectRefused(
      await postAction(robin.context.request, {
        page: '/therapist',
        id: actionId('lib/therapist/record-actions.ts', 'recordReadinessAssessment'),
        origin,
        fields: { runnerId: sam, painAtRest: '9', sharpPainWithDailyMovement: 'yes', currentPain: '9', singleLegSquatLeft: '0', singleLegSquatRight: '0', singleLegSquatGoodControl: 'no', hop30sPainFree: 'no', walk30minPainFree: 'no', note: marker },
      }),
      'readiness by another clinic',
      'not-found',
    );
    const morgan = await signedIn(browser, 'adminOther');
    await expectRefused(
      await postAction(morgan.context.request, { page: '/admin/people', id: actionId('lib/admin/people/actions.ts', 'reassignRunnerAction'), origin, fields: { runnerId: sam, therapistId: randomUUID() } }),
      'reassignment by another clinic',
      'not-found',
    );

    // Another clinic's admin: Sam's therapist's work phone.
    await expectRefused(
      await postAction(morgan.context.request, { page: '/admin/people', id: actionId('lib/admin/people/actions.ts', 'setStaffPhoneAction'), origin, fields: { userId: danaId, phone: '+1 555 0199' } }),
      'work phone by another clinic',
      'not-found',
    );

    // Runner B (Grace): a run and a concern "for Sam", by adding his id to her own forms; the clinic's contact.
    const grace = await signedIn(browser, 'runnerB');
    await expectRefused(
      await postAction(grace.context.request, { page: '/runner', id: actionId('lib/admin/settings/actions.ts', 'saveClinicContactAction'), origin, fields: { contactPhone: '+1 555 0199', contactEmail: '' } }),
      'clinic contact by a runner',
      'not-found',
    );
    await expectRefused(
      await postAction(grace.context.request, {
        page: '/runner/log',
        id: actionId('lib/runner/actions.ts', 'logRunAction'),
        origin,
        fields: { runnerId: sam, idempotencyKey: randomUUID(), date: new Date().toISOString().slice(0, 10), completed: 'yes', runMinutes: '20', painBefore: '0', painDuring: '0', painAfter: '0', sharpPain: 'no', limping: 'no', rpe: '3', note: marker },
      }),
      'run with a runnerId by runner B',
      'schema',
    );
    await expectRefused(
      await postAction(grace.context.request, {
        page: '/runner/concern',
        id: actionId('lib/runner/actions.ts', 'reportConcernAction'),
        origin,
        fields: { runnerId: sam, what: marker, pain: '2', sharpPain: 'no', swelling: 'no', limping: 'no' },
      }),
      'concern with a runnerId by runner B',
      'schema',
    );

    // No session at all.
    const anonymous = await playwright.request.newContext({ baseURL });
    await expectRefused(await postAction(anonymous, { page: '/therapist', id: note, origin, fields: { runnerId: sam, body: marker } }), 'note without a session', 'sign-in');
    await anonymous.dispose();

    // Through the UI afterwards: Sam's record, both therapists' alerts and the clinic's people list are unchanged.
    expect(await record()).toEqual(before);
    await expect(dana.page.getByText(marker)).toHaveCount(0);
    for (const therapist of [dana, chris]) {
      await therapist.page.goto('/therapist/alerts');
      await expect(therapist.page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(therapist.page.getByText(marker)).toHaveCount(0);
    }
    const alex = await signedIn(browser, 'adminA');
    await alex.page.goto('/admin/people');
    await expect(alex.page.getByLabel('Therapist for Sam Rivera').locator('option:checked')).toHaveText('Dana Whitfield');
    await expect(alex.page.getByLabel('Work phone of Dana Whitfield')).toHaveValue('+1 555 0101');
    await alex.page.goto('/admin/settings');
    await expect(alex.page.getByLabel('Clinic phone')).toHaveValue('+1 555 0150');

    for (const session of [dana, chris, robin, morgan, grace, alex]) await session.context.close();
  });
});

test('malformed submissions over HTTP get a form error, never a server error', async ({ browser, baseURL }) => {
  const grace = await signedIn(browser, 'runnerB');
  const id = actionId('lib/runner/actions.ts', 'logRunAction');
  const run = { idempotencyKey: randomUUID(), date: '2026-01-01', completed: 'yes', runMinutes: '20', painBefore: '0', painDuring: '0', painAfter: '0', sharpPain: 'no', limping: 'no', rpe: '3' };
  const malformed: Record<string, string | string[]>[] = [
    { ...run, '__proto__[]': 'x' },
    { ...run, 'constructor[]': 'x' },
    { ...run, note: 'a\u0000b' },
    { ...run, note: 'x'.repeat(200_000) },
    { ...run, painDuring: ['3', '4'] },
    { ...run, runMinutes: '1e309' },
    {},
  ];
  for (const [i, fields] of malformed.entries()) {
    const response = await postAction(grace.context.request, { page: '/runner/log', id, origin: baseURL!, fields });
    const label = `malformed submission ${i}`;
    expect(response.status(), label).toBe(200);
    const body = await response.text();
    expect(body, label).toContain('"status":"error"');
    expect(body, label).not.toMatch(LEAK);
  }
  await grace.context.close();
});
