import type { Metadata } from 'next';
import { OpenAlerts } from '@/components/therapist/open-alerts';
import { requireRole } from '@/lib/auth';
import { openAlertsFor } from '@/lib/therapist/alerts';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage() {
  const therapist = await requireRole('therapist');
  const alerts = await openAlertsFor(therapist);
  const redFlags = alerts.filter((alert) => alert.redFlag).length;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Open alerts</h1>
      <p className="mt-1 mb-4 text-slate-700">
        {alerts.length === 0
          ? 'Nothing needs you right now.'
          : `${alerts.length} open ${alerts.length === 1 ? 'alert' : 'alerts'}, ${redFlags} with a red flag. Red flags come first, the longest waiting first.`}
      </p>
      <OpenAlerts alerts={alerts} showRunner headingLevel={2} emptyText="No open alerts." />
    </>
  );
}
