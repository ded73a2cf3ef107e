import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth';

const NAV = [
  { href: '/runner', label: 'Today' },
  { href: '/runner/log', label: 'Log' },
  { href: '/runner/progress', label: 'Progress' },
  { href: '/runner/concern', label: 'Report a concern' },
];

export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('runner');
  return (
    <AppShell user={user} nav={NAV}>
      {children}
    </AppShell>
  );
}
