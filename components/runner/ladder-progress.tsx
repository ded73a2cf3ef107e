import { ProgressRing } from '@/components/ui/progress-ring';

const STAGES = [1, 2, 3, 4, 5, 6, 7, 8];

/** The walk-run ladder: a ring with the stage as a big number, the eight rungs as steps, and its words beside them. */
export function LadderProgress({ value, text, phaseLabel }: { value: number; text: string; phaseLabel: string }) {
  return (
    <div className="flex items-center gap-4">
      <ProgressRing value={value} max={8} size={104}>
        <span className="numeral text-metric text-ink">{value}</span>
        <span className="text-sm font-medium text-ink-muted">of 8</span>
      </ProgressRing>
      <div className="min-w-0 grow">
        <p id="ladder-label" className="text-lg leading-snug font-semibold">
          {text}
        </p>
        <progress aria-labelledby="ladder-label" max={8} value={value} className="sr-only" />
        <ol className="mt-2 flex gap-1" aria-hidden="true">
          {STAGES.map((stage) => (
            <li
              key={stage}
              className={`flex h-6 grow items-center justify-center rounded text-xs font-semibold ${stage <= value ? 'bg-brand-700 text-white' : 'bg-brand-50 text-ink-muted'} ${stage === value ? 'ring-2 ring-brand-900 ring-offset-1' : ''}`}
            >
              {stage}
            </li>
          ))}
        </ol>
        <p className="mt-2 text-sm text-ink-muted">Phase: {phaseLabel}</p>
      </div>
    </div>
  );
}
