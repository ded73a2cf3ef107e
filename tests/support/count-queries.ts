import { vi } from 'vitest';
import { getDb } from '@/db';

/** Counts the statements the driver runs while `work` runs (PGlite and node-postgres both send them through `query`). */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const client = (getDb() as unknown as { $client: Record<string, (...args: unknown[]) => unknown> }).$client;
  const spy = vi.spyOn(client, 'query');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}
