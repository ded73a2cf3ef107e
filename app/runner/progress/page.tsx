import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PainTrendChart } from '@/components/charts/pain-trend-chart';
import { WeeklyMinutesChart } from '@/components/charts/weekly-minutes-chart';
import { AdherenceSummary } from '@/components/plan/adherence-summary';
import { DecisionHistory } from '@/components/runner/decision-history';
import { LadderProgress } from '@/components/runner/ladder-progress';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { ADHERENCE_WINDOW_TITLE } from '@/lib/plan/adherence';
import { ownAdherence } from '@/lib/plan/adherence-queries';
import { progressFor, type ProgressData } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Progress' };

function capLabel(data: ProgressData): string {
  if (data.capThisWeek !== null) {
    return `This week (Monday to Sunday): ${data.completedThisWeek ?? 0} min run, ${data.plannedRestOfWeek} min more planned; the limit is ${Math.floor(data.capThisWeek)} min (at most 10% more than last week).`;
  }
  if (data.phase === 'walk_run') return `This week: ${data.plannedRestOfWeek} min of running still planned. On the walk-run ladder the stages set the pace; the 10% weekly limit starts with continuous running.`;
  return 'No running is planned this week.';
}

/** This calendar week in big numbers: minutes run, minutes still planned, and (after the ladder) the limit as a bar. */
function WeekMinutes({ data, today }: { data: ProgressData; today: string }) {
  // On the ladder the plan reports no week total; the chart's week holding today has it.
  const thisWeek = data.weeks.find((week) => week.start <= today && today <= week.end);
  const done = data.completedThisWeek ?? thisWeek?.minutes ?? 0;
  const planned = data.plannedRestOfWeek;
  const cap = data.capThisWeek === null ? null : Math.floor(data.capThisWeek);
  const scale = Math.max(cap ?? 0, done + planned, 1);
  return (
    <Card title="This week" className="mt-6">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {(data.completedThisWeek !== null || thisWeek) && (
          <div className="rounded-xl bg-surface-sunken px-3 py-2.5">
            <dt className="text-sm text-ink-muted">Run so far</dt>
            <dd className="numeral text-metric">
              {done}
              <span className="ml-0.5 text-lg font-semibold text-ink-muted">min</span>
            </dd>
          </div>
        )}
        <div className="rounded-xl bg-surface-sunken px-3 py-2.5">
          <dt className="text-sm text-ink-muted">Still planned</dt>
          <dd className="numeral text-metric">
            {planned}
            <span className="ml-0.5 text-lg font-semibold text-ink-muted">min</span>
          </dd>
        </div>
        {cap !== null && (
          <div className="rounded-xl bg-surface-sunken px-3 py-2.5">
            <dt className="text-sm text-ink-muted">Weekly limit</dt>
            <dd className="numeral text-metric">
              {cap}
              <span className="ml-0.5 text-lg font-semibold text-ink-muted">min</span>
            </dd>
          </div>
        )}
      </dl>
      {done + planned > 0 && (
        <div className="relative mt-3 flex h-3 overflow-hidden rounded-full bg-brand-50" aria-hidden="true">
          <div className="h-full bg-brand-700" style={{ width: `${(Math.min(done, scale) / scale) * 100}%` }} />
          <div className="h-full bg-brand-300" style={{ width: `${(Math.min(planned, scale - Math.min(done, scale)) / scale) * 100}%` }} />
        </div>
      )}
    </Card>
  );
}

export default async function ProgressPage() {
  const runner = await requireRole('runner');
  const today = await localToday();
  const [data, adherence] = await Promise.all([progressFor(runner, today), ownAdherence(runner, today)]);
  if (!data || !adherence) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Progress</h1>
      <Card title="The walk-run ladder" className="mt-6">
        <LadderProgress value={data.ladderValue} text={data.ladderText} phaseLabel={data.phaseLabel} />
      </Card>
      <WeekMinutes data={data} today={today} />
      <Card title="Pain trend" className="mt-6">
        <p className="mb-2 text-sm text-ink-muted">
          Bands mark mild, moderate and severe pain; the dashed line is your pain allowance (up to {data.painAllowance}/10). A flag marks a run with a warning sign.
        </p>
        <PainTrendChart points={data.painPoints} allowance={data.painAllowance} title="Pain trend" />
      </Card>
      <Card title={ADHERENCE_WINDOW_TITLE} className="mt-6">
        <AdherenceSummary adherence={adherence} />
      </Card>
      <Card title="Running minutes per week" className="mt-6">
        <WeeklyMinutesChart weeks={data.weeks} cap={data.capThisWeek === null ? null : Math.floor(data.capThisWeek)} capLabel={capLabel(data)} />
      </Card>
      <Card title="Decisions and why" className="mt-6">
        <DecisionHistory items={data.decisions} />
      </Card>
    </>
  );
}
