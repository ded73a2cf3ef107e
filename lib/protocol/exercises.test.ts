import { describe, expect, it } from 'vitest';
import { EXERCISE_HOW_TO, EXERCISE_IDS, FOUNDATION_EXERCISES, howToOf } from './exercises';

describe('exercise how-to cues', () => {
  it('cover every exercise of the catalogue, and nothing else', () => {
    expect(Object.keys(EXERCISE_HOW_TO).sort()).toEqual([...EXERCISE_IDS].sort());
  });

  for (const exercise of FOUNDATION_EXERCISES) {
    it(`${exercise.name}: 2–4 short cues in plain sentences, one of them when to stop`, () => {
      const { steps, stopIf } = howToOf(exercise.id);
      const cues = [...steps, stopIf];
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(cues.length).toBeLessThanOrEqual(4);
      expect(stopIf).toMatch(/^Stop if /);
      expect(new Set(cues).size).toBe(cues.length);
      for (const cue of cues) {
        expect(cue, cue).toMatch(/^[A-Z].*\.$/);
        expect(cue.length, cue).toBeLessThanOrEqual(110);
        expect(cue, cue).not.toMatch(/\s{2}|TODO/);
      }
    });
  }

  it('never tell a runner to push through pain', () => {
    for (const { steps, stopIf } of Object.values(EXERCISE_HOW_TO)) {
      for (const cue of [...steps, stopIf]) expect(cue).not.toMatch(/through (the )?pain|no pain,? no gain|ignore/i);
      expect(stopIf).toMatch(/pain|hurts/);
    }
  });
});
