import { Client } from 'pg';

export const TEST_DRIVER: 'pglite' | 'postgres' = process.env.STRIDE_TEST_DRIVER === 'postgres' ? 'postgres' : 'pglite';

export function requireTestDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('STRIDE_TEST_DRIVER=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres)');
  return url;
}

export function databaseUrlFor(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one admin statement (CREATE/DROP DATABASE) on the server of TEST_DATABASE_URL. */
export async function adminStatement(statement: string): Promise<void> {
  const client = new Client({ connectionString: requireTestDatabaseUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
