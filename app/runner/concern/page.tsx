import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConcernForm } from '@/components/runner/concern-form';
import { requireRole } from '@/lib/auth';
import { therapistNameFor } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Report a concern' };

export default async function ConcernPage() {
  const runner = await requireRole('runner');
  const therapistName = await therapistNameFor(runner);
  if (!therapistName) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Report a concern</h1>
      <p className="mt-1 text-slate-700">A new pain, a niggle, anything that worries you: it goes straight to {therapistName}, on any day.</p>
      <div className="mt-6">
        <ConcernForm therapistName={therapistName} />
      </div>
    </>
  );
}
