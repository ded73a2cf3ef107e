// Lighthouse in its mobile mode (Moto G Power emulation, simulated slow 4G and 4× CPU) on the runner's pages, signed
// in as a demo runner: performance, accessibility and best practices. Seeds a fresh embedded database, builds when a
// source is newer than the build, serves as deployed (scripts/serve.mjs) and drives Chromium through its debugging
// port, so Lighthouse loads each page with the runner's session cookie.
//
//   npm run lighthouse                 # prints the scores; exits 1 when a score is under the budget
//   npm run lighthouse -- --runs 3     # the median of three runs per page
//   npm run lighthouse -- --write      # also writes the table into docs/PERFORMANCE.md
//   LIGHTHOUSE_SAVE=dir npm run lighthouse   # keeps each run's full report (JSON) in dir
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findChromium } from './find-browser.mjs';
import { ensureBuild, root, runBin, startNode } from './lib.mjs';

const BUDGET = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const PAGES = ['/runner', '/runner/log', '/runner/progress'];
const RUNNER = process.env.LIGHTHOUSE_RUNNER ?? 'runner@stride.test';
const PASSWORD = 'stride-demo';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const write = args.includes('--write');
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
const debuggingPort = port + 1;
const base = `http://localhost:${port}`;

async function waitForPort(p, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(p, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nothing listens on port ${p} after ${timeoutMs} ms`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = path.join(root, '.data', `lighthouse-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}.lock`, { force: true });
const env = {
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  NEXTAUTH_SECRET: 'lighthouse-secret-that-is-long-enough-for-the-check-0123456789',
  NEXTAUTH_URL: base,
  NEXT_TELEMETRY_DISABLED: '1',
};
runBin('tsx', ['db/seed-cli.ts'], { env });
ensureBuild();
const server = startNode('scripts/serve.mjs', { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
const stopServer = () => server.kill('SIGTERM');
process.on('exit', stopServer);

const { chromium } = await import('playwright-core');
const { default: lighthouse } = await import('lighthouse');
const profile = fs.mkdtempSync(path.join(root, '.data', 'lighthouse-profile-'));
let context;
try {
  await waitForPort(port, 120_000);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--remote-debugging-port=${debuggingPort}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(RUNNER);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/runner/);
  // Warm the server's caches and the build's compiled pages, as a returning user would find them.
  for (const pathname of PAGES) await page.goto(`${base}${pathname}`);

  const rows = [];
  let failed = false;
  for (const pathname of PAGES) {
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const notes = new Set();
    const metricsPerRun = [];
    for (let i = 0; i < runs; i += 1) {
      const result = await lighthouse(`${base}${pathname}`, {
        port: debuggingPort,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        // Keep the session cookie: Lighthouse clears the origin's storage before a run unless told not to.
        disableStorageReset: true,
      });
      const { lhr } = result;
      if (process.env.LIGHTHOUSE_SAVE) {
        fs.mkdirSync(process.env.LIGHTHOUSE_SAVE, { recursive: true });
        fs.writeFileSync(path.join(process.env.LIGHTHOUSE_SAVE, `${pathname.replaceAll('/', '_')}-${i}.json`), JSON.stringify(lhr));
      }
      if (lhr.finalDisplayedUrl && !new URL(lhr.finalDisplayedUrl).pathname.startsWith(pathname)) {
        throw new Error(`${pathname} ended on ${lhr.finalDisplayedUrl}: the session was not used`);
      }
      for (const c of CATEGORIES) scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) notes.add(`${c}: ${audit.title} (${Math.round(audit.score * 100)})`);
        }
      }
      const metrics = lhr.audits;
      metricsPerRun.push(
        `FCP ${metrics['first-contentful-paint']?.displayValue}, LCP ${metrics['largest-contentful-paint']?.displayValue}, TBT ${metrics['total-blocking-time']?.displayValue}, CLS ${metrics['cumulative-layout-shift']?.displayValue}`,
      );
    }
    const row = { page: pathname, ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])), runs: scores, notes: [...notes] };
    // The metrics of the run whose performance score is the median.
    row.metrics = metricsPerRun[scores.performance.indexOf(row.performance)];
    notes.add(`metrics of the median run: ${row.metrics}`);
    row.notes = [...notes];
    rows.push(row);
    if (CATEGORIES.some((c) => row[c] < BUDGET)) failed = true;
    console.log(`${pathname}: ${CATEGORIES.map((c) => `${c} ${row[c]} [${scores[c].join(', ')}]`).join(' · ')}`);
    for (const note of row.notes) console.log(`  - ${note}`);
  }

  if (write) {
    const file = path.join(root, 'docs', 'PERFORMANCE.md');
    const start = '<!-- lighthouse:start -->';
    const end = '<!-- lighthouse:end -->';
    const table = [
      start,
      `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run lighthouse -- --runs ${runs}\` (Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile mode, median of ${runs} run${runs === 1 ? '' : 's'}, signed in as ${RUNNER}):`,
      '',
      '| Page | Performance | Accessibility | Best practices |',
      '| --- | ---: | ---: | ---: |',
      ...rows.map((r) => `| \`${r.page}\` | ${CATEGORIES.map((c) => (runs > 1 ? `${r[c]} (${r.runs[c].join(', ')})` : String(r[c]))).join(' | ')} |`),
      '',
      ...rows.map((r) => `- \`${r.page}\`, the median run: ${r.metrics}`),
      end,
    ].join('\n');
    const doc = fs.readFileSync(file, 'utf8');
    const next = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), table) : `${doc.trimEnd()}\n\n## Lighthouse (runner pages, mobile)\n\n${table}\n`;
    fs.writeFileSync(file, next);
    console.log(`wrote the table into ${path.relative(root, file)}`);
  }
  process.exitCode = failed ? 1 : 0;
  if (failed) console.error(`\n✗ a score is under ${BUDGET}`);
} finally {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
  stopServer();
}
