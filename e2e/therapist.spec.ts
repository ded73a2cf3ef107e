import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn, signInAndWait } from './support';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(violations).toEqual([]);
}

async function openRunner(page: Page, name: string) {
  await page.goto('/therapist');
  await page.getByRole('table', { name: /Your runners/ }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the demo therapist sees the red-flag runner first, resolves the alert with "resume at stage 2", and the runner then sees stage 2', async ({ page, browser }) => {
  await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
  const firstRow = page.getByRole('table', { name: /Your runners/ }).getByRole('row').nth(1);
  await expect(firstRow).toContainText('Jordan Lee');
  await expect(firstRow).toContainText('Red flag');

  await firstRow.getByRole('link', { name: 'Jordan Lee' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jordan Lee' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pain trend' })).toBeVisible();
  await expect(page.locator('.chart-surface').first()).toBeVisible();
  await page.getByText('Show the pain values as a table').click();
  await expect(page.getByRole('table', { name: /pain trend values per run/ })).toBeVisible();
  await expect(page.getByText(/Red flag: altered gait reported after stage \d run/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const resolve = page.getByRole('form', { name: /^Resolve: Red flag: running paused .*, Jordan Lee$/ }).first();
  await resolve.getByLabel('Resume walk-run at the stage chosen below').check();
  await resolve.getByLabel('Stage to resume at').selectOption('2');
  await resolve.getByLabel('Note on your decision').fill('Gait normal on review in clinic; restart gently.');
  await resolve.getByRole('button', { name: 'Resolve alert' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Alert resolved: resume walk-run at stage 2.' })).toBeVisible();
  await expect(page.getByTestId('runner-plan-phase')).toHaveText('Walk-run ladder, stage 2 of 8');
  await expect(page.getByRole('heading', { name: 'Red flag: running paused' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: /Decisions and plan changes/ })).toContainText('Alert resolved: resume walk-run at stage 2');

  const runnerContext = await browser.newContext();
  const runnerPage = await runnerContext.newPage();
  await signInAndWait(runnerPage, 'jordan@stride.test', /\/runner$/);
  await expect(runnerPage.getByText(/stage 2 of 8/i).first()).toBeVisible();
  await runnerContext.close();
});

test('adds a runner whose invitation link lets them set a password and sign in', async ({ page, browser }) => {
  const email = `robin-${Date.now()}@example.test`;
  await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add runner' }).click();
  await expectNoAxeViolations(page);

  const form = page.getByRole('form', { name: 'Add a runner' });
  await form.getByLabel('Full name').fill('Robin Ash');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Injury', { exact: true }).fill('Calf strain');
  await form.getByLabel('Side').selectOption('left');
  await form.getByRole('button', { name: 'Add runner and create invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Robin Ash is added and invited' })).toBeVisible();
  const link = await page.getByLabel(/One-time invitation link/).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]+$/);
  await expectNoAxeViolations(page);

  await form.getByLabel('Full name').fill('Robin Again');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Injury', { exact: true }).fill('Calf strain');
  await form.getByRole('button', { name: 'Add runner and create invitation' }).click();
  await expect(form.getByText('An account with this email already exists.')).toBeVisible();

  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { name: 'Welcome, Robin Ash' })).toBeVisible();
  await expectNoAxeViolations(inviteePage);
  await inviteePage.getByLabel('New password').fill('robins-new-passphrase');
  await inviteePage.getByLabel('Repeat the password').fill('robins-new-passphrase');
  await inviteePage.getByRole('button', { name: 'Set password' }).click();
  await expect(inviteePage).toHaveURL(/\/login\?welcome=1/);
  await signIn(inviteePage, email, 'robins-new-passphrase');
  await expect(inviteePage).toHaveURL(/\/runner$/);
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { name: 'This invitation has already been used' })).toBeVisible();
  await invitee.close();

  await page.goto('/therapist?q=Robin');
  await expect(page.getByRole('table', { name: /Your runners/ })).toContainText('Foundation');
});

test('every therapist page passes axe-core', async ({ page }) => {
  await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
  await expectNoAxeViolations(page);
  await page.goto('/therapist?q=a&phase=foundation');
  await expectNoAxeViolations(page);
  await page.goto('/therapist/alerts');
  await expect(page.getByRole('heading', { level: 1, name: 'Open alerts' })).toBeVisible();
  await page.getByText('Resolve this alert').first().click();
  await expectNoAxeViolations(page);
  for (const runner of ['Priya Patel', 'Omar Haddad', 'Tom Becker']) {
    await openRunner(page, runner);
    await expectNoAxeViolations(page);
  }
});

test("another therapist's runner answers 404", async ({ page, browser }) => {
  const colleague = await browser.newContext();
  const colleaguePage = await colleague.newPage();
  await signInAndWait(colleaguePage, 'therapist2@stride.test', /\/therapist$/);
  const href = await colleaguePage.getByRole('link', { name: 'Grace Kim' }).getAttribute('href');
  await colleague.close();

  await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Grace Kim')).toHaveCount(0);
});
