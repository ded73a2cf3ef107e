import 'server-only';
import type { SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';

/**
 * Runs a raw aggregate query and answers its rows on both drivers (PGlite answers { rows }, postgres.js an
 * array). Queries cast every column (::int, ::float8, ::text) so both drivers give the same JavaScript types.
 */
export async function selectRows<T>(query: SQL, executor: Executor = getDb()): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
