import { describe, expect, it } from 'vitest';
import { ladderSession, LADDER } from '@/lib/protocol';
import { clock, cycleCount, intervalSegments, positionAt, totalSeconds } from './intervals';

describe('interval segments', () => {
  it('repeats run then walk and cuts the last cycle at the session end, running first (stage 1: 7 × 1/3, then 1/1)', () => {
    const segments = intervalSegments(ladderSession(1));
    expect(segments).toHaveLength(16);
    expect(segments.slice(0, 2)).toEqual([
      { kind: 'run', seconds: 60, cycle: 1, startsAt: 0 },
      { kind: 'walk', seconds: 180, cycle: 1, startsAt: 60 },
    ]);
    expect(segments.slice(-2)).toEqual([
      { kind: 'run', seconds: 60, cycle: 8, startsAt: 1680 },
      { kind: 'walk', seconds: 60, cycle: 8, startsAt: 1740 },
    ]);
    expect(cycleCount(ladderSession(1))).toBe(8);
  });

  it('totals the session and the planned run minutes for every stage', () => {
    for (const { stage } of LADDER) {
      const session = ladderSession(stage);
      const segments = intervalSegments(session);
      expect(totalSeconds(segments)).toBe(30 * 60);
      const runSeconds = segments.filter((s) => s.kind === 'run').reduce((sum, s) => sum + s.seconds, 0);
      expect(runSeconds).toBe(session.plannedRunMinutes * 60);
    }
  });

  it('has one run segment for a continuous run (stage 8) and no empty walks', () => {
    expect(intervalSegments(ladderSession(8))).toEqual([{ kind: 'run', seconds: 1800, cycle: 1, startsAt: 0 }]);
  });
});

describe('timer position', () => {
  const segments = intervalSegments(ladderSession(4)); // 5 × (4 run / 2 walk)

  it('counts down inside the current segment and adds up the running done', () => {
    expect(positionAt(segments, 0)).toMatchObject({ index: 0, secondsLeftInSegment: 240, runSeconds: 0, done: false });
    expect(positionAt(segments, 250)).toMatchObject({ index: 1, segment: { kind: 'walk' }, secondsLeftInSegment: 110, runSeconds: 240 });
    expect(positionAt(segments, 400)).toMatchObject({ index: 2, segment: { kind: 'run', cycle: 2 }, runSeconds: 280 });
  });

  it('is done at the end with every planned run minute counted', () => {
    expect(positionAt(segments, 30 * 60)).toMatchObject({ done: true, segment: null, runSeconds: 20 * 60 });
    expect(positionAt(segments, 99_999).runSeconds).toBe(20 * 60);
  });

  it('formats a countdown', () => {
    expect(clock(240)).toBe('4:00');
    expect(clock(59.2)).toBe('1:00');
    expect(clock(-3)).toBe('0:00');
  });
});
