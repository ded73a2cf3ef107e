// `npm test`: every suite — unit, integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set), end-to-end.
import { ensureDependencies, runBin, run } from './lib.mjs';

ensureDependencies();
const started = Date.now();
const step = (name) => console.log(`\n━━ ${name} ━━`);

step('Unit (Vitest)');
runBin('vitest', ['run', '--project', 'unit']);

step('Integration on embedded PGlite (Vitest)');
runBin('vitest', ['run', '--project', 'integration'], { env: { STRIDE_TEST_DRIVER: 'pglite' } });

if (process.env.TEST_DATABASE_URL) {
  step('Integration on PostgreSQL (Vitest, TEST_DATABASE_URL)');
  runBin('vitest', ['run', '--project', 'integration'], { env: { STRIDE_TEST_DRIVER: 'postgres' } });
} else {
  console.log('\n(TEST_DATABASE_URL is not set: the integration suite ran on PGlite only.)');
}

step('End-to-end (Playwright, production build)');
run('node', ['scripts/e2e.mjs']);

step('Benchmark smoke run (a few hundred requests on a tiny seed, so the benchmark cannot rot)');
run('node', ['scripts/bench.mjs', '--smoke']);

console.log(`\nAll suites passed in ${Math.round((Date.now() - started) / 1000)} s.`);
