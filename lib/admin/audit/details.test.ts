import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditTargetLabel } from './action-labels';
import { auditDetailItems } from './details';

const THERAPIST = '0b7f6a4e-2c55-4a8e-9e43-3f7c1b5d9a01';
const OTHER = '5d2c8e1a-7b44-4f0c-8a6e-2e9d4c3b1f02';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('audit action labels', () => {
  it('has plain words for every action id the app records', () => {
    const root = path.resolve(__dirname, '../../..');
    const recorded = new Set<string>();
    for (const file of [...sourceFiles(path.join(root, 'lib')), ...sourceFiles(path.join(root, 'app'))]) {
      const text = fs.readFileSync(file, 'utf8');
      // recordAudit({ action: 'x.y' }), requireRunnerAccess(user, id, 'x.y'), changePlan(…, 'x.y', …), ACTION = 'x.y'
      for (const match of text.matchAll(/(?:action: |Access\([^)]*?, |ClinicUser\([^)]*?, |changePlan\(user, input, today, |_ACTION = )'([a-z_]+\.[a-z_]+)'/g)) {
        recorded.add(match[1]!);
      }
    }
    expect(recorded.size).toBeGreaterThan(20);
    const missing = [...recorded].filter((id) => !Object.hasOwn(AUDIT_ACTION_LABELS, id));
    expect(missing).toEqual([]);
  });

  it('never shows a bare id', () => {
    expect(auditActionLabel('alert.resolve')).toBe('Resolved an alert');
    expect(auditActionLabel('plan.some_future_thing')).toBe('Plan: some future thing');
    expect(auditTargetLabel('run_log')).toBe('A logged run');
    expect(auditTargetLabel(null)).toBeNull();
  });
});

describe('auditDetailItems', () => {
  it('names the people a reassignment refers to, and never shows an id it cannot name', () => {
    expect(auditDetailItems({ fromTherapistId: THERAPIST, toTherapistId: OTHER, openAlertsMoved: 1 }, { [THERAPIST]: 'Dana Whitfield' })).toEqual([
      { label: 'From', value: 'Dana Whitfield' },
      { label: 'To', value: 'someone outside this clinic' },
      { label: 'Open alerts moved', value: '1' },
    ]);
  });

  it('leaves out references to clinical records and words values', () => {
    expect(auditDetailItems({ decisionId: OTHER, action: 'progress' }, {})).toEqual([{ label: 'Decision', value: 'progress' }]);
    expect(auditDetailItems({ reason: 'rate_limited', reissued: true, painAllowance: 3, goal: null }, {})).toEqual([
      { label: 'Reason', value: 'too many attempts' },
      { label: 'New link', value: 'Yes' },
      { label: 'Pain allowance', value: '3' },
      { label: 'Goal', value: '—' },
    ]);
    expect(auditDetailItems(null, {})).toEqual([]);
  });
});
