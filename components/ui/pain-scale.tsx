import type { ReactNode } from 'react';
import { painBand, PAIN_HEX } from './pain-level';
import { RadioGroup, type RadioOption } from './radio-group';

// Checked: the score's own colour fills the option (white text ≥ 4.5:1) and a dark ring marks it, so the choice
// shows by shape and contrast as well as hue. Unchecked: a white option with a bar of its colour along the bottom.
const CHECKED = 'peer-checked:text-white peer-checked:ring-2 peer-checked:ring-ink peer-checked:ring-offset-2';

type Scale = 'pain' | 'effort';

/** Effort (RPE, CR10) in the app's words: easy is 4 or less, so 1–4 stay on the calm end of the colours. */
const EFFORT_WORD = ['rest', 'easy', 'easy', 'easy', 'easy', 'hard', 'hard', 'very hard', 'very hard', 'very hard', 'very hard'] as const;
const EFFORT_COLOUR = [0, 1, 2, 3, 3, 5, 6, 7, 8, 9, 10] as const;

const BANDS: Record<Scale, { word: string; range: string; from: number; to: number }[]> = {
  pain: [
    { word: 'none', range: '0', from: 0, to: 0 },
    { word: 'mild', range: '1–3', from: 1, to: 3 },
    { word: 'moderate', range: '4–6', from: 4, to: 6 },
    { word: 'severe', range: '7–10', from: 7, to: 10 },
  ],
  effort: [
    { word: 'rest', range: '0', from: 0, to: 0 },
    { word: 'easy', range: '1–4', from: 1, to: 3 },
    { word: 'hard', range: '5–6', from: 5, to: 6 },
    { word: 'very hard', range: '7–10', from: 7, to: 10 },
  ],
};

function options(scale: Scale): RadioOption[] {
  return Array.from({ length: 11 }, (_, n) => {
    const colour = scale === 'pain' ? n : EFFORT_COLOUR[n]!;
    return {
      value: String(n),
      label: (
        <>
          <span className="numeral text-xl leading-none font-bold">{n}</span>
          {/* The radio's name stays its number; the words are read once, from the key in the group's description. */}
          <span className="mt-1 text-[11px] leading-none font-medium tracking-tight" aria-hidden="true">{scale === 'pain' ? painBand(n) : EFFORT_WORD[n]}</span>
        </>
      ),
      className: `px-0.5 pt-2 pb-1.5 border border-slate-400 border-b-[6px] ${bottomBar(colour)} bg-white text-ink peer-hover:bg-slate-50 ${CHECKED} ${checkedFill(colour)}`,
    };
  });
}

const OPTIONS: Record<Scale, readonly RadioOption[]> = { pain: options('pain'), effort: options('effort') };

/** Literal bottom-border colours: the bar of each score's colour under an unchecked option. */
function bottomBar(n: number): string {
  return [
    'border-b-pain-0',
    'border-b-pain-1',
    'border-b-pain-2',
    'border-b-pain-3',
    'border-b-pain-4',
    'border-b-pain-5',
    'border-b-pain-6',
    'border-b-pain-7',
    'border-b-pain-8',
    'border-b-pain-9',
    'border-b-pain-10',
  ][n]!;
}

/** Literal peer-checked fills (Tailwind only finds whole class names). */
function checkedFill(n: number): string {
  return [
    'peer-checked:bg-pain-0',
    'peer-checked:bg-pain-1',
    'peer-checked:bg-pain-2',
    'peer-checked:bg-pain-3',
    'peer-checked:bg-pain-4',
    'peer-checked:bg-pain-5',
    'peer-checked:bg-pain-6',
    'peer-checked:bg-pain-7',
    'peer-checked:bg-pain-8',
    'peer-checked:bg-pain-9',
    'peer-checked:bg-pain-10',
  ][n]!;
}

interface ScaleProps {
  id: string;
  name: string;
  legend: ReactNode;
  /** What 0 and 10 mean, read with the question. */
  anchors?: string;
  error?: string | undefined;
  defaultValue?: string | undefined;
  /** Pain (none / mild / moderate / severe) or effort (rest / easy / hard / very hard); `rpe` fields default to effort. */
  scale?: Scale;
}

/** The colour key under the scale: each band's numbers and word on its colour, drawn once for every scale. */
function BandKey({ scale }: { scale: Scale }) {
  const bands = BANDS[scale];
  return (
    <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-ink-muted">
      {bands.map((band, i) => (
        <span key={band.word} className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-2.5 w-5 rounded-sm" style={{ background: `linear-gradient(90deg, ${PAIN_HEX[band.from]}, ${PAIN_HEX[band.to]})` }} />
          <span className="sr-only">{i === 0 ? '. ' : ', '}</span>
          {band.range} {band.word}
        </span>
      ))}
    </span>
  );
}

/**
 * A 0–10 score as eleven large radio buttons: tap or use the arrow keys, no dragging. Each option shows its
 * number, its word (none / mild / moderate / severe) and its colour, from green through amber to red.
 */
export function PainScale({ id, name, legend, anchors = '0 = no pain, 10 = worst pain imaginable', error, defaultValue, scale = name === 'rpe' ? 'effort' : 'pain' }: ScaleProps) {
  return (
    <RadioGroup
      id={id}
      name={name}
      legend={legend}
      hint={
        <>
          {anchors}
          <BandKey scale={scale} />
        </>
      }
      options={OPTIONS[scale]}
      error={error}
      defaultValue={defaultValue}
      columns="grid-cols-6 sm:grid-cols-11"
    />
  );
}
