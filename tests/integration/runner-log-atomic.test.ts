import { describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/actions/action-state';
import { logRunAction } from '@/lib/runner/actions';
import { openPlanOf, profileOf, runForm, signedInRunner, writtenFor } from './runner-support';


const failures = vi.hoisted(() => ({ decisionInsert: false, runLogAudit: false }));

vi.mock('@/lib/plan/run-decisions', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/plan/run-decisions')>();
  return {
    ...actual,
    insertDecision: async (...args: Parameters<typeof actual.insertDecision>) => {
      if (failures.decisionInsert) throw new Error('injected: the decision insert failed');
      return actual.insertDecision(...args);
    },
  };
});

vi.mock('@/lib/audit/record', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/audit/record')>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      if (failures.runLogAudit && args[0].action === 'run_log.create') throw new Error('injected: the audit insert failed');
      return actual.recordAudit(...args);
    },
  };
});

describe('a run log is one transaction', () => {
  it('stores nothing when the decision insert fails, and says so without detail', async () => {
    const { runner, profile } = await signedInRunner(4);
    const before = await writtenFor(runner.id);
    failures.decisionInsert = true;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const state = await logRunAction(IDLE, runForm({ limping: 'yes' }));
      expect(state).toEqual({ status: 'error', formError: 'Something went wrong and nothing was saved. Please try again.', values: expect.any(Object) });
    } finally {
      failures.decisionInsert = false;
      error.mockRestore();
    }
    expect(await writtenFor(runner.id)).toEqual(before);
    expect(await profileOf(runner.id)).toEqual(profile);
  });

  it('rolls back the log, decision, stage change, plan periods and alert when the last write (the audit row) fails', async () => {
    const { runner, profile } = await signedInRunner(4);
    const before = { written: await writtenFor(runner.id), plans: await openPlanOf(runner.id) };
    failures.runLogAudit = true;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const state = await logRunAction(IDLE, runForm({ limping: 'yes' }));
      expect(state.status).toBe('error');
    } finally {
      failures.runLogAudit = false;
      error.mockRestore();
    }
    expect(await writtenFor(runner.id)).toEqual(before.written);
    expect(await openPlanOf(runner.id)).toEqual(before.plans);
    expect(await profileOf(runner.id)).toEqual(profile);

    const retry = await logRunAction(IDLE, runForm({ limping: 'yes' }));
    expect(retry).toMatchObject({ status: 'ok', data: { view: { action: 'stop' } } });
    expect(await writtenFor(runner.id)).toMatchObject({ runLogs: 1, decisions: 1, alerts: 1, audits: 1 });
  });
});
