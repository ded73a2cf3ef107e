import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { SessionUser } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { IdleTimeoutWarning } from './idle-timeout-warning';
import { LocalDateCookie } from './local-date-cookie';
import { LogoMark } from './logo-mark';
import { RoleNav, TabBar, type NavItem } from './role-nav';

const ROLE_LABEL = { runner: 'Runner', therapist: 'Physical therapist', admin: 'Clinic admin' } as const;

/*
 * The runner's phone: a tab bar at the bottom, so the page keeps its bottom edge free of it by --sticky-bottom
 * (the tab bar's height plus the safe-area inset; 0 from md up, where the tabs move to the top). Sticky action
 * rows in forms sit at `bottom: var(--sticky-bottom, 0px)`.
 */
const TABBED = '[--sticky-bottom:calc(var(--spacing-tabbar)+env(safe-area-inset-bottom))] md:[--sticky-bottom:0px]';

/**
 * Every role's frame: the header (mark, clinic, who is signed in), the navigation, the main landmark. Staff pages
 * (`wide`) use the desktop's width for their tables; the runner's pages keep a reading column and, on a phone,
 * a bottom tab bar (`tabs`).
 */
export async function AppShell({
  user,
  nav,
  children,
  wide = false,
  tabs = false,
}: {
  user: SessionUser;
  nav: NavItem[];
  children: ReactNode;
  wide?: boolean;
  tabs?: boolean;
}) {
  const width = wide ? 'max-w-[96rem] px-4 sm:px-6 lg:px-8' : 'max-w-3xl px-4';
  return (
    <div className={tabs ? TABBED : undefined}>
      <LocalDateCookie serverToday={await localToday()} />
      <IdleTimeoutWarning endsInMs={user.msLeft} />
      <header className="border-b border-line bg-white">
        <div className={`mx-auto flex ${width} items-center justify-between gap-3 py-2.5`}>
          <div className="flex min-w-0 items-center gap-2.5">
            <LogoMark />
            <div className="min-w-0">
              <p className="leading-tight font-bold tracking-tight text-brand-800">Stride Back</p>
              <p className="truncate text-sm leading-tight text-ink-muted">{user.clinicName}</p>
            </div>
          </div>
          <div className="flex items-center gap-3">
            <p className="hidden text-right text-sm leading-tight sm:block">
              <span className="block font-medium">{user.name}</span>
              <span className="block text-ink-muted">{ROLE_LABEL[user.role]}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
        <RoleNav items={nav} className={`mx-auto ${width} ${tabs ? 'hidden md:block' : ''}`} />
      </header>
      <main id="main" className={`mx-auto ${width} py-6 ${tabs ? 'pb-[calc(var(--sticky-bottom)+2rem)]' : 'pb-10'}`}>
        {children}
      </main>
      {tabs && <TabBar items={nav} />}
    </div>
  );
}
