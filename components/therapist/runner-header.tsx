import { AdherenceBadge } from '@/components/plan/adherence-badge';
import type { RunnerRecord } from '@/lib/therapist/runner-record';
import { phaseAndStage, PRESET_LABEL, shortDate, SIDE_LABEL } from '@/lib/therapist/format';
import { AdherenceSparkline } from './adherence-sparkline';

function Item({ term, children, className = '' }: { term: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 ${className}`}>
      <dt className="text-eyebrow font-semibold tracking-wide text-ink-muted uppercase">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}

/** This calendar week's run minutes against what bounds them (the 10 % cap, or the ladder). */
function weekText(record: RunnerRecord): string {
  const week = record.volume.at(-1);
  const minutes = week?.minutes ?? 0;
  if (week?.pacing === 'cap' && week.cap !== null) return `${minutes} of ${Math.floor(week.cap)} min run`;
  return `${minutes} min run${week?.pacing === 'ladder' ? ' (ladder paces)' : ''}`;
}

/**
 * The runner at a glance, kept in view while the therapist scrolls on a desktop (sticky from lg; on a phone
 * it scrolls away, as the screen is too short to spare). The page sets scroll-padding so nothing focused hides
 * under it.
 */
export function RunnerHeader({ record }: { record: RunnerRecord }) {
  const { profile, settings, account } = record;
  const alerts = record.openAlerts;
  const redFlags = alerts.filter((alert) => alert.redFlag).length;
  return (
    <header className="z-20 -mx-4 border-b border-slate-200 bg-white px-4 py-3 shadow-sm lg:sticky lg:top-0">
      <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-4 gap-y-1">
          <h1 className="text-2xl font-semibold">{record.runnerName}</h1>
          <p className="text-slate-800">
            {profile.injuryType} ({SIDE_LABEL[profile.injurySide]})
            {profile.injuryDate ? `, since ${shortDate(profile.injuryDate)}` : ''}
          </p>
        </div>
        <p className="flex flex-wrap gap-x-4 text-sm">
          <span className="sr-only">Contact: </span>
          <a href={`mailto:${account.email}`} className="inline-flex min-h-6 items-center text-brand-800 underline">
            <span className="sr-only">Email </span>
            {account.email}
          </a>
          {account.phone && (
            <a href={`tel:${account.phone.replace(/[^\d+]/g, '')}`} className="inline-flex min-h-6 items-center text-brand-800 underline">
              <span className="sr-only">Phone </span>
              {account.phone}
            </a>
          )}
        </p>
      </div>
      <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-2 sm:grid-cols-3 lg:grid-cols-[repeat(4,auto)_1fr] lg:gap-x-8">
        <Item term="Phase">
          <span data-testid="runner-plan-phase">{phaseAndStage(profile.phase, profile.stage)}</span>
        </Item>
        <Item term="This week">{weekText(record)}</Item>
        <Item term="Open alerts">
          {alerts.length === 0 ? (
            'None'
          ) : (
            <a href="#alerts-heading" className={`underline ${redFlags > 0 ? 'text-red-800' : 'text-amber-900'}`}>
              {alerts.length} open{redFlags > 0 ? ` · ${redFlags} red flag${redFlags > 1 ? 's' : ''}` : ''}
            </a>
          )}
        </Item>
        <Item term="Adherence, 14 days">
          <span className="flex flex-wrap items-center gap-2">
            <AdherenceBadge adherence={record.adherence} />
            <AdherenceSparkline weeks={record.adherenceTrend} />
          </span>
        </Item>
        <Item term="Pain preset" className="col-span-2 sm:col-span-1">
          {PRESET_LABEL[profile.preset]}
          <span className="font-normal text-slate-700">
            {' '}
            · allowance {settings.painAllowance}/10{settings.painMayRise ? ', may rise if settled next morning' : ''}
          </span>
        </Item>
      </dl>
      <p className="mt-1 text-sm text-slate-700">
        With {record.therapistName}
        {record.openPlan ? ` · this phase since ${shortDate(record.openPlan.startedOn)}` : ''} · sessions of {settings.sessionMinutes} min, at most{' '}
        {settings.maxRunDaysPerWeek} run days a week · weekly goal {profile.goalWeeklyMinutes} min ·{' '}
        {account.invitationPending ? 'invitation not accepted yet' : 'account active'}
      </p>
    </header>
  );
}
