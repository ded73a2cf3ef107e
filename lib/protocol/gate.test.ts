import { describe, expect, it } from 'vitest';
import { canStartWalkRun } from './gate';

const base = { foundationStartedOn: '2025-01-01', today: '2025-01-15', latestAssessment: { passed: true, date: '2025-01-14' } };

describe('canStartWalkRun', () => {
  it('allows after a passed assessment and 14 days of foundation', () => {
    expect(canStartWalkRun(base)).toEqual({ allowed: true, reasons: [], override: false, daysInFoundation: 14 });
  });

  it('refuses at 13 days', () => {
    expect(canStartWalkRun({ ...base, today: '2025-01-14' })).toMatchObject({ allowed: false, reasons: ['gate.foundation_too_short'] });
  });

  it('refuses when the latest assessment failed', () => {
    const r = canStartWalkRun({ ...base, latestAssessment: { passed: false, date: '2025-01-14' } });
    expect(r).toMatchObject({ allowed: false, reasons: ['gate.assessment_not_passed'] });
  });

  it('refuses without an assessment in this foundation period', () => {
    expect(canStartWalkRun({ ...base, latestAssessment: null }).reasons).toEqual(['gate.assessment_missing']);
    expect(canStartWalkRun({ ...base, latestAssessment: { passed: true, date: '2024-12-31' } }).reasons).toEqual(['gate.assessment_missing']);
    expect(canStartWalkRun({ ...base, latestAssessment: { passed: true, date: '2025-01-16' } }).reasons).toEqual(['gate.assessment_missing']);
  });

  it('lists every unmet condition', () => {
    const r = canStartWalkRun({ ...base, today: '2025-01-05', latestAssessment: { passed: false, date: '2025-01-04' } });
    expect(r.reasons).toEqual(['gate.assessment_not_passed', 'gate.foundation_too_short']);
    expect(r.daysInFoundation).toBe(4);
  });

  it('allows with a written override reason, keeping what was overridden', () => {
    const r = canStartWalkRun({ ...base, today: '2025-01-05', latestAssessment: null, overrideReason: '  Experienced runner, minor strain  ' });
    expect(r).toEqual({ allowed: true, reasons: ['gate.assessment_missing', 'gate.foundation_too_short'], override: true, daysInFoundation: 4 });
  });

  it('refuses a blank or too short override reason (at least 10 characters, trimmed)', () => {
    for (const overrideReason of ['', '          ', 'too short', '   ok ok    ']) {
      const r = canStartWalkRun({ ...base, latestAssessment: null, overrideReason });
      expect(r.allowed).toBe(false);
      expect(r.override).toBe(false);
      expect(r.reasons).toEqual(['gate.assessment_missing', 'gate.override_reason_too_short']);
    }
    expect(canStartWalkRun({ ...base, latestAssessment: null, overrideReason: '0123456789' }).allowed).toBe(true);
  });

  it('does not call it an override when the conditions are met', () => {
    expect(canStartWalkRun({ ...base, overrideReason: 'A long enough reason' })).toMatchObject({ allowed: true, override: false, reasons: [] });
  });
});
