import { painBand, painText, PAIN_TINT } from './pain-level';

/** A pain score as a chip: its number, its word and its colour (the words carry it without the colour). */
export function PainChip({ score, label }: { score: number; label?: string }) {
  const band = painBand(score);
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-sm whitespace-nowrap ${PAIN_TINT[band]} ${painText(score)}`}>
      {label && <span className="text-ink-muted">{label}</span>}
      <span className="numeral font-bold">{score}</span>
      <span className="font-medium">{band}</span>
    </span>
  );
}
