import { expect, test } from '@playwright/test';
import { signIn, signInAndWait } from './support';

test.describe('signing in', () => {
  for (const { email, home, heading } of [
    { email: 'runner@stride.test', home: /\/runner$/, heading: 'Today' },
    { email: 'therapist@stride.test', home: /\/therapist$/, heading: 'Caseload' },
    { email: 'admin@stride.test', home: /\/admin$/, heading: 'Riverside Physio' },
  ]) {
    test(`${email} lands on their home with the clinic in the header`, async ({ page }) => {
      await signInAndWait(page, email, home);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('banner')).toContainText('Riverside Physio');
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    });
  }

  test('a wrong password and an unknown email get the same message', async ({ page }) => {
    await signIn(page, 'therapist@stride.test', 'wrong-password');
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).not.toBeEmpty();
    const wrongPasswordMessage = await alert.textContent();
    await signIn(page, 'nobody@stride.test', 'wrong-password');
    await expect(alert).not.toBeEmpty();
    expect(await alert.textContent()).toBe(wrongPasswordMessage);
    await expect(page).toHaveURL(/\/login/);
  });

  test('a visitor without a session is sent to sign in', async ({ page }) => {
    await page.goto('/therapist');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('role areas', () => {
  test('a runner opening the therapist or admin area gets 404', async ({ page }) => {
    await signInAndWait(page, 'runner@stride.test', /\/runner$/);
    for (const path of ['/therapist', '/admin']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    }
  });

  test('a therapist opening the admin area gets 404', async ({ page }) => {
    await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
    expect((await page.goto('/admin'))?.status()).toBe(404);
  });
});

test('signing out ends the session on the server: the old cookie is refused', async ({ page, browser }) => {
  await signInAndWait(page, 'therapist2@stride.test', /\/therapist$/);
  const oldCookies = await page.context().cookies();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const replayPage = await replay.newPage();
  await replayPage.goto('/therapist');
  await expect(replayPage).toHaveURL(/\/login/);
  await replay.close();
});

test("a second clinic's therapist sees none of Riverside's runners", async ({ page }) => {
  await signInAndWait(page, 'therapist@hillside.test', /\/therapist$/);
  await expect(page.getByRole('banner')).toContainText('Hillside Sports Clinic');
  const caseload = page.getByRole('table', { name: /Your runners/ });
  await expect(caseload.getByRole('row').nth(1)).toBeVisible();
  for (const riversideRunner of ['Sam Rivera', 'Priya Patel', 'Jordan Lee']) {
    await expect(page.getByText(riversideRunner)).toHaveCount(0);
  }
});
