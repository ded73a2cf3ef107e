import type { RunnerRecord } from '@/lib/therapist/runner-record';
import { phaseAndStage, PRESET_LABEL, shortDate, SIDE_LABEL } from '@/lib/therapist/format';

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-eyebrow font-semibold tracking-wide text-ink-muted uppercase">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

export function RunnerHeader({ record }: { record: RunnerRecord }) {
  const { profile, settings } = record;
  return (
    <header className="rounded-card border border-line bg-white p-4 shadow-card sm:p-5">
      <h1 className="text-3xl font-bold tracking-tight">{record.runnerName}</h1>
      <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2 lg:grid-cols-4 2xl:grid-cols-7">
        <Item term="Injury">
          {profile.injuryType} ({SIDE_LABEL[profile.injurySide]})
          {profile.injuryDate ? `, since ${shortDate(profile.injuryDate)}` : ''}
        </Item>
        <Item term="Phase">
          <span data-testid="runner-plan-phase">{phaseAndStage(profile.phase, profile.stage)}</span>
          {record.openPlan ? <span className="block text-sm font-normal text-slate-700">since {shortDate(record.openPlan.startedOn)}</span> : null}
        </Item>
        <Item term="Pain preset">
          {PRESET_LABEL[profile.preset]}
          <span className="block text-sm font-normal text-slate-700">
            allowance {settings.painAllowance}/10{settings.painMayRise ? ', may rise if settled next morning' : ''}
          </span>
        </Item>
        <Item term="Physical therapist">{record.therapistName}</Item>
        <Item term="Sessions">
          {settings.sessionMinutes} min, at most {settings.maxRunDaysPerWeek} run days a week
        </Item>
        <Item term="Weekly goal">{profile.goalWeeklyMinutes} min of running</Item>
        <Item term="Account">{record.account.invitationPending ? 'Invitation not accepted yet' : `Active (${record.account.email})`}</Item>
      </dl>
    </header>
  );
}
