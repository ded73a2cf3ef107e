'use client';

import Link from 'next/link';
import { useState } from 'react';
import { dateTime } from '@/lib/therapist/format';
import { ResolveAlertForm, type ResolvableAlert } from './resolve-alert-form';

export interface AlertView extends ResolvableAlert {
  kind: 'stop' | 'review' | 'concern';
  reasons: string[];
  message: string | null;
  createdAt: Date;
}

function title(alert: AlertView): string {
  if (alert.kind === 'stop') return 'Red flag: running paused';
  if (alert.kind === 'concern') return alert.redFlag ? 'Runner concern with a red flag' : 'Runner concern';
  return 'Review';
}

/**
 * Open alerts with their resolve forms. The confirmation lives here, above the list, because a resolved alert
 * leaves the list as soon as the page re-renders.
 */
export function OpenAlerts({ alerts, showRunner, headingLevel, emptyText }: { alerts: AlertView[]; showRunner: boolean; headingLevel: 2 | 3; emptyText: string }) {
  const [confirmation, setConfirmation] = useState('');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div>
      <div role="status" className="font-medium text-green-800">
        {confirmation}
      </div>
      {alerts.length === 0 ? (
        <p className="text-slate-700">{emptyText}</p>
      ) : (
        <ul className="space-y-4">
          {alerts.map((alert) => (
            <li key={alert.id} className={`rounded-card border border-l-8 bg-white p-4 shadow-card ${alert.redFlag ? 'border-red-700' : 'border-amber-700'}`}>
              <Heading className="text-lg font-semibold">
                {title(alert)}
                {showRunner ? (
                  <>
                    {' · '}
                    <Link href={`/therapist/runners/${alert.runner.id}`} className="text-brand-800 underline">
                      {alert.runner.name}
                    </Link>
                  </>
                ) : null}
              </Heading>
              <p className="text-sm text-slate-700">Raised {dateTime(alert.createdAt)}</p>
              {alert.reasons.length > 0 && (
                <ul className="mt-2 list-disc pl-6">
                  {alert.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
              {alert.message && (
                <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 italic">
                  <span className="sr-only">The runner wrote: </span>
                  {alert.message}
                </blockquote>
              )}
              <details open={!showRunner} className="mt-2">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Resolve this alert</summary>
                <ResolveAlertForm alert={alert} title={`${title(alert)} (raised ${dateTime(alert.createdAt)})`} onResolved={setConfirmation} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
