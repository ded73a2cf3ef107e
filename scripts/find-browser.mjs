import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download (undefined). As root on Debian with neither, installs Debian's chromium.
 */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const playwrightHasOwn = spawnSync('npx', ['playwright', 'install', '--dry-run', 'chromium'], { encoding: 'utf8' });
  const ownPath = playwrightHasOwn.stdout?.match(/Install location:\s+(\S+)/)?.[1];
  if (ownPath && fs.existsSync(ownPath)) return undefined;
  if (process.getuid?.() === 0 && fs.existsSync('/etc/debian_version')) {
    console.log('Installing Debian chromium for the end-to-end tests…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    if (install.status === 0 && fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  return undefined;
}
