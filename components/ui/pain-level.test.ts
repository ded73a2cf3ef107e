import { describe, expect, it } from 'vitest';
import { painBand, painFill, painHex, PAIN_HEX } from './pain-level';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('the pain scale', () => {
  it('names every score with the clinical bands: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe', () => {
    expect(Array.from({ length: 11 }, (_, n) => painBand(n))).toEqual([
      'none', 'mild', 'mild', 'mild', 'moderate', 'moderate', 'moderate', 'severe', 'severe', 'severe', 'severe',
    ]);
  });

  it('gives every score a colour that carries white text and reads as text on white at 4.5:1 or more', () => {
    expect(PAIN_HEX).toHaveLength(11);
    for (const hex of PAIN_HEX) expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the theme in step with the hex values', async () => {
    const { readFileSync } = await import('node:fs');
    const css = readFileSync(new URL('../../app/globals.css', import.meta.url), 'utf8');
    PAIN_HEX.forEach((hex, n) => expect(css).toContain(`--color-pain-${n}: ${hex};`));
  });

  it('clamps and rounds out-of-range scores', () => {
    expect(painFill(-2)).toBe('bg-pain-0');
    expect(painFill(12)).toBe('bg-pain-10');
    expect(painHex(6.6)).toBe(PAIN_HEX[7]);
  });
});
