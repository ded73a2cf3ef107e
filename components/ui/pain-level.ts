/** The four words of the 0–10 pain scale; the number and the word always go with the colour. */
export type PainBand = 'none' | 'mild' | 'moderate' | 'severe';

export function painBand(score: number): PainBand {
  if (score <= 0) return 'none';
  if (score <= 3) return 'mild';
  if (score <= 6) return 'moderate';
  return 'severe';
}

/** Literal class names (Tailwind only finds whole strings): the fill of each score, white text on it ≥ 4.5:1. */
export const PAIN_FILL = [
  'bg-pain-0',
  'bg-pain-1',
  'bg-pain-2',
  'bg-pain-3',
  'bg-pain-4',
  'bg-pain-5',
  'bg-pain-6',
  'bg-pain-7',
  'bg-pain-8',
  'bg-pain-9',
  'bg-pain-10',
] as const;

/** The same colours as text or borders on white (each ≥ 4.5:1). */
export const PAIN_TEXT = [
  'text-pain-0',
  'text-pain-1',
  'text-pain-2',
  'text-pain-3',
  'text-pain-4',
  'text-pain-5',
  'text-pain-6',
  'text-pain-7',
  'text-pain-8',
  'text-pain-9',
  'text-pain-10',
] as const;

export const PAIN_TINT: Record<PainBand, string> = {
  none: 'bg-pain-none-tint',
  mild: 'bg-pain-mild-tint',
  moderate: 'bg-pain-moderate-tint',
  severe: 'bg-pain-severe-tint',
};

/** The hex of each score, for SVG fills drawn on the server (the same values as the theme). */
export const PAIN_HEX = ['#15803d', '#3d7a14', '#527a0c', '#667408', '#a16207', '#b45309', '#c2410c', '#c0262d', '#b91c1c', '#991b1b', '#7f1d1d'] as const;

const clamp = (score: number) => Math.min(10, Math.max(0, Math.round(score)));

export const painFill = (score: number) => PAIN_FILL[clamp(score)];
export const painText = (score: number) => PAIN_TEXT[clamp(score)];
export const painHex = (score: number) => PAIN_HEX[clamp(score)];
