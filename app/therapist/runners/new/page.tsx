import type { Metadata } from 'next';
import { AddRunnerForm } from '@/components/therapist/add-runner-form';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { clinicDefaultPreset } from '@/lib/therapist/queries';

export const metadata: Metadata = { title: 'Add a runner' };

export default async function AddRunnerPage() {
  const therapist = await requireRole('therapist');
  const [defaultPreset, today] = await Promise.all([clinicDefaultPreset(therapist), localToday()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Add a runner</h1>
      <p className="mt-1 mb-6 max-w-2xl text-slate-700">
        The runner joins your caseload in foundation (strength before running) from today. You get a one-time link that lets them choose a password;
        it is emailed to them when email is set up.
      </p>
      <AddRunnerForm defaultPreset={defaultPreset} today={today} />
    </>
  );
}
