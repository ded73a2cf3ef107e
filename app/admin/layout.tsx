import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth';

const ADMIN_NAV = [
  { href: '/admin', label: 'Reports' },
  { href: '/admin/people', label: 'People' },
  { href: '/admin/settings', label: 'Clinic settings' },
  { href: '/admin/audit', label: 'Audit log' },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('admin');
  return (
    <AppShell user={user} wide nav={ADMIN_NAV}>
      {children}
    </AppShell>
  );
}
