import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth';

export default async function RunnerLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('runner');
  return (
    <AppShell user={user} nav={[{ href: '/runner', label: 'Today' }]}>
      {children}
    </AppShell>
  );
}
