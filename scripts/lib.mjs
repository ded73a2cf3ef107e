import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Runs a command to completion with inherited output; exits the script when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

export function runBin(name, args, options = {}) {
  run(bin(name), args, options);
}

/** Starts a script of this repository with the Node.js running this one. */
export function startNode(script, options = {}) {
  return spawn(process.execPath, [script], { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

const SOURCE_PATHS = ['app', 'components', 'lib', 'db', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package-lock.json', 'postcss.config.mjs'];

function newestSourceMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((newest, entry) => Math.max(newest, newestSourceMtime(path.join(target, entry))), stat.mtimeMs);
}

/** Builds the production app unless a build newer than every source file exists. */
export function ensureBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const newestSource = Math.max(...SOURCE_PATHS.map(newestSourceMtime));
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestSource) return;
  console.log('Building the app (next build)…');
  runBin('next', ['build'], { env: { NEXT_TELEMETRY_DISABLED: '1' } });
}

/** A NEXTAUTH_SECRET kept in .env.local (which Next loads), created once per checkout. */
export function ensureLocalSecret() {
  const file = path.join(root, '.env.local');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const match = existing.match(/^NEXTAUTH_SECRET=(.+)$/m);
  if (match) return match[1].trim();
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}NEXTAUTH_SECRET=${secret}\n`);
  return secret;
}

export const DEMO_LOGINS = [
  ['Runner', 'runner@stride.test'],
  ['Therapist', 'therapist@stride.test'],
  ['Therapist 2', 'therapist2@stride.test'],
  ['Clinic admin', 'admin@stride.test'],
];
export const DEMO_PASSWORD = 'stride-demo';
