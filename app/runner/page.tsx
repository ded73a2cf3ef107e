import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CheckInForm } from '@/components/runner/check-in-form';
import { DecisionSummary } from '@/components/runner/decision-summary';
import { TodaySession } from '@/components/runner/today-session';
import { WeekStrip } from '@/components/runner/week-strip';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { dayChoice, todayFor } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Today' };

export default async function RunnerToday() {
  const runner = await requireRole('runner');
  const today = await localToday();
  const data = await todayFor(runner, today);
  if (!data) notFound();
  const onLadder = data.phase === 'walk_run' || data.phase === 'paused';
  const runDayToday = data.day?.kind === 'run';

  return (
    <>
      <h1 className="text-2xl font-semibold">Today</h1>
      <p className="mt-1 text-slate-700">
        {data.todayLabel} · {data.injuryType} · your physical therapist is {data.therapistName}
      </p>

      <Card title="Where you are" className="mt-6">
        <p data-testid="runner-phase" className="text-lg font-medium">
          {data.phaseLabel}
          {onLadder ? ` · Stage ${data.stage} of 8` : ''}
        </p>
        {data.running && !runDayToday && data.nextRun && (
          <p className="mt-2">
            Next run: {data.nextRun.label}
            {data.nextRun.stage ? `, stage ${data.nextRun.stage}` : ''} ({data.nextRun.plannedRunMinutes} min running).
          </p>
        )}
      </Card>

      {data.checkIn && (
        <Card title="Morning check-in" className="mt-6">
          <p className="mb-4">
            {data.checkIn.answered
              ? `Your answers about your run on ${data.checkIn.dateLabel}.`
              : `How is it this morning, after your run on ${data.checkIn.dateLabel}? Your answers can change what comes next.`}
          </p>
          <CheckInForm checkIn={data.checkIn} />
        </Card>
      )}

      {data.stop && !data.checkIn?.answered?.view?.stopped && (
        <div className="mt-6">
          <DecisionSummary view={data.stop} title="Running is paused" />
        </div>
      )}

      {data.loggedToday && !(data.stop && data.loggedToday.stopped) && (
        <Card title="Today's run is logged" className="mt-6">
          <DecisionSummary view={data.loggedToday} headingLevel={3} />
        </Card>
      )}

      {data.day && !(runDayToday && data.loggedToday) && <TodaySession day={data.day} days={dayChoice(today)} />}

      <WeekStrip days={data.week} />

      <Card title="Something not right?" className="mt-6">
        <p>A new pain or niggle, on any day: tell {data.therapistName}.</p>
        <Link href="/runner/concern" className={buttonClasses('secondary', 'mt-3')}>
          Report a concern
        </Link>
      </Card>
    </>
  );
}
