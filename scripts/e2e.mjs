// End-to-end: a production build served with a freshly seeded embedded database, driven by Playwright in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-browser.mjs';
import { ensureBuild, root, runBin } from './lib.mjs';

const port = process.env.E2E_PORT ?? '3100';
const dataDir = path.join(root, '.data', `e2e-${port}`);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}.lock`, { force: true });

const env = {
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  NEXTAUTH_SECRET: 'e2e-secret-that-is-long-enough-for-the-check-0123456789',
  NEXTAUTH_URL: `http://localhost:${port}`,
  E2E_PORT: port,
  NEXT_TELEMETRY_DISABLED: '1',
  CHROMIUM_PATH: findChromium() ?? '',
};
runBin('tsx', ['db/seed-cli.ts'], { env });
ensureBuild();
runBin('playwright', ['test', ...process.argv.slice(2)], { env });
