import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support';

// Every form works with JavaScript off (or before the scripts load): it posts to its server action, and the page
// the server renders answers with the field errors, the values typed, or the confirmation. No answer ever travels
// in the address.
//
// Leila Hassan (leila@stride.test, continuous running, Chris Okafor's runner) belongs to this file: no other spec
// logs for her. The journeys run in order: a run today, tomorrow's check-in about it, a concern, then Chris
// resolves the concern's alert and writes a note.
test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: 'serial' });

const RUNNER = { email: 'leila@stride.test', name: 'Leila Hassan' };
const THERAPIST = { email: 'therapist2@stride.test', name: 'Chris Okafor' };
const FIELD_NAMES = ['painBefore', 'painDuring', 'painAfter', 'painNextMorning', 'painNow', 'pain=', 'what=', 'note=', 'body=', 'choice=', 'runMinutes', 'password', 'email='];

function expectNoAnswersInAddress(page: Page) {
  const url = page.url();
  for (const name of FIELD_NAMES) expect(url, `${name} in ${url}`).not.toContain(name);
}

function choose(page: Page, question: string | RegExp, answer: string) {
  return page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
}

function radio(page: Page, question: string | RegExp, answer: string) {
  return page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true });
}

/** Every form is a POST, or a GET search form (role=search) carrying only its search fields. */
async function expectFormsPostOrSearch(page: Page) {
  const forms = await page.locator('form').evaluateAll((elements) =>
    elements.map((form) => ({
      method: (form.getAttribute('method') ?? 'get').toLowerCase(),
      role: form.getAttribute('role'),
      action: form.getAttribute('action') ?? '',
      label: form.getAttribute('aria-label') ?? form.textContent?.slice(0, 40) ?? '',
    })),
  );
  for (const form of forms) {
    expect(form.action, form.label).not.toMatch(/^javascript:/i);
    expect(form.method === 'post' || (form.method === 'get' && form.role === 'search'), `${form.label}: ${form.method} ${form.role}`).toBe(true);
  }
}

async function signInWithoutScripts(page: Page, email: string, home: RegExp) {
  await signIn(page, email);
  await expect(page).toHaveURL(home);
  expectNoAnswersInAddress(page);
}

test('sign-in: a wrong password keeps the email and says why; the right one signs in', async ({ page }) => {
  await signIn(page, RUNNER.email, 'not-the-password');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That email and password do not match an active account.');
  await expect(page.getByLabel('Email')).toHaveValue(RUNNER.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expect(page).toHaveURL(/\/login$/);
  expectNoAnswersInAddress(page);
  await expectFormsPostOrSearch(page);

  await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});

test('run log: a refused post keeps every answer beside its error; a valid one stores the run and shows the decision', async ({ page }) => {
  await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
  for (const path of ['/runner', '/runner/log/exercise', '/runner/progress', '/runner/concern', '/runner/log']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFormsPostOrSearch(page);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Log a run' })).toBeVisible();
  // Continuous running has no ladder stage: the question is about the run.
  await expect(page.getByRole('radiogroup', { name: 'Did you do the whole run as planned?' })).toBeVisible();

  await page.getByLabel('Minutes you ran').fill('25');
  await choose(page, 'Pain before the run', '2');
  await choose(page, 'Limping or altered gait?', 'No');
  await page.getByLabel('Note (optional)').fill('Windy along the river.');
  await page.getByRole('button', { name: 'Save and see what is next' }).click();

  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(page.getByText('Choose your highest pain during the run, from 0 to 10.')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Highest pain during the run' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Minutes you ran')).toHaveValue('25');
  await expect(radio(page, 'Pain before the run', '2')).toBeChecked();
  await expect(radio(page, 'Limping or altered gait?', 'No')).toBeChecked();
  await expect(page.getByLabel('Note (optional)')).toHaveValue('Windy along the river.');
  await expect(page).toHaveURL(/\/runner\/log$/);
  expectNoAnswersInAddress(page);

  await choose(page, 'Did you do the whole run as planned?', 'Yes');
  await choose(page, 'Highest pain during the run', '1');
  await choose(page, 'Pain after the run', '1');
  await choose(page, 'Sharp pain that worsens during or after running?', 'No');
  await choose(page, 'How hard did it feel?', '3');
  await page.getByRole('button', { name: 'Save and see what is next' }).click();

  await expect(page.getByTestId('decision')).toBeVisible();
  await expect(page.getByTestId('decision')).toContainText('Decision:');
  await expect(page).toHaveURL(/\/runner\/log$/);
  expectNoAnswersInAddress(page);

  // One run, logged today.
  await page.goto('/runner');
  await expect(page.getByRole('heading', { name: "Today's run is logged" })).toHaveCount(1);
  // A new visit to the log gets a new form (and key) from the server.
  await page.goto('/runner/log');
  await expect(page.getByRole('button', { name: 'Save and see what is next' })).toBeVisible();
});

test('check-in the next morning: refused without answers, then sent', async ({ page, context, baseURL }) => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await context.addCookies([{ name: 'sb-local-date', value: tomorrow, url: baseURL! }]);
  await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
  const checkIn = page.locator('section', { has: page.getByRole('heading', { name: 'Morning check-in' }) });
  await expect(checkIn).toBeVisible();

  await choose(page, 'Your pain this morning', '1');
  await checkIn.getByRole('button', { name: 'Send my check-in' }).click();
  await expect(checkIn.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(radio(page, 'Your pain this morning', '1')).toBeChecked();
  expectNoAnswersInAddress(page);

  await choose(page, 'Swelling or stiffness that has lasted over 24 hours?', 'No');
  await checkIn.getByRole('button', { name: 'Send my check-in' }).click();
  await expect(checkIn.getByRole('status')).toHaveText(/Thank you\./);
  expectNoAnswersInAddress(page);
});

test('concern: the text is kept through a refusal, then it is sent to the therapist', async ({ page }) => {
  await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
  await page.goto('/runner/concern');
  const what = 'A new ache on the outside of my right foot since Sunday.';
  await page.getByLabel('What is wrong, and where?').fill(what);
  await choose(page, 'Your pain now', '2');
  await page.getByRole('button', { name: `Send to ${THERAPIST.name}` }).click();

  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(page.getByLabel('What is wrong, and where?')).toHaveValue(what);
  await expect(radio(page, 'Your pain now', '2')).toBeChecked();
  expectNoAnswersInAddress(page);

  await choose(page, 'Sharp pain that worsens during or after running?', 'No');
  await choose(page, 'Swelling or stiffness that lasts over 24 hours?', 'No');
  await choose(page, 'Limping or altered gait?', 'No');
  await page.getByRole('button', { name: `Send to ${THERAPIST.name}` }).click();
  await expect(page.getByRole('status')).toHaveText(`Sent. ${THERAPIST.name} will see your message.`);
  expectNoAnswersInAddress(page);
});

test('therapist: searches the caseload, resolves the concern’s alert and writes a note, all without scripts', async ({ page }) => {
  await signInWithoutScripts(page, THERAPIST.email, /\/therapist$/);
  await expectFormsPostOrSearch(page);

  await page.goto('/therapist/alerts');
  await expectFormsPostOrSearch(page);
  const alert = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: RUNNER.name }) }).filter({ hasText: 'Runner concern' });
  await expect(alert).toHaveCount(1);
  await alert.getByText('Resolve this alert').click();
  await alert.getByRole('button', { name: 'Resolve alert' }).click();

  // The answer lands in the form of the alert it names, opened.
  const refused = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: RUNNER.name }) }).filter({ hasText: 'Runner concern' });
  await expect(refused.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  expectNoAnswersInAddress(page);
  await refused.getByRole('radio', { name: 'Acknowledge: keep the plan as it is' }).check();
  await refused.getByLabel('Note on your decision').fill('Foot ache: load management, review on Friday.');
  await refused.getByRole('button', { name: 'Resolve alert' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Alert acknowledged; the plan is unchanged.' })).toBeVisible();
  expectNoAnswersInAddress(page);

  // The caseload search is a GET form: the search itself may be in the address.
  await page.goto('/therapist');
  await page.getByRole('search', { name: 'Caseload' }).getByLabel('Search by name').fill('Leila');
  await page.getByRole('search', { name: 'Caseload' }).getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\?q=Leila/);
  await page.getByRole('link', { name: RUNNER.name }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: RUNNER.name })).toBeVisible();
  await expectFormsPostOrSearch(page);

  const notes = page.getByRole('form', { name: 'New note' });
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('form', { name: 'New note' }).getByText('Enter the note.')).toBeVisible();
  expectNoAnswersInAddress(page);
  await page.getByRole('form', { name: 'New note' }).getByLabel('New note').fill('Reviewed the foot: no bony tenderness.');
  await page.getByRole('form', { name: 'New note' }).getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('form', { name: 'New note' }).getByRole('status')).toHaveText('Note saved.');
  await expect(page.getByRole('list', { name: 'Notes, newest first', exact: true })).toContainText('Reviewed the foot: no bony tenderness.');
  await expect(page.getByRole('form', { name: 'New note' }).getByLabel('New note')).toHaveValue('');
  expectNoAnswersInAddress(page);
});

test('admin: every form on the main pages is a POST or a search', async ({ page }) => {
  await signInWithoutScripts(page, 'admin@stride.test', /\/admin$/);
  for (const path of ['/admin', '/admin/people', '/admin/settings', '/admin/audit']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectFormsPostOrSearch(page);
  }
});

test('sign-out: the button posts to next-auth, whose own confirmation page ends the session', async ({ page }) => {
  await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/api\/auth\/signout/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/runner');
  await expect(page).toHaveURL(/\/login/);
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });

  test('a refused post keeps the values through React’s form reset and moves focus to the first error', async ({ page }) => {
    await signInWithoutScripts(page, RUNNER.email, /\/runner$/);
    await page.goto('/runner/concern');
    const what = 'Tight calf after the hills.';
    await page.getByLabel('What is wrong, and where?').fill(what);
    await choose(page, 'Your pain now', '4');
    await choose(page, 'Limping or altered gait?', 'No');
    await page.getByRole('button', { name: `Send to ${THERAPIST.name}` }).click();

    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
    await expect(page.getByLabel('What is wrong, and where?')).toHaveValue(what);
    await expect(radio(page, 'Your pain now', '4')).toBeChecked();
    await expect(radio(page, 'Limping or altered gait?', 'No')).toBeChecked();
    await expect(radio(page, 'Sharp pain that worsens during or after running?', 'Yes')).toBeFocused();
    expectNoAnswersInAddress(page);
  });
});
