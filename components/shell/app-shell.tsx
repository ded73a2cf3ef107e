import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { SessionUser } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { IdleTimeoutWarning } from './idle-timeout-warning';
import { LocalDateCookie } from './local-date-cookie';
import { RoleNav, type NavItem } from './role-nav';

const ROLE_LABEL = { runner: 'Runner', therapist: 'Physical therapist', admin: 'Clinic admin' } as const;

export async function AppShell({ user, nav, children, wide = false }: { user: SessionUser; nav: NavItem[]; children: ReactNode; wide?: boolean }) {
  const width = wide ? 'max-w-6xl' : 'max-w-3xl';
  return (
    <>
      <LocalDateCookie serverToday={await localToday()} />
      <IdleTimeoutWarning endsInMs={user.msLeft} />
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex ${width} flex-wrap items-center justify-between gap-3 px-4 py-3`}>
          <div>
            <p className="font-semibold text-brand-800">Stride Back</p>
            <p className="text-sm text-slate-700">{user.clinicName}</p>
          </div>
          <div className="flex items-center gap-3">
            <p className="text-right text-sm">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-slate-700">{ROLE_LABEL[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
        <RoleNav items={nav} className={`mx-auto ${width} px-4`} />
      </header>
      <main id="main" className={`mx-auto ${width} px-4 py-6`}>
        {children}
      </main>
    </>
  );
}
