import type { DecisionHistoryItem } from '@/lib/runner/queries';

/**
 * Every decision about the runner's runs, newest first, in plain words: the reason that decided first, the ones it
 * outranked folded; a decision a check-in replaced says so.
 */
export function DecisionHistory({ items }: { items: DecisionHistoryItem[] }) {
  if (items.length === 0) return <p className="text-slate-700">No runs decided yet: each run you log gets a decision here.</p>;
  return (
    <ol className="space-y-3">
      {items.map((item) => (
        <li key={item.id} className={`rounded-xl border p-3 ${item.superseded ? 'border-line bg-surface-sunken' : 'border-line bg-white'}`}>
          <p className="text-sm text-slate-700">
            Run on {item.runDateLabel}
            {item.phase === 'walk_run' ? ` (stage ${item.fromStage})` : ''} · {item.source === 'check_in' ? 'after your morning check-in' : 'after the run'}
          </p>
          <p className="mt-1 text-sm font-semibold uppercase tracking-wide text-slate-800">{item.view.actionLabel}</p>
          <p className="font-semibold">{item.view.headline}</p>
          {item.superseded && <p className="text-sm font-medium text-slate-800">Replaced by your morning check-in (kept for the record).</p>}
          <ul className="mt-1 list-disc pl-5 text-sm">
            {item.view.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {item.view.alsoChecked.length > 0 && (
            <details className="mt-1 text-sm">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-slate-800 underline">Also checked ({item.view.alsoChecked.length})</summary>
              <ul className="mt-1 list-disc pl-5">
                {item.view.alsoChecked.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
