import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, signInAndWait } from './support';

const ADMIN = 'admin@stride.test';
const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(A11Y_TAGS).analyze();
  expect(violations).toEqual([]);
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

async function tableCells(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole('table', { name, exact: true });
  await expect(table).toBeVisible();
  return table.locator('tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
}

function isoDaysBefore(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

test.describe('clinic reports', () => {
  test('the admin changes the range and downloads a CSV whose rows match the table', async ({ page }) => {
    await signInAndWait(page, ADMIN, /\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Riverside Physio' })).toBeVisible();
    for (const title of ['Active runners by phase', 'Adherence: sessions logged against sessions prescribed', 'Red flags per week', 'Caseload and outcomes per therapist']) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    const weeksBefore = (await tableCells(page, 'New runners and discharges per week')).length;

    const to = await page.getByLabel('To', { exact: true }).inputValue();
    const from = isoDaysBefore(to, 27);
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByRole('button', { name: 'Show reports' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${from}&to=${to}`));
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
    const table = await tableCells(page, 'New runners and discharges per week');
    // 28 days span 4 or 5 Monday weeks, down from the 13 or 14 of the default 90 days.
    expect(table.length - 1).toBeLessThanOrEqual(5);
    expect(table.length).toBeLessThan(weeksBefore);

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download CSV of New runners and discharges per week' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`stride-back-intake-${from}-to-${to}.csv`);
    const csv = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    expect(csv).toEqual(table);
    expect(csv[0]).toEqual(['Week starting', 'New runners', 'Discharges']);
  });

  test('the whole range downloads as one file, and the export is in the audit log', async ({ page }) => {
    await signInAndWait(page, ADMIN, /\/admin$/);
    const phases = await tableCells(page, 'Active runners by phase');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download all reports (CSV)' }).click();
    const csv = parseCsv(fs.readFileSync((await (await downloadPromise).path())!, 'utf8'));
    expect(csv[0]).toEqual(['report', 'from', 'to', 'row', 'column', 'value']);
    const phaseLines = csv.filter((line) => line[0] === 'phases').map((line) => [line[3], line[5]]);
    expect(phaseLines).toEqual(phases.slice(1));

    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').selectOption('report.export');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByRole('table').getByText('Exported a report').first()).toBeVisible();
  });
});

async function signedInAs(browser: Browser, email: string, home: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAndWait(page, email, home);
  return { context, page };
}

test.describe('people', () => {
  test('reassigning a runner shows the new therapist, and back again', async ({ page }) => {
    await signInAndWait(page, ADMIN, /\/admin$/);
    await page.goto('/admin/people');
    const therapist = page.getByLabel('Therapist for Elena Rossi');
    await expect(therapist).toHaveValue(/.+/);
    const original = await therapist.inputValue();
    await therapist.selectOption({ label: 'Casey Novak' });
    await page.getByRole('button', { name: 'Reassign Elena Rossi' }).click();
    await expect(page.getByText('Now with Casey Novak.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Therapist for Elena Rossi').locator('option:checked')).toHaveText('Casey Novak');

    await page.getByLabel('Therapist for Elena Rossi').selectOption(original);
    await page.getByRole('button', { name: 'Reassign Elena Rossi' }).click();
    await expect(page.getByText('Now with Chris Okafor.')).toBeVisible();
  });

  test('a deactivated therapist is refused at once, then can come back', async ({ page, browser }) => {
    const casey = await signedInAs(browser, 'therapist3@stride.test', /\/therapist$/);

    await signInAndWait(page, ADMIN, /\/admin$/);
    await page.goto('/admin/people');
    const row = page.getByTestId('person-therapist3@stride.test');
    await row.getByRole('button', { name: 'Deactivate Casey Novak' }).click();
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Yes, deactivate' }).click();
    await expect(row.getByText('Deactivated', { exact: true })).toBeVisible();

    // Casey's open session is refused on its next request, and signing in again fails with the usual message.
    await casey.page.goto('/therapist');
    await expect(casey.page).toHaveURL(/\/login/);
    await signIn(casey.page, 'therapist3@stride.test');
    await expect(casey.page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an active account.');
    await expect(casey.page).toHaveURL(/\/login/);

    await row.getByRole('button', { name: 'Reactivate Casey Novak' }).click();
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    await signIn(casey.page, 'therapist3@stride.test');
    await expect(casey.page).toHaveURL(/\/therapist$/);
    await casey.context.close();
  });

  test('the admin cannot deactivate themself and invites a therapist with a one-time link', async ({ page }) => {
    await signInAndWait(page, ADMIN, /\/admin$/);
    await page.goto('/admin/people');
    await expect(page.getByTestId(`person-${ADMIN}`).getByText('This is you')).toBeVisible();

    await page.getByLabel('Name', { exact: true }).fill('Robin Vale');
    await page.getByLabel('Email', { exact: true }).fill('not-an-email');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByText('Enter a valid email address, like name@clinic.com.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Robin Vale');

    const email = `robin-${Date.now()}@stride.test`;
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByLabel('Invitation link for Robin Vale')).toHaveValue(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await expect(page.getByTestId(`person-${email}`).getByText('Invited, no password yet')).toBeVisible();
    // Until Robin accepts, no runner can be handed to them.
    await expect(page.getByLabel('Therapist for Elena Rossi').locator('option', { hasText: 'Robin Vale' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test('clinic settings answer out-of-range values at the field and save nothing', async ({ page }) => {
  await signInAndWait(page, ADMIN, /\/admin$/);
  await page.goto('/admin/settings');
  await page.getByLabel('Pain allowance (0–10)').fill('11');
  await page.getByLabel('Most run days in any 7 days').fill('6');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter a whole number from 0 to 10, or leave it empty.')).toBeVisible();
  await expect(page.getByText('Enter a whole number of days from 1 to 3, or leave it empty.')).toBeVisible();
  await expect(page.getByLabel('Pain allowance (0–10)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Pain allowance (0–10)')).toHaveValue('11');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Pain allowance (0–10)')).toHaveValue('');
});

test('the clinic contact runners see on a stop card: a bad number is answered at the field, a good one saved', async ({ page }) => {
  await signInAndWait(page, ADMIN, /\/admin$/);
  await page.goto('/admin/settings');
  const form = page.getByRole('form', { name: 'Clinic contact' });
  const phone = form.getByLabel('Clinic phone');
  const email = form.getByLabel('Clinic email');
  await expect(phone).toHaveValue('+1 555 0150');
  await expect(email).toHaveValue('front-desk@riverside.test');
  await phone.fill('ring reception');
  await email.fill('front desk');
  await form.getByRole('button', { name: 'Save clinic contact' }).click();
  await expect(form.getByText('Enter a phone number of 7 to 15 digits, like +1 555 0100; spaces, dashes, dots and brackets are fine.')).toBeVisible();
  await expect(form.getByText('Enter a valid email address, like name@clinic.com.')).toBeVisible();
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveValue('ring reception');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(phone).toHaveValue('+1 555 0150');

  // Saved as typed (the demo's own values, so the runner journeys still find them).
  await email.fill('FRONT-DESK@riverside.test');
  await form.getByRole('button', { name: 'Save clinic contact' }).click();
  await expect(form.getByText('Clinic contact saved.')).toBeVisible();
  await page.reload();
  await expect(email).toHaveValue('front-desk@riverside.test');
});

test('the admin sets a therapist’s work phone on the people page', async ({ page }) => {
  await signInAndWait(page, ADMIN, /\/admin$/);
  await page.goto('/admin/people');
  const row = page.getByTestId('person-therapist3@stride.test');
  const phone = row.getByLabel('Work phone of Casey Novak');
  await phone.fill('555');
  await row.getByRole('button', { name: 'Save work phone of Casey Novak' }).click();
  await expect(row.getByText(/7 to 15 digits/)).toBeVisible();
  await expect(phone).toHaveValue('555');
  await phone.fill('+1 555 0103');
  await row.getByRole('button', { name: 'Save work phone of Casey Novak' }).click();
  await expect(row.getByRole('status').filter({ hasText: 'Work phone' })).toHaveText('Work phone of Casey Novak saved.');
  await page.reload();
  await expect(page.getByTestId('person-therapist3@stride.test').getByLabel('Work phone of Casey Novak')).toHaveValue('+1 555 0103');
  await expect(page.getByTestId('person-therapist@stride.test').getByLabel('Work phone of Dana Whitfield')).toHaveValue('+1 555 0101');
});

test('every admin page passes axe-core', async ({ page }) => {
  await signInAndWait(page, ADMIN, /\/admin$/);
  for (const path of ['/admin', '/admin/people', '/admin/settings', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('the CSV export answers 404 to a therapist: the route authorizes itself', async ({ page }) => {
  await signInAndWait(page, 'therapist@stride.test', /\/therapist$/);
  const response = await page.request.get('/admin/reports/export?table=all');
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('report,from,to,row,column,value');
});

test("Hillside's admin sees Hillside only", async ({ page }) => {
  await signInAndWait(page, 'admin@hillside.test', /\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Hillside Sports Clinic' })).toBeVisible();
  expect((await tableCells(page, 'Caseload and outcomes per therapist')).map((row) => row[0])).toEqual(['Therapist', 'Robin Hale']);
  await page.goto('/admin/people');
  for (const riverside of ['Dana Whitfield', 'Sam Rivera', 'Casey Novak']) await expect(page.getByText(riverside)).toHaveCount(0);
});
