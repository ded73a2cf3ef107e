import { defineConfig, devices } from '@playwright/test';

const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 3100);
const RUNNER_SPECS = /(^|\/)runner[^/]*\.spec\.ts$/;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Per test; each step waits at most the expect timeout. The demo clinic is large and the machine small: a page's
  // axe scan alone can take ten seconds.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // The runner uses a phone after a run; the staff use a desktop.
    // The phone journeys change the demo runner's plan (a stop alert for therapist@), so they run after the desktop ones.
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: RUNNER_SPECS },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: RUNNER_SPECS, dependencies: ['desktop'] },
  ],
  webServer: {
    // As deployed: scripts/serve.mjs (next's request handler, plus the socket address appended to X-Forwarded-For).
    command: 'node scripts/serve.mjs',
    env: { PORT: String(port) },
    url: `http://localhost:${port}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
