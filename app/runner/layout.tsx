import { AppShell } from '@/components/shell/app-shell';
import type { NavItem } from '@/components/shell/role-nav';
import { requireRole } from '@/lib/auth';

const NAV: NavItem[] = [
  { href: '/runner', label: 'Today', icon: 'today' },
  { href: '/runner/log', label: 'Log', icon: 'log' },
  { href: '/runner/progress', label: 'Progress', icon: 'progress' },
  { href: '/runner/concern', label: 'Report a concern', short: 'Concern', icon: 'concern' },
];

export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('runner');
  return (
    <AppShell user={user} nav={NAV} tabs>
      {children}
    </AppShell>
  );
}
