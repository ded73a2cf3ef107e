import { phaseLabel } from '@/lib/phases';
import { dateTime, shortDate } from '@/lib/therapist/format';
import type { TimelineEntry } from '@/lib/therapist/timeline';

const ACTION_STYLE = {
  progress: 'border-green-700',
  repeat: 'border-slate-500',
  regress: 'border-amber-700',
  stop: 'border-red-700',
} as const;

/** Entries shown at once; older ones are folded under "Older entries". */
const SHOWN = 6;

type DecisionEntry = Extract<TimelineEntry, { kind: 'decision' }>;

/** The deciding rule leads; further reasons for the same action follow; the rules it outranked are folded. */
function DecisionRules({ entry }: { entry: DecisionEntry }) {
  const [decidedBy, ...more] = entry.reasons;
  return (
    <>
      {decidedBy && (
        <p className="text-sm">
          <span className="font-medium">Decided by: </span>
          {decidedBy}
        </p>
      )}
      {more.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {more.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {entry.alsoChecked.length > 0 && (
        <details className="text-sm">
          <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-800 underline">Also matched ({entry.alsoChecked.length}), outranked</summary>
          <p className="text-slate-700">These rules matched too; the deciding rule comes first in the table, so they were recorded but not applied.</p>
          <ul className="list-disc pl-5">
            {entry.alsoChecked.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function Entry({ entry, runnerName }: { entry: TimelineEntry; runnerName: string }) {
  switch (entry.kind) {
    case 'decision':
      return (
        <li className={`border-l-4 py-1.5 pl-3 ${ACTION_STYLE[entry.action]}`}>
          <p className="text-xs text-slate-700">
            Run of {shortDate(entry.runDate)} · {entry.reevaluation ? 'next-morning re-evaluation' : 'decision after the run'}
          </p>
          <p className="font-medium">
            {entry.superseded ? <span className="mr-2 rounded bg-slate-200 px-1.5 text-sm text-slate-900">Superseded</span> : null}
            {entry.superseded ? <s>{entry.headline}</s> : entry.headline}
          </p>
          <DecisionRules entry={entry} />
          {!entry.superseded && <p className="text-sm text-slate-700">{entry.next}</p>}
        </li>
      );
    case 'runner_note':
      return (
        <li className="border-l-4 border-sky-700 bg-sky-50 py-1.5 pl-3 pr-2">
          <p className="text-xs text-slate-700">
            {shortDate(entry.day)} · {entry.context}
          </p>
          {/* The runner's own words, rendered as text (React escapes them). */}
          <blockquote className="whitespace-pre-line text-sm">
            <span className="font-medium">{runnerName} wrote: </span>
            {entry.text}
          </blockquote>
        </li>
      );
    case 'plan':
      return (
        <li className="border-l-4 border-brand-700 py-1.5 pl-3">
          <p className="text-xs text-slate-700">
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
        <li className="border-l-4 border-slate-400 py-1.5 pl-3">
          <p className="text-xs text-slate-700">
            {dateTime(entry.at)}
            {entry.byName ? ` · by ${entry.byName}` : ''}
          </p>
          <p className="font-medium">Rules changed</p>
          <p className="text-sm">{entry.summary}</p>
        </li>
      );
  }
}

const key = (entry: TimelineEntry) => `${entry.kind}-${entry.id}`;

/**
 * Decisions with their deciding rule first, plan periods, settings changes and the runner's own notes and
 * concerns, newest first; the newest few shown, the rest folded.
 */
export function DecisionTimeline({ entries, runnerName }: { entries: TimelineEntry[]; runnerName: string }) {
  if (entries.length === 0) return <p className="text-slate-700">Nothing yet.</p>;
  const older = entries.slice(SHOWN);
  return (
    <>
      <ol aria-label="Decisions and plan changes, with the runner’s notes, newest first" className="space-y-2">
        {entries.slice(0, SHOWN).map((entry) => (
          <Entry key={key(entry)} entry={entry} runnerName={runnerName} />
        ))}
      </ol>
      {older.length > 0 && (
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800 underline">Older entries ({older.length})</summary>
          <ol aria-label="Older decisions, plan changes and notes" className="space-y-2">
            {older.map((entry) => (
              <Entry key={key(entry)} entry={entry} runnerName={runnerName} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}
