import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { signInAndWait } from './support';

// The pre-run check (protocol v2) on a phone. Two demo runners belong to this file: one answers with pain above the
// allowance (rest today), the other with a limp (running stops, their therapist is alerted and resolves it the same
// day). Each is met on their next planned run day: the browser's clock is the runner's today, as in runner.spec.ts.
test.describe.configure({ mode: 'serial' });

const REST_RUNNER = 'kenji@stride.test';
const STOP_RUNNER = { email: 'mateo@stride.test', name: 'Mateo Garcia', therapist: { email: 'therapist4@stride.test', name: 'Nadia Brooks' } };
const PHONE = devices['Pixel 7'];
const DAY_MS = 86_400_000;

const longDate = (at: Date) => at.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).replace(',', '');

/** The runner's next planned run day (today if Today already asks the three questions), at 08:00 UTC. */
async function nextRunDay(browser: Browser, email: string): Promise<Date> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signInAndWait(page, email, /\/runner$/);
  const morning = (offset: number) => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + offset * DAY_MS + 8 * 3_600_000);
  let day = morning(0);
  if ((await page.getByRole('heading', { name: 'Before you run: three questions' }).count()) === 0) {
    const next = (await page.getByText(/^Next run: /).first().textContent()) ?? '';
    const offset = [1, 2, 3, 4, 5, 6, 7].find((k) => next.includes(longDate(morning(k))));
    expect(offset, `a next run within the week in "${next}"`).toBeDefined();
    day = morning(offset!);
  }
  await context.close();
  return day;
}

/** A page of a new context whose clock stands at `at`, signed in as `email`. */
async function signedInOn(browser: Browser, at: Date, email: string, home: RegExp, device = PHONE) {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  await page.clock.setFixedTime(at);
  await signInAndWait(page, email, home);
  return { context, page };
}
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations).toEqual([]);
}

function choose(page: Page, question: string | RegExp, answer: string) {
  return page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
}

async function answerPreRun(page: Page, answers: { pain: string; swelling: 'Yes' | 'No'; limping: 'Yes' | 'No' }) {
  const card = page.locator('section', { has: page.getByRole('heading', { name: 'Before you run: three questions' }) });
  await expect(card).toBeVisible();
  // The run card waits for the answers.
  await expect(page.getByRole('region', { name: 'Interval timer' })).toHaveCount(0);
  await choose(page, 'Your pain right now', answers.pain);
  await choose(page, /Swelling or stiffness that has lasted more than 24 hours/, answers.swelling);
  await choose(page, 'Are you limping when you walk?', answers.limping);
  await card.getByRole('button', { name: 'Check before I run' }).click();
}

test('pain above the allowance before a run: rest today, the plan unchanged', async ({ browser }) => {
  const { context, page } = await signedInOn(browser, await nextRunDay(browser, REST_RUNNER), REST_RUNNER, /\/runner$/);
  await expectAccessible(page);
  await answerPreRun(page, { pain: '4', swelling: 'No', limping: 'No' });
  await expect(page.getByRole('heading', { name: 'Rest today' })).toBeVisible();
  await expect(page.getByText(/Your pain right now is above 2\/10, so rest today/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before you run: three questions' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Interval timer' })).toHaveCount(0);
  await expectAccessible(page);
  await context.close();
});

test('limping before a run stops running, alerts the therapist, who resolves it the same day; Today then says so', async ({ browser }) => {
  const day = await nextRunDay(browser, STOP_RUNNER.email);
  const { context, page } = await signedInOn(browser, day, STOP_RUNNER.email, /\/runner$/);
  await answerPreRun(page, { pain: '1', swelling: 'No', limping: 'Yes' });
  await expect(page.getByText('Running is paused')).toBeVisible();
  await expect(page.getByText('You reported limping.')).toBeVisible();
  // The stop card says how to reach Nadia, their therapist, and the clinic: a tap calls or writes.
  const contact = page.getByTestId('care-contact');
  await expect(contact.getByRole('link', { name: 'Call Nadia Brooks, +1 555 0104', exact: true })).toHaveAttribute('href', 'tel:+15550104');
  await expect(contact.getByRole('link', { name: 'Email Nadia Brooks, therapist4@stride.test', exact: true })).toHaveAttribute('href', 'mailto:therapist4@stride.test');
  await expect(contact.getByRole('link', { name: 'Call Riverside Physio, +1 555 0150', exact: true })).toBeVisible();
  await expectAccessible(page);

  const { context: desk, page: therapist } = await signedInOn(browser, day, STOP_RUNNER.therapist.email, /\/therapist$/, devices['Desktop Chrome']);
  await therapist.goto('/therapist/alerts');
  // The alerts list names the runner; the runner's page holds the alert with its resolve form open.
  await therapist.getByRole('heading', { name: `Red flag: running paused · ${STOP_RUNNER.name}` }).getByRole('link', { name: STOP_RUNNER.name }).click();
  const resolve = therapist.getByRole('form', { name: new RegExp(`^Resolve: Red flag: running paused .*, ${STOP_RUNNER.name}$`) }).first();
  await expect(resolve).toBeVisible();
  await resolve.getByLabel('Resume walk-run at the stage chosen below').check();
  await resolve.getByLabel('Stage to resume at').selectOption('2');
  await resolve.getByLabel('Note on your decision').fill('Seen in clinic the same afternoon: gait normal.');
  await resolve.getByRole('button', { name: 'Resolve alert' }).click();
  await expect(therapist.getByRole('status').filter({ hasText: 'Alert resolved: resume walk-run at stage 2.' })).toBeVisible();
  await desk.close();

  await page.goto('/runner');
  await expect(page.getByTestId('plan-reviewed')).toContainText(`${STOP_RUNNER.therapist.name} reviewed your plan`);
  await expect(page.getByTestId('plan-reviewed')).toContainText('resume the walk-run ladder at stage 2');
  await expect(page.getByTestId('runner-phase')).toHaveText(/Stage 2 of 8/);
  await expect(page.getByText('Running is paused')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Stop running and contact your physical therapist' })).toHaveCount(0);
  await expectAccessible(page);
  await context.close();
});
