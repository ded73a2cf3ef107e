import type { Metadata } from 'next';
import { AccountStatusControl } from '@/components/admin/account-status-control';
import { InviteStaffForm } from '@/components/admin/invite-staff-form';
import { ReassignRunnerForm } from '@/components/admin/reassign-runner-form';
import { SignInTime } from '@/components/admin/sign-in-time';
import { StaffPhoneForm } from '@/components/admin/staff-phone-form';
import { Card } from '@/components/ui/card';
import { clinicPeople, type Person } from '@/lib/admin/people/queries';
import { requireRole } from '@/lib/auth';

export const metadata: Metadata = { title: 'People' };

const ROLE_LABEL = { admin: 'Admin', therapist: 'Therapist', runner: 'Runner' } as const;

function Status({ person }: { person: Person }) {
  if (!person.active) return <span className="font-medium text-red-800">Deactivated</span>;
  if (person.invited) return <span className="text-amber-800">Invited, no password yet</span>;
  return <span>Active</span>;
}

const th = 'py-2 pr-3 text-left font-semibold';
const td = 'py-2 pr-3 align-middle';

export default async function PeoplePage() {
  const admin = await requireRole('admin');
  const people = await clinicPeople(admin);
  const staff = people.filter((p) => p.role !== 'runner');
  const runners = people.filter((p) => p.role === 'runner');
  // Only therapists who can sign in: an invitation not yet accepted is no one to hand a runner to.
  const activeTherapists = staff.filter((p) => p.role === 'therapist' && p.active && !p.invited).map((p) => ({ id: p.id, name: p.name }));
  const unavailableLabel = (therapistId: string) => (staff.find((p) => p.id === therapistId)?.active === false ? 'deactivated' : 'invitation not accepted');
  const therapistChoices = (runner: Person) =>
    runner.therapistId && !activeTherapists.some((t) => t.id === runner.therapistId)
      ? [{ id: runner.therapistId, name: `${runner.therapistName} (${unavailableLabel(runner.therapistId)})` }, ...activeTherapists]
      : activeTherapists;

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">People</h1>
      <p className="mt-1 text-slate-700">
        Accounts of {admin.clinicName}: {staff.length} staff and {runners.length} runners. Runners are invited by their therapist. A therapist’s work phone is offered to their runners whenever they are told to stop running.
      </p>

      <Card title="Invite a therapist or admin" className="mt-6">
        <p className="mb-3 text-sm text-slate-700">They get a one-time link to choose their password; it works for 7 days.</p>
        <InviteStaffForm />
      </Card>

      <Card title="Staff" className="mt-6">
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Staff accounts</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Email</th>
                <th scope="col" className={th}>Role</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>Last sign-in</th>
                <th scope="col" className={th}>Work phone</th>
                <th scope="col" className={th}>Account</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((person) => (
                <tr key={person.id} className="border-b border-slate-100" data-testid={`person-${person.email}`}>
                  <th scope="row" className={`${td} text-left font-medium`}>{person.name}</th>
                  <td className={td}>{person.email}</td>
                  <td className={td}>{ROLE_LABEL[person.role]}</td>
                  <td className={td}><Status person={person} /></td>
                  <td className={td}><SignInTime at={person.lastSignInAt} /></td>
                  <td className={td}>
                    <StaffPhoneForm userId={person.id} name={person.name} phone={person.phone} />
                  </td>
                  <td className={td}>
                    <AccountStatusControl key={String(person.active)} userId={person.id} name={person.name} active={person.active} invited={person.invited} self={person.id === admin.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="Runners" className="mt-6">
        <p className="mb-3 text-sm text-slate-700">Accounts and therapists only: clinical details stay with each runner’s therapist.</p>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Runner accounts and their therapists</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={th}>Name</th>
                <th scope="col" className={th}>Email</th>
                <th scope="col" className={th}>Status</th>
                <th scope="col" className={th}>Last sign-in</th>
                <th scope="col" className={th}>Therapist</th>
                <th scope="col" className={th}>Account</th>
              </tr>
            </thead>
            <tbody>
              {runners.map((person) => (
                <tr key={person.id} className="border-b border-slate-100" data-testid={`person-${person.email}`}>
                  <th scope="row" className={`${td} text-left font-medium`}>{person.name}</th>
                  <td className={td}>{person.email}</td>
                  <td className={td}><Status person={person} /></td>
                  <td className={td}><SignInTime at={person.lastSignInAt} /></td>
                  <td className={td}>
                    <ReassignRunnerForm runnerId={person.id} runnerName={person.name} therapistId={person.therapistId} therapists={therapistChoices(person)} />
                  </td>
                  <td className={td}>
                    <AccountStatusControl key={String(person.active)} userId={person.id} name={person.name} active={person.active} invited={person.invited} self={false} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
