import { phaseLabel } from '@/lib/phases';
import { dateTime, shortDate } from '@/lib/therapist/format';
import type { TimelineEntry } from '@/lib/therapist/timeline';

const ACTION_STYLE = {
  progress: 'border-green-700',
  repeat: 'border-slate-500',
  regress: 'border-amber-700',
  stop: 'border-red-700',
} as const;

function Entry({ entry }: { entry: TimelineEntry }) {
  switch (entry.kind) {
    case 'decision':
      return (
        <li className={`border-l-4 py-2 pl-3 ${ACTION_STYLE[entry.action]} ${entry.superseded ? 'opacity-90' : ''}`}>
          <p className="text-sm text-slate-700">
            Run of {shortDate(entry.runDate)} · {entry.reevaluation ? 'next-morning re-evaluation' : 'decision after the run'}
          </p>
          <p className="font-medium">
            {entry.superseded ? <span className="mr-2 rounded bg-slate-200 px-1.5 text-sm text-slate-900">Superseded</span> : null}
            {entry.superseded ? <s>{entry.headline}</s> : entry.headline}
          </p>
          <ul className="list-disc pl-6 text-sm">
            {entry.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {!entry.superseded && <p className="text-sm text-slate-700">{entry.next}</p>}
        </li>
      );
    case 'plan':
      return (
        <li className="border-l-4 border-brand-700 py-2 pl-3">
          <p className="text-sm text-slate-700">
            Plan from {shortDate(entry.startedOn)}
            {entry.byName ? ` · by ${entry.byName}` : ''}
          </p>
          <p className="font-medium">
            {phaseLabel(entry.phase)}
            {entry.phase === 'walk_run' ? ` from stage ${entry.startStage}` : ''}
          </p>
          {entry.reason && <p className="text-sm">{entry.reason}</p>}
          {entry.overrideReason && (
            <p className="text-sm">
              <strong>Override reason:</strong> {entry.overrideReason}
            </p>
          )}
        </li>
      );
    case 'settings':
      return (
        <li className="border-l-4 border-slate-400 py-2 pl-3">
          <p className="text-sm text-slate-700">
            {dateTime(entry.at)}
            {entry.byName ? ` · by ${entry.byName}` : ''}
          </p>
          <p className="font-medium">Rules changed</p>
          <p className="text-sm">{entry.summary}</p>
        </li>
      );
  }
}

/** Decisions with their rules in plain words, plan periods and settings changes, newest first. */
export function DecisionTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-slate-700">Nothing yet.</p>;
  return (
    <ol aria-label="Decisions and plan changes, newest first" className="space-y-2">
      {entries.map((entry) => (
        <Entry key={`${entry.kind}-${entry.id}`} entry={entry} />
      ))}
    </ol>
  );
}
