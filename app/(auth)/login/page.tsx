import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { LogoMark } from '@/components/shell/logo-mark';
import { getCurrentUser, HOME_BY_ROLE } from '@/lib/auth';
import { sameOriginPath } from '@/lib/auth/redirect-target';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ from?: string | string[]; welcome?: string; expired?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const { from, welcome, expired } = await searchParams;
  // Only a path on this site is followed after sign-in, never another origin (the action checks it again).
  const next = sameOriginPath(typeof from === 'string' ? from : null, env().NEXTAUTH_URL ?? 'http://localhost');
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-10">
      <p className="flex items-center gap-2.5 text-lg font-bold tracking-tight text-brand-800">
        <LogoMark size={40} />
        Stride Back
      </p>
      <h1 className="mt-6 text-3xl font-bold tracking-tight">Sign in</h1>
      <p className="mt-1 text-slate-700">Your return-to-running plan, guided by your physical therapist.</p>
      {expired && (
        <p role="status" className="mt-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          You were signed out after a period of inactivity. Sign in again to continue.
        </p>
      )}
      {welcome && (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          Your password is set. Sign in to continue.
        </p>
      )}
      <LoginForm from={next} />
    </main>
  );
}
