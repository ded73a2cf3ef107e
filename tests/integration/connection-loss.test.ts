import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db';
import { IDLE } from '@/lib/actions/action-state';
import { logRunAction } from '@/lib/runner/actions';
import { TEST_DRIVER } from '../support/test-database';
import { runForm, signedInRunner, writtenFor } from './runner-support';

// A real server connection can die mid-transaction; PGlite runs in-process and has no connection to kill.
describe.runIf(TEST_DRIVER === 'postgres')('the PostgreSQL connection killed mid-transaction', () => {
  it('keeps all or nothing, the pool recovers, and a retry with the same key stores one run', async () => {
    const { runner } = await signedInRunner(3);
    const before = await writtenFor(runner.id);
    // The backend running the transaction terminates itself when the decision is about to be stored,
    // after the run log row was already inserted in the same transaction.
    await getDb().execute(sql.raw(`
      create function kill_own_backend() returns trigger language plpgsql as $$
      begin perform pg_terminate_backend(pg_backend_pid()); return new; end $$;
      create trigger kill_mid_transaction before insert on protocol_decisions for each row execute function kill_own_backend();`));
    const key = randomUUID();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const killed = await logRunAction(IDLE, runForm({ idempotencyKey: key }));
      expect(killed).toEqual({ status: 'error', formError: 'Something went wrong and nothing was saved. Please try again.', values: expect.any(Object) });
    } finally {
      error.mockRestore();
    }
    expect(await writtenFor(runner.id)).toEqual(before);

    await getDb().execute(sql.raw('drop trigger kill_mid_transaction on protocol_decisions; drop function kill_own_backend();'));
    const retried = await logRunAction(IDLE, runForm({ idempotencyKey: key }));
    expect(retried.status).toBe('ok');
    const again = await logRunAction(IDLE, runForm({ idempotencyKey: key }));
    expect(again).toMatchObject({ status: 'ok', data: { replayed: true, runLogId: retried.status === 'ok' ? retried.data.runLogId : '' } });
    const after = await writtenFor(runner.id);
    expect(after.runLogs).toBe(before.runLogs + 1);
    expect(after.decisions).toBe(before.decisions + 1);
  });
});
