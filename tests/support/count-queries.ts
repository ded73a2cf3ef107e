import { queriesSoFar } from '@/db';

/** Counts the SQL statements Drizzle sends while `work` runs (the same counter the benchmark reads). */
export async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const before = queriesSoFar();
  await work();
  return queriesSoFar() - before;
}
