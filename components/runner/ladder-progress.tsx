/** The walk-run ladder as a progress bar with its words beside it. */
export function LadderProgress({ value, text, phaseLabel }: { value: number; text: string; phaseLabel: string }) {
  return (
    <div>
      <p id="ladder-label" className="text-lg font-medium">
        {text}
      </p>
      <progress
        aria-labelledby="ladder-label"
        max={8}
        value={value}
        className="mt-2 h-4 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-700"
      />
      <p className="mt-1 text-sm text-slate-700">Phase: {phaseLabel}</p>
    </div>
  );
}
