import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { env } from '@/lib/env';
import { lockDataDir } from './pglite-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** Either the database or an open transaction: query helpers accept both. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  close: () => Promise<void>;
}

const globalForCounter = globalThis as typeof globalThis & { __strideQueryCount?: number };

/** Counts every statement sent (one increment per query), for the queries-per-request figures of tests and benchmark. */
const queryCounter = { logQuery: () => void (globalForCounter.__strideQueryCount = (globalForCounter.__strideQueryCount ?? 0) + 1) };

export function queriesSoFar(): number {
  return globalForCounter.__strideQueryCount ?? 0;
}

export function openPglite(client: PGlite): DatabaseHandle {
  return { db: drizzlePglite({ client, schema, logger: queryCounter }) as unknown as Database, driver: 'pglite', close: () => client.close() };
}

/**
 * node-postgres rather than postgres.js: postgres.js 3.4.9 crashes the whole process when a connection dies
 * inside a transaction (an uncaught write to a closed socket); node-postgres rejects the query and drops the client.
 */
export function openPostgres(url: string, max = 10): DatabaseHandle {
  const pool = new Pool({ connectionString: url, max });
  // A connection that ends under a client (restart, failover, a killed backend) must not crash the process:
  // the pending query rejects, the transaction rolls back on the server, and the pool replaces the client.
  const logLost = (error: Error) => console.error('PostgreSQL connection lost:', error.message);
  pool.on('error', logLost);
  pool.on('connect', (client) => client.on('error', logLost));
  return { db: drizzlePostgres({ client: pool, schema, logger: queryCounter }) as unknown as Database, driver: 'postgres', close: () => pool.end() };
}

/** Opens the database the environment names: PostgreSQL when DATABASE_URL is set, else embedded PGlite under DATA_DIR. */
export function openConfiguredDatabase(): DatabaseHandle {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) return openPostgres(DATABASE_URL);
  const dataDir = path.resolve(DATA_DIR);
  const release = lockDataDir(dataDir);
  const handle = openPglite(new PGlite(dataDir));
  return { ...handle, close: async () => { await handle.close(); release(); } };
}

const globalForDb = globalThis as typeof globalThis & { __strideDb?: DatabaseHandle };

/** The one client of this process, opened on first use (never during `next build`) and kept across dev reloads. */
export function databaseHandle(): DatabaseHandle {
  globalForDb.__strideDb ??= openConfiguredDatabase();
  return globalForDb.__strideDb;
}

export function getDb(): Database {
  return databaseHandle().db;
}

/** Tests install their own database (a PGlite snapshot or a fresh PostgreSQL database). */
export function useDatabaseHandle(handle: DatabaseHandle | undefined): void {
  globalForDb.__strideDb = handle;
}

export { schema };
