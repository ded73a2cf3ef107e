/**
 * `npm run bench`: seeds a large clinic group, serves it with `next start`, drives it with autocannon from this
 * process, and writes bench/results.json. `--smoke` runs a tiny version (used by the test suite so it cannot rot).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { openPglite, openPostgres, type DatabaseHandle } from '@/db';
import { lockDataDir } from '@/db/pglite-lock';
import { rowsOf } from '@/db/rows';
import { migrateDatabase } from '@/db/migrate';
import { runnerProfiles, users } from '@/db/schema';
import { signIn, waitForServer } from './http';
import { checkBudgets, type GrowthRow } from './budgets';
import { jsPerRoute } from './js-size';
import { measure, type Measurement, type Target } from './measure';
import { BENCH_PASSWORD, BENCH_USERS, seedLarge, sizeFor } from './seed-large';
import { benchTargets, FLOOR, JS_ONLY_ROUTES } from './targets';

const smoke = process.argv.includes('--smoke');
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://localhost:${PORT}`;
const TODAY = new Date().toISOString().slice(0, 10);
const SCALES = smoke ? [0.02] : [0.1, 1];
const RUNS = smoke
  ? { warm: { amount: 5 }, c1: { amount: 20 }, c10: { amount: 40 } }
  : { warm: { amount: 40 }, c1: { seconds: 6 }, c10: { seconds: 8 } };

interface Row extends Measurement {
  scale: number;
  target: string;
  connections: number;
  queries: number;
  /** The response body, uncompressed. */
  kb: number;
  vsStatic: number;
}

async function prepareDatabase(scale: number): Promise<Record<string, string>> {
  const adminUrl = process.env.DATABASE_URL;
  let env: Record<string, string>;
  if (adminUrl) {
    const database = `stride_bench_${String(scale).replace('.', '_')}`;
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    env = { DATABASE_URL: url.toString() };
  } else {
    const dataDir = path.resolve(`.data/bench-${scale}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    env = { DATABASE_URL: '', DATA_DIR: dataDir };
  }
  const handle = openBenchDatabase(env);
  await migrateDatabase(handle);
  const started = Date.now();
  await seedLarge(handle.db, sizeFor(scale), TODAY);
  const [counts] = rowsOf<{ runners: number; logs: number }>(
    await handle.db.execute(sql`select (select count(*) from users where role = 'runner')::int runners, (select count(*) from run_logs)::int logs`),
  );
  console.log(`  seeded scale ${scale} in ${Math.round((Date.now() - started) / 1000)} s`, counts ?? '');
  await handle.close();
  return env;
}

/** Opened directly (not through the cached env module): the benchmark switches databases between scales. */
function openBenchDatabase(env: Record<string, string>): DatabaseHandle {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, 2);
  const release = lockDataDir(env.DATA_DIR!);
  const handle = openPglite(new PGlite(env.DATA_DIR!));
  return { ...handle, close: async () => { await handle.close(); release(); } };
}

/** The benchmarked runner, and up to 50 other runners in a running phase who take turns logging runs. */
async function benchPeople(env: Record<string, string>): Promise<{ runnerId: string; loggerEmails: string[] }> {
  const handle = openBenchDatabase(env);
  const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, BENCH_USERS.runner));
  const loggers = await handle.db
    .select({ email: users.email })
    .from(users)
    .innerJoin(runnerProfiles, eq(runnerProfiles.userId, users.id))
    .where(and(inArray(runnerProfiles.phase, ['walk_run', 'continuous', 'full']), ne(users.email, BENCH_USERS.runner)))
    .orderBy(users.email)
    .limit(50);
  await handle.close();
  return { runnerId: row!.id, loggerEmails: loggers.map((logger) => logger.email) };
}

function startServer(env: Record<string, string>, token: string) {
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(PORT)], {
    env: { ...process.env, ...env, NODE_ENV: 'production', NEXTAUTH_SECRET: randomBytes(32).toString('base64url'), NEXTAUTH_URL: BASE, STRIDE_BENCH_TOKEN: token, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return server;
}

/**
 * One request before the measurement: it must answer the expected status with the page's own text (not a
 * redirect to sign-in, a 404 or a form error), and the server's statement counter tells how many SQL statements
 * it ran (the counter is the server's, so nothing else may run meanwhile).
 */
async function probe(target: Target, token: string): Promise<{ queries: number; kb: number }> {
  const read = async () => ((await (await fetch(`${BASE}/api/bench/query-count`, { headers: { 'x-bench-token': token } })).json()) as { queries: number }).queries;
  // Requests of the previous measurement may still be running on the server after the load stops: wait until
  // the counter stands still, so that only this request's statements are counted.
  let before = await read();
  for (let settled = false; !settled; ) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await read();
    settled = now === before;
    before = now;
  }
  const next = target.nextRequest?.();
  const response = await fetch(`${BASE}${target.path}`, {
    method: target.method ?? 'GET',
    headers: { ...target.headers, ...next?.headers },
    body: next ? new Uint8Array(next.body) : undefined,
    redirect: 'manual',
  });
  const body = await response.text();
  if (response.status !== target.expect.status || !body.includes(target.expect.marker)) {
    throw new Error(`${target.name}: ${target.method ?? 'GET'} ${target.path} answered ${response.status} without "${target.expect.marker}":\n${body.slice(0, 500)}`);
  }
  return { queries: (await read()) - before, kb: Math.round(Buffer.byteLength(body) / 102.4) / 10 };
}

interface ScaleResult {
  rows: Row[];
  js: Awaited<ReturnType<typeof jsPerRoute>>;
}

async function benchScale(scale: number, measureJs: boolean): Promise<ScaleResult> {
  console.log(`\nScale ${scale}: ${sizeFor(scale).runners} runners, ${sizeFor(scale).runners * sizeFor(scale).logsPerRunner} run logs`);
  const env = await prepareDatabase(scale);
  const { runnerId, loggerEmails } = await benchPeople(env);
  const token = randomBytes(24).toString('hex');
  const server = startServer(env, token);
  try {
    await waitForServer(`${BASE}/login`);
    const sessions = {
      runner: await signIn(BASE, BENCH_USERS.runner, BENCH_PASSWORD),
      therapist: await signIn(BASE, BENCH_USERS.therapist, BENCH_PASSWORD),
      admin: await signIn(BASE, BENCH_USERS.admin, BENCH_PASSWORD),
    };
    // Many runners log runs, each about once a day as in life, rather than one runner logging thousands.
    const loggers = [];
    for (const email of loggerEmails) loggers.push(await signIn(BASE, email, BENCH_PASSWORD));
    const targets = await benchTargets({ base: BASE, sessions, loggers, runnerId, today: TODAY });
    const rows: Row[] = [];
    for (const target of targets) {
      const { queries, kb } = await probe(target, token);
      await measure(BASE, target, 2, RUNS.warm);
      for (const connections of [1, 10]) {
        const result = await measure(BASE, target, connections, connections === 1 ? RUNS.c1 : RUNS.c10);
        rows.push({ scale, target: target.name, connections, queries, kb, vsStatic: 0, ...result });
        console.log(`  ${target.name.padEnd(22)} c=${String(connections).padEnd(2)} p50 ${result.p50} ms  p95 ${result.p95} ms  ${result.rps} req/s  errors ${result.errors}  queries ${queries}`);
      }
    }
    for (const row of rows) {
      const staticRow = rows.find((r) => r.target === 'static page' && r.connections === row.connections);
      row.vsStatic = staticRow ? Math.round((row.p95 / staticRow.p95) * 100) / 100 : NaN;
    }
    const js = measureJs
      ? await jsPerRoute(
          BASE,
          [
            ...targets.filter((t) => t.pageRoute).map((t) => ({ route: t.pageRoute!, path: t.path, cookies: t.session ? sessions[t.session] : null })),
            ...JS_ONLY_ROUTES.map(({ route, session }) => ({ route, path: route, cookies: session ? sessions[session] : null })),
          ],
          process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
        )
      : [];
    return { rows, js };
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

async function main() {
  const all: Row[] = [];
  let js: ScaleResult['js'] = [];
  for (const [index, scale] of SCALES.entries()) {
    const result = await benchScale(scale, index === SCALES.length - 1);
    all.push(...result.rows);
    if (result.js.length) js = result.js;
  }
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, database: process.env.DATABASE_URL ? 'postgresql' : 'pglite' },
    rows: all,
    javascript: js,
  };
  let growth: GrowthRow[] = [];
  if (SCALES.length > 1) {
    const small = SCALES[0]!;
    const large = SCALES.at(-1)!;
    growth = all
      .filter((r) => r.scale === large)
      .map((r) => {
        const at = (scale: number, target: string) => all.find((s) => s.scale === scale && s.target === target && s.connections === r.connections);
        const before = at(small, r.target);
        // The floor page reads no data, so its own change between the two runs is the machine's (other load on
        // the shared cores), not the data's: dividing by it leaves the growth due to the data. Its median, steadier
        // than a tail of a few milliseconds.
        const floorRatio = (at(large, FLOOR)?.p50 ?? NaN) / (at(small, FLOOR)?.p50 ?? NaN);
        const p95Ratio = before ? r.p95 / before.p95 : NaN;
        return {
          target: r.target,
          connections: r.connections,
          p95Ratio: Math.round(p95Ratio * 100) / 100,
          floorRatio: Math.round(floorRatio * 100) / 100,
          dataRatio: Math.round((p95Ratio / floorRatio) * 100) / 100,
          queriesSmall: before?.queries,
          queriesLarge: r.queries,
        };
      });
    results.growth = growth;
  }
  const budgets = checkBudgets(all, growth, js);
  results.budgets = budgets;
  console.table(all.map(({ scale, target, connections, p50, p95, rps, errors, queries, kb, vsStatic }) => ({ scale, target, c: connections, p50, p95, rps, errors, queries, kB: kb, 'p95/static': vsStatic })));
  if (growth.length) console.table(growth);
  console.table(js);
  console.table(budgets.map(({ budget, subject, value, limit, ok }) => ({ budget, subject, value, limit, result: ok ? 'ok' : 'MISSED' })));
  fs.writeFileSync(path.resolve(smoke ? 'bench/results.smoke.json' : 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const failed = all.filter((row) => row.errors > 0 || row.requests === 0);
  if (failed.length > 0) {
    console.error(`Requests failed for: ${failed.map((row) => `${row.target} (c=${row.connections})`).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
