import { register } from 'node:module';

// The demo is played through the app's own server code (the real runner and therapist functions), which marks
// itself 'server-only': that package refuses to load outside a React Server Component bundle, so this process
// resolves it to an empty module (as the tests do). Everything else is imported after the hook is in place.
register(
  `data:text/javascript,${encodeURIComponent(
    "export async function resolve(specifier, context, next) { return specifier === 'server-only' ? { url: 'data:text/javascript,', shortCircuit: true } : next(specifier, context); }",
  )}`,
);

const { openConfiguredDatabase } = await import('./index');
const { migrateDatabase } = await import('./migrate');
const { isSeeded, seedDemo } = await import('./seed');

// `npm run db:seed` seeds whatever database is configured (asked for explicitly);
// `npm start` calls it only for the embedded database. Seeding twice is a no-op.
const handle = openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  if (await isSeeded(handle.db)) {
    console.log('The demo clinic is already seeded; nothing to do.');
  } else {
    const today = new Date().toISOString().slice(0, 10);
    const started = performance.now();
    const summary = await seedDemo(handle, today);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Seeded the demo clinics (${handle.driver}) in ${seconds} s: ${summary.runners} runners, ${summary.runs} runs, ${summary.exerciseLogs} exercise sessions.`);
    for (const { runner, problem } of summary.mismatches) console.warn(`  demo story of ${runner} ended differently: ${problem}`);
  }
} finally {
  await handle.close();
}
