import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` is used: it reads the schema, not a database. Migrations are applied by db/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
});
