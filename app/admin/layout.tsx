import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('admin');
  return (
    <AppShell user={user} wide nav={[{ href: '/admin', label: 'Overview' }]}>
      {children}
    </AppShell>
  );
}
