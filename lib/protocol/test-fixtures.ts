import type { RunLog } from './types';

/** A green stage-3 run on Monday 2025-01-06; tests override what they need. Used by the *.test.ts files only. */
export function makeRun(overrides: Partial<RunLog> = {}): RunLog {
  return {
    date: '2025-01-06',
    stage: 3,
    completed: true,
    runMinutes: 18,
    painBefore: 0,
    painDuring: 0,
    painAfter: 0,
    sharpPain: false,
    limping: false,
    ...overrides,
  };
}
