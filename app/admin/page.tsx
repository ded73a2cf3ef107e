import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { clinicOverview } from '@/lib/admin/queries';
import { requireRole } from '@/lib/auth';
import { phaseLabel } from '@/lib/phases';

export const metadata: Metadata = { title: 'Clinic overview' };

export default async function AdminHome() {
  const admin = await requireRole('admin');
  const overview = await clinicOverview(admin);
  return (
    <>
      <h1 className="text-2xl font-semibold">{admin.clinicName}</h1>
      <p className="mt-1 text-slate-700">
        <strong data-testid="clinic-runner-count">{overview.runners}</strong> runners · <strong>{overview.therapists}</strong> active therapists
      </p>
      <Card title="Runners by phase" className="mt-6">
        <table className="w-full text-left">
          <caption className="sr-only">Number of runners in each phase</caption>
          <thead>
            <tr className="border-b border-slate-200">
              <th scope="col" className="py-2">Phase</th>
              <th scope="col" className="py-2 text-right">Runners</th>
            </tr>
          </thead>
          <tbody>
            {overview.byPhase.map((row) => (
              <tr key={row.phase} className="border-b border-slate-100">
                <td className="py-2">{phaseLabel(row.phase)}</td>
                <td className="py-2 text-right font-medium">{row.runners}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
