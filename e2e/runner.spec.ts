import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInAndWait } from './support';

// runner@stride.test (Sam Rivera, walk-run stage 4, last run two days ago) belongs to this file: the journeys
// below log runs for him, one after the other.
test.describe.configure({ mode: 'serial' });

const RUNNER = 'runner@stride.test';
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DAY_MS = 86_400_000;

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(violations).toEqual([]);
}

function longDate(at: Date): string {
  return at.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' }).replace(',', '');
}

function choose(page: Page, question: string | RegExp, answer: string) {
  return page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: true }).check();
}

async function fillRun(page: Page, run: { pain: [string, string, string]; sharpPain: 'Yes' | 'No'; limping: 'Yes' | 'No'; completed?: 'Yes' | 'No' }) {
  if (run.completed) await choose(page, /whole stage \d session/, run.completed);
  await choose(page, 'Pain before the run', run.pain[0]);
  await choose(page, 'Highest pain during the run', run.pain[1]);
  await choose(page, 'Pain after the run', run.pain[2]);
  await choose(page, 'Sharp pain that worsens during or after running?', run.sharpPain);
  await choose(page, 'Limping or altered gait?', run.limping);
  await choose(page, 'How hard did it feel?', '3');
}

/** Signs in with the browser's clock on another day: the app then treats that day as the runner's today. */
async function signInOn(page: Page, at: Date) {
  await page.clock.setFixedTime(at);
  await signInAndWait(page, RUNNER, /\/runner$/);
  await expect(page.getByText(longDate(at), { exact: false }).first()).toBeVisible();
}

/** The stop card's ways to reach care: Sam's therapist Dana (her phone and email) and Riverside's front desk. */
async function expectCareContact(card: Locator) {
  const contact = card.getByTestId('care-contact');
  await expect(contact).toContainText('Contact Dana Whitfield, your physical therapist');
  for (const [name, href] of [
    ['Call Dana Whitfield, +1 555 0101', 'tel:+15550101'],
    ['Email Dana Whitfield, therapist@stride.test', 'mailto:therapist@stride.test'],
    ['Call Riverside Physio, +1 555 0150', 'tel:+15550150'],
    ['Email Riverside Physio, front-desk@riverside.test', 'mailto:front-desk@riverside.test'],
  ]) {
    const link = contact.getByRole('link', { name: name!, exact: true });
    await expect(link).toHaveAttribute('href', href!);
    // Large enough to tap: at least 44 px high.
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
}

test('each exercise shows how to do it, folded: a drawing with a text alternative, the steps and when to stop', async ({ page }) => {
  await signInAndWait(page, RUNNER, /\/runner$/);
  await page.goto('/runner/log/exercise');
  const strength = page.getByRole('region', { name: 'How to do the strength exercises' });
  const bridge = strength.getByTestId('how-to-glute_bridge');
  await expect(bridge.getByRole('img')).toBeHidden();
  await expect(bridge.locator('summary')).toHaveText('Glute bridge 3 × 12');
  await bridge.locator('summary').click();
  await expect(bridge.getByRole('img', { name: /lying on their back, knees bent/ })).toBeVisible();
  await expect(bridge.getByRole('listitem').first()).toHaveText('Lie on your back, knees bent, feet flat and hip-width apart.');
  await expect(bridge.getByText(/^Stop if you feel sharp pain/)).toBeVisible();
  const mobility = page.getByRole('region', { name: 'How to do the mobility and stability exercises' });
  await expect(mobility.getByRole('group')).toHaveCount(6);
  await mobility.getByTestId('how-to-plank').locator('summary').click();
  await expect(mobility.getByRole('img', { name: /forearm plank/ })).toBeVisible();
  await expectAccessible(page);
});

test('every runner page passes axe (WCAG 2.2 AA, target size included)', async ({ page }) => {
  // Five pages, each scanned: a long journey on a busy machine.
  test.slow();
  await signInAndWait(page, RUNNER, /\/runner$/);
  await expect(page.getByText(/stage 4 of 8/i).first()).toBeVisible();
  await expectAccessible(page);
  for (const path of ['/runner/log', '/runner/log/exercise', '/runner/progress', '/runner/concern']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});

test('the interval timer counts the intervals, says each change, and pre-fills the log', async ({ page }) => {
  await page.clock.install();
  await signInAndWait(page, RUNNER, /\/runner$/);
  // Today asks three questions before the run card (protocol v2): all clear, the run is on.
  const preRun = page.locator('section', { has: page.getByRole('heading', { name: 'Before you run: three questions' }) });
  await choose(page, 'Your pain right now', '0');
  await choose(page, /Swelling or stiffness that has lasted more than 24 hours/, 'No');
  await choose(page, 'Are you limping when you walk?', 'No');
  await preRun.getByRole('button', { name: 'Check before I run' }).click();
  await expect(preRun).toHaveCount(0);
  const timer = page.getByRole('region', { name: 'Interval timer' });
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer.getByText('Run for 4 minutes, interval 1 of 5.')).toBeAttached();
  await page.clock.runFor(4 * 60_000 + 1_000);
  await expect(timer.getByText('Walk for 2 minutes, interval 1 of 5.')).toBeAttached();
  await expect(timer.getByRole('timer')).toHaveText(/1:5\d/);
  await timer.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('Enter');
  await expect(timer.getByRole('button', { name: 'Resume' })).toBeVisible();
  await timer.getByRole('button', { name: 'End early' }).click();
  await expect(timer).toContainText('You ran 4 minutes');
  await timer.getByRole('link', { name: 'Log this run' }).click();
  await expect(page).toHaveURL(/\/runner\/log\?minutes=4&completed=no/);
  await expect(page.getByLabel('Minutes you ran')).toHaveValue('4');
  await expect(page.getByRole('radiogroup', { name: /whole stage 4 session/ }).getByRole('radio', { name: 'No' })).toBeChecked();
});

test('a green run: the runner logs it on the phone and sees the progress decision, explained', async ({ page }) => {
  await signInAndWait(page, RUNNER, /\/runner$/);
  await page.getByRole('link', { name: 'Log this run' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a run' })).toBeVisible();

  await page.getByRole('button', { name: 'Save and see what is next' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(page.getByText('Choose your pain before the run, from 0 to 10.')).toBeVisible();

  await fillRun(page, { completed: 'Yes', pain: ['0', '0', '0'], sharpPain: 'No', limping: 'No' });
  await page.getByRole('button', { name: 'Save and see what is next' }).click();
  const decision = page.getByTestId('decision');
  await expect(decision).toContainText('Decision: Progress');
  await expect(decision.getByRole('heading', { name: 'Well done: your next run is stage 5' })).toBeFocused();
  await expect(decision).toContainText('No warning signs: you move up one stage.');
  await expect(decision).toContainText(`Your next run is stage 5 (5 min run / 1 min walk), on ${longDate(new Date(Date.now() + 2 * DAY_MS))}`);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to today' }).click();
  await expect(page.getByRole('heading', { name: "Today's run is logged" })).toBeVisible();
  await expect(page.getByTestId('runner-phase')).toHaveText(/stage 5 of 8/i);
});

test('the next morning the check-in appears, and morning pain turns the progress into a repeat', async ({ page }) => {
  const tomorrow = new Date(Date.now() + DAY_MS);
  await signInOn(page, tomorrow);
  const checkIn = page.locator('section', { has: page.getByRole('heading', { name: 'Morning check-in' }) });
  await expect(checkIn).toBeVisible();
  await expectAccessible(page);
  await choose(page, 'Your pain this morning', '3');
  await choose(page, 'Swelling or stiffness that has lasted over 24 hours?', 'No');
  await checkIn.getByRole('button', { name: 'Send my check-in' }).click();
  await expect(checkIn).toContainText('Your answers changed the decision');
  await expect(checkIn.getByRole('heading', { name: 'Repeat stage 4 on your next run' })).toBeVisible();
  await expect(checkIn).toContainText('Your pain the next morning was higher than before the run');

  await page.goto('/runner/progress');
  await page.getByText('Show the pain values as a table').click();
  const lastRun = page.getByRole('table', { name: /Pain trend/ }).getByRole('row').last();
  await expect(lastRun.getByRole('cell')).toHaveText([/\d+ \w+/, '4', '0', '0', '0', '3', 'No']);
  await expect(page.getByText('Replaced by your morning check-in (kept for the record).')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /stage 4 of 8/i })).toHaveAttribute('value', '4');
  await expectAccessible(page);
});

test('limping stops running: the stop, its reason and what is still fine, on the log and on Today', async ({ page }) => {
  await signInOn(page, new Date(Date.now() + DAY_MS));
  await page.getByRole('link', { name: 'Log', exact: true }).click();
  await expect(page.getByText(/Today is not a planned run day/)).toBeVisible();
  await fillRun(page, { completed: 'No', pain: ['1', '2', '1'], sharpPain: 'No', limping: 'Yes' });
  await page.getByRole('button', { name: 'Save and see what is next' }).click();
  const decision = page.getByTestId('decision');
  await expect(decision.getByRole('heading', { name: 'Stop running and contact your physical therapist' })).toBeVisible();
  await expect(decision).toContainText('You reported limping.');
  await expect(decision).toContainText('cycling, swimming or the elliptical');
  await expectCareContact(decision);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to today' }).click();
  await expect(page.getByTestId('runner-phase')).toHaveText(/Running paused · stage 4 of 8/i);
  await expect(page.getByRole('heading', { name: 'Stop running and contact your physical therapist' })).toBeVisible();
  await expect(page.getByText('You reported limping.')).toBeVisible();
  await expectCareContact(page.getByTestId('decision'));
  await expectAccessible(page);
});
