export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { databaseHandle } = await import('./db/index');
  const { migrateDatabase } = await import('./db/migrate');
  await migrateDatabase(databaseHandle());
}
