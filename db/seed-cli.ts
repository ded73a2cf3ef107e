import { openConfiguredDatabase } from './index';
import { migrateDatabase } from './migrate';
import { isSeeded, seedDemo } from './seed';

// `npm run db:seed` seeds whatever database is configured (asked for explicitly);
// `npm start` calls it only for the embedded database. Seeding twice is a no-op.
const handle = openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  if (await isSeeded(handle.db)) {
    console.log('The demo clinic is already seeded; nothing to do.');
  } else {
    const today = new Date().toISOString().slice(0, 10);
    await seedDemo(handle.db, today);
    console.log(`Seeded the demo clinics (${handle.driver}).`);
  }
} finally {
  await handle.close();
}
