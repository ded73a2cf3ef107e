export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A missing or bad setting stops the server here, at start, with a message that names it.
  const { env } = await import('./lib/env');
  env();
  const { databaseHandle } = await import('./db/index');
  const { migrateDatabase } = await import('./db/migrate');
  await migrateDatabase(databaseHandle());
}
