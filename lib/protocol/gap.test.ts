import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapBandFor, stageAfterGap } from './gap';
import { resolveSettings } from './settings';

describe('stageAfterGap: the stage of the next run after a break (defaults: gapDays 7)', () => {
  it.each([
    [0, 5, false, false],
    [7, 5, false, false],
    [8, 4, false, false],
    [14, 4, false, false],
    [15, 3, true, false],
    [28, 3, true, false],
    [29, 5, true, true],
    [400, 5, true, true],
  ])('%i days from stage 5: stage %i, review %s, reassess %s', (days, stage, reviewAlert, reassess) => {
    expect(stageAfterGap(5, days)).toEqual({ stage, reviewAlert, reassess });
  });

  it('never goes below stage 1', () => {
    expect(stageAfterGap(1, 10).stage).toBe(1);
    expect(stageAfterGap(2, 20).stage).toBe(1);
    expect(stageAfterGap(1, 20)).toEqual({ stage: 1, reviewAlert: true, reassess: false });
  });

  it('scales the bands with gapDays', () => {
    const s = resolveSettings('seed', { gapDays: 5 });
    expect(stageAfterGap(6, 5, s).stage).toBe(6);
    expect(stageAfterGap(6, 6, s).stage).toBe(5);
    expect(stageAfterGap(6, 10, s).stage).toBe(5);
    expect(stageAfterGap(6, 11, s).stage).toBe(4);
    expect(stageAfterGap(6, 20, s)).toEqual({ stage: 4, reviewAlert: true, reassess: false });
    expect(stageAfterGap(6, 21, s)).toEqual({ stage: 6, reviewAlert: true, reassess: true });
  });

  it('rejects bad input', () => {
    expect(() => stageAfterGap(0, 3)).toThrow(/stage/);
    expect(() => stageAfterGap(9, 3)).toThrow(/stage/);
    expect(() => stageAfterGap(3, -1)).toThrow(/daysSinceLastRun/);
    expect(() => stageAfterGap(3, 1.5)).toThrow(/daysSinceLastRun/);
  });

  it('a longer break is never treated more leniently', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 3, max: 7 }), (stage, days, gapDays) => {
        const s = { gapDays };
        const now = stageAfterGap(stage, days, s);
        const later = stageAfterGap(stage, days + 1, s);
        expect(now.stage).toBeGreaterThanOrEqual(1);
        expect(stage - now.stage).toBeLessThanOrEqual(2);
        if (!later.reassess) expect(later.stage).toBeLessThanOrEqual(now.stage);
        if (now.reviewAlert) expect(later.reviewAlert).toBe(true);
        if (now.reassess) expect(later.reassess).toBe(true);
      }),
    );
  });
});

describe('gapBandFor: the band and the rule ids to record', () => {
  it('names the band and its rules', () => {
    expect(gapBandFor(7)).toEqual({ band: 'none', stagesBack: 0, reviewAlert: false, reassess: false, rules: [] });
    expect(gapBandFor(8)).toMatchObject({ band: 'one_stage', stagesBack: 1, rules: ['gap.step_back'] });
    expect(gapBandFor(15)).toMatchObject({ band: 'two_stages', stagesBack: 2, rules: ['gap.step_back', 'review.long_gap'] });
    expect(gapBandFor(29)).toMatchObject({ band: 'reassess', rules: ['gap.reassess', 'review.long_gap'] });
  });
});
