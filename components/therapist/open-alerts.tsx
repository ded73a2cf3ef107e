'use client';

import Link from 'next/link';
import { Confirmation, useActionForm } from '@/components/ui/form';
import { resolveAlert } from '@/lib/therapist/alert-actions';
import { dateTime } from '@/lib/therapist/format';
import { ResolveAlertForm, type ResolvableAlert } from './resolve-alert-form';

export interface AlertView extends ResolvableAlert {
  kind: 'stop' | 'review' | 'concern';
  reasons: string[];
  /** Rules outranked by the deciding red flag: folded under the reasons. */
  alsoChecked?: string[];
  message: string | null;
  createdAt: Date;
}

function title(alert: AlertView): string {
  if (alert.kind === 'stop') return 'Red flag: running paused';
  if (alert.kind === 'concern') return alert.redFlag ? 'Runner concern with a red flag' : 'Runner concern';
  return 'Review';
}

/**
 * Open alerts with their resolve forms. The action state and the confirmation live here, above the list, because a
 * resolved alert leaves the list as soon as the page re-renders (with JavaScript, or after a post without it); with
 * JavaScript the confirmation takes focus, so it is never left off-screen.
 */
export function OpenAlerts({ alerts, showRunner, headingLevel, emptyText }: { alerts: AlertView[]; showRunner: boolean; headingLevel: 2 | 3; emptyText: string }) {
  const form = useActionForm(resolveAlert);
  const { state } = form;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div>
      <Confirmation focusKey={state.status === 'ok' ? state : null} className="scroll-mt-24">
        {state.status === 'ok' ? <p className="mb-4">{state.data.message}</p> : null}
      </Confirmation>
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
              {alert.alsoChecked && alert.alsoChecked.length > 0 && (
                <details className="mt-1 text-sm">
                  <summary className="inline-flex min-h-6 cursor-pointer items-center text-brand-800 underline">Also matched on that run ({alert.alsoChecked.length}), outranked by the red flag</summary>
                  <ul className="list-disc pl-6">
                    {alert.alsoChecked.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </details>
              )}
              {alert.message && (
                <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 italic">
                  <span className="sr-only">The runner wrote: </span>
                  {alert.message}
                </blockquote>
              )}
              <details open={!showRunner || (state.status === 'error' && state.values?.alertId === alert.id)} className="mt-2">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800">Resolve this alert</summary>
                <ResolveAlertForm alert={alert} title={`${title(alert)} (raised ${dateTime(alert.createdAt)})`} form={form} />
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
