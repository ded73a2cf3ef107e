'use client';

import { useEffect, useId, useRef } from 'react';
import type { DecisionView } from '@/lib/runner/decision-view';
import { CareContact } from './care-contact';

const TONE = {
  progress: 'border-green-700 bg-green-50',
  repeat: 'border-amber-600 bg-amber-50',
  regress: 'border-amber-700 bg-amber-50',
  stop: 'border-red-700 bg-red-50',
} as const;

const STILL_FINE = ['Strength exercises', 'Mobility and stability work', 'Low-impact cross-training: cycling, swimming or the elliptical'];

/** A decision in plain words: what was decided, why, and what happens next. Focused when it appears, so it is read out. */
export function DecisionSummary({ view, title, focusOnMount = false, headingLevel = 2 }: { view: DecisionView; title?: string; focusOnMount?: boolean; headingLevel?: 2 | 3 }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className={`rounded-card border-l-8 p-4 ${TONE[view.action]}`} data-testid="decision">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-800">{title ?? `Decision: ${view.actionLabel}`}</p>
      <Heading id={headingId} ref={heading} tabIndex={-1} className="mt-1 text-xl font-semibold text-slate-900">
        {view.headline}
      </Heading>
      {view.reasons.length > 0 && (
        <>
          <p className="mt-3 font-medium">Why</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {view.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {view.alsoChecked.length > 0 && (
            <details className="mt-1">
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-slate-800 underline">Also checked ({view.alsoChecked.length})</summary>
              <p className="text-sm text-slate-800">These were noticed too, but the reason above is what decided your next run.</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {view.alsoChecked.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <p className="mt-3 font-medium">What happens next</p>
      <p className="mt-1">{view.next}</p>
      {view.stopped && (
        <>
          <p className="mt-3 font-medium">What you can still do</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {STILL_FINE.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {view.stopped && view.contact && <CareContact contact={view.contact} className="mt-4" />}
    </section>
  );
}
