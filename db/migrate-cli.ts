import { openConfiguredDatabase } from './index';
import { migrateDatabase } from './migrate';

const handle = openConfiguredDatabase();
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.driver}).`);
} finally {
  await handle.close();
}
