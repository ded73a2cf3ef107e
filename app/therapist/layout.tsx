import { AppShell } from '@/components/shell/app-shell';
import { requireRole } from '@/lib/auth';
import { openAlertCount } from '@/lib/therapist/queries';

export default async function TherapistLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole('therapist');
  const alerts = await openAlertCount(user);
  return (
    <AppShell
      user={user}
      wide
      nav={[
        { href: '/therapist', label: 'Caseload' },
        { href: '/therapist/alerts', label: 'Alerts', badge: alerts },
        { href: '/therapist/runners/new', label: 'Add runner' },
      ]}
    >
      {children}
    </AppShell>
  );
}
