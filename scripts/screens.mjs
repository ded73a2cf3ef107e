// Screenshots for reviewers: builds if needed, seeds a fresh embedded database, serves the production build,
// signs in as each role and saves PNGs of the main pages at phone (412×915) and desktop (1440×900) sizes into
// docs/screens/. Usage: npm run screens [-- --only runner-today] (SCREENS_PORT picks the port, default 3312).
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-browser.mjs';
import { DEMO_PASSWORD, ensureBuild, root, runBin, startNode } from './lib.mjs';

const port = process.env.SCREENS_PORT ?? '3312';
const base = `http://localhost:${port}`;
const outDir = path.join(root, 'docs', 'screens');
const dataDir = path.join(root, '.data', `screens-${port}`);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

const PHONE = { viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const DESKTOP = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };

/**
 * Each shot: a name, who signs in, the page (or a function finding it), the size, and whether to capture the
 * whole page. `prepare` runs on the page before the shot.
 */
const SHOTS = [
  { name: 'login-phone', as: null, path: '/login', device: PHONE },
  { name: 'runner-today-phone', as: 'runner@stride.test', path: '/runner', device: PHONE, fullPage: true },
  { name: 'runner-today-fold-phone', as: 'runner@stride.test', path: '/runner', device: PHONE },
  { name: 'runner-log-phone', as: 'runner@stride.test', path: '/runner/log', device: PHONE, fullPage: true },
  { name: 'runner-log-chosen-phone', as: 'runner@stride.test', path: '/runner/log', device: PHONE, prepare: choosePainScores },
  { name: 'runner-progress-phone', as: 'runner@stride.test', path: '/runner/progress', device: PHONE, fullPage: true },
  { name: 'runner-concern-phone', as: 'runner@stride.test', path: '/runner/concern', device: PHONE, fullPage: true },
  // These answer today's before-you-run questions (the screenshot database only), so later Today shots show the run.
  { name: 'runner-today-run-phone', as: 'runner@stride.test', path: '/runner', device: PHONE, fullPage: true, prepare: answerPreRun },
  { name: 'runner-timer-ended-phone', as: 'runner@stride.test', path: '/runner', device: PHONE, prepare: endTimerEarly },
  { name: 'runner-today-desktop', as: 'runner@stride.test', path: '/runner', device: DESKTOP, fullPage: true },
  { name: 'runner-progress-desktop', as: 'runner@stride.test', path: '/runner/progress', device: DESKTOP, fullPage: true },
  { name: 'runner-continuous-today-phone', as: 'maya@stride.test', path: '/runner', device: PHONE, fullPage: true },
  { name: 'runner-continuous-progress-phone', as: 'maya@stride.test', path: '/runner/progress', device: PHONE, fullPage: true },
  { name: 'runner-paused-today-phone', as: 'jordan@stride.test', path: '/runner', device: PHONE, fullPage: true },
  { name: 'therapist-caseload-desktop', as: 'therapist@stride.test', path: '/therapist', device: DESKTOP, fullPage: true },
  { name: 'therapist-caseload-phone', as: 'therapist@stride.test', path: '/therapist', device: PHONE },
  { name: 'therapist-runner-desktop', as: 'therapist@stride.test', path: runnerPage('Sam Rivera'), device: DESKTOP, fullPage: true },
  { name: 'therapist-alerts-desktop', as: 'therapist@stride.test', path: '/therapist/alerts', device: DESKTOP, fullPage: true },
  { name: 'therapist-add-runner-desktop', as: 'therapist@stride.test', path: '/therapist/runners/new', device: DESKTOP },
  { name: 'admin-reports-desktop', as: 'admin@stride.test', path: '/admin', device: DESKTOP, fullPage: true },
  { name: 'admin-reports-phone', as: 'admin@stride.test', path: '/admin', device: PHONE },
  { name: 'admin-people-desktop', as: 'admin@stride.test', path: '/admin/people', device: DESKTOP, fullPage: true },
  { name: 'admin-settings-desktop', as: 'admin@stride.test', path: '/admin/settings', device: DESKTOP },
  { name: 'admin-audit-desktop', as: 'admin@stride.test', path: '/admin/audit', device: DESKTOP },
];

/** Answers the three before-you-run questions (no pain, no swelling, no limp) when Today asks them. */
async function answerPreRun(page) {
  const pain = page.getByRole('radiogroup', { name: /pain right now/i });
  if ((await pain.count()) === 0) return;
  await pain.getByRole('radio', { name: '0', exact: true }).check();
  await page.getByRole('radiogroup', { name: /swelling/i }).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('radiogroup', { name: /limping/i }).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: /check before I run/i }).click();
  await page.getByRole('region', { name: 'Interval timer' }).waitFor({ timeout: 30_000 });
}

/** Picks scores on the run log's scales (nothing is sent) and scrolls to them, to show the chosen state. */
async function choosePainScores(page) {
  const choices = [
    [/pain before the run/i, '1'],
    [/highest pain during/i, '5'],
    [/pain after the run/i, '8'],
  ];
  for (const [legend, score] of choices) await page.getByRole('radiogroup', { name: legend }).getByRole('radio', { name: score, exact: true }).check();
  await page.getByRole('radiogroup', { name: /pain before the run/i }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 120));
}

/** Starts the interval timer, ends it a few seconds in, and scrolls the timer into view. */
async function endTimerEarly(page) {
  const timer = page.getByRole('region', { name: 'Interval timer' });
  await timer.getByRole('button', { name: 'Start' }).click();
  await page.waitForTimeout(4_000);
  await timer.getByRole('button', { name: 'End early' }).click();
  await timer.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
}

/** The therapist's page for one runner, found through the caseload's link with the runner's name. */
function runnerPage(name) {
  return async (page) => {
    await page.goto(`${base}/therapist?q=${encodeURIComponent(name)}`);
    const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
    return href ?? '/therapist';
  };
}

async function waitForServer(url, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${url} did not answer within ${ms / 1000} s`);
}

async function signIn(page, email) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 30_000 });
}

const env = {
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  NEXTAUTH_SECRET: 'screens-secret-that-is-long-enough-for-the-check-0123456789',
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: '1',
};

fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}.lock`, { force: true });
runBin('tsx', ['db/seed-cli.ts'], { env });
ensureBuild();
fs.mkdirSync(outDir, { recursive: true });

const server = startNode('scripts/serve.mjs', { env: { ...env, PORT: port }, stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);

try {
  await waitForServer(`${base}/login`);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const contexts = new Map();
  for (const shot of SHOTS.filter((s) => !only || s.name.includes(only))) {
    const key = `${shot.as ?? 'anonymous'}|${shot.device === PHONE ? 'phone' : 'desktop'}`;
    if (!contexts.has(key)) {
      const context = await browser.newContext({ ...shot.device, reducedMotion: 'reduce', locale: 'en-GB', timezoneId: 'Europe/London' });
      if (shot.as) await signIn(await context.newPage(), shot.as);
      contexts.set(key, context);
    }
    const page = await contexts.get(key).newPage();
    const target = typeof shot.path === 'function' ? await shot.path(page) : shot.path;
    await page.goto(`${base}${target}`, { waitUntil: 'networkidle' });
    if (shot.prepare) await shot.prepare(page);
    const file = path.join(outDir, `${shot.name}.png`);
    if (shot.fullPage) {
      // The viewport grows to the page's height first, so the phone's fixed tab bar sits at the bottom of the picture
      // (a full-page capture would leave it where the first screen ends).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: shot.device.viewport.width, height: Math.min(height, 8000) });
      await page.waitForTimeout(100);
    }
    await page.screenshot({ path: file });
    console.log(`✓ ${path.relative(root, file)} (${target})`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
