import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { CheckInForm } from '@/components/runner/check-in-form';
import { DecisionSummary } from '@/components/runner/decision-summary';
import { PlanStatusCard } from '@/components/runner/plan-status-card';
import { PreRunCheckForm } from '@/components/runner/pre-run-check-form';
import { TodaySession } from '@/components/runner/today-session';
import { WeekStrip } from '@/components/runner/week-strip';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { explainRule } from '@/lib/protocol';
import { careContactFor } from '@/lib/runner/care-contact';
import type { DecisionView } from '@/lib/runner/decision-view';
import { dayChoice, todayFor } from '@/lib/runner/queries';

export const metadata: Metadata = { title: 'Today' };

export default async function RunnerToday() {
  const runner = await requireRole('runner');
  const today = await localToday();
  const data = await todayFor(runner, today);
  if (!data) notFound();
  const runDayToday = data.day?.kind === 'run';
  // Told to stop, or to ask their therapist for a check: how to reach them, on that card.
  const contact = data.status.kind === 'paused' || data.status.kind === 'reassess' ? await careContactFor(runner) : null;
  const withContact = (view: DecisionView | null) => (view?.stopped && contact ? { ...view, contact } : view);
  const checkIn = data.checkIn?.answered ? { ...data.checkIn, answered: { ...data.checkIn.answered, view: withContact(data.checkIn.answered.view) } } : data.checkIn;

  return (
    <>
      <p className="text-eyebrow font-semibold tracking-wide text-brand-700 uppercase">{data.todayLabel}</p>
      <h1 className="text-3xl font-bold tracking-tight">Today</h1>
      <p className="mt-1 text-ink-muted">
        {data.injuryType} · your physical therapist is {data.therapistName}
      </p>

      <div className="mt-5">
        <PlanStatusCard
          status={data.status}
          phaseLabel={data.phaseLabel}
          stage={data.stage}
          pausedIn={data.pausedIn}
          therapistName={data.therapistName}
          nextRun={data.nextRun}
          runDayToday={runDayToday}
          stop={data.checkIn?.answered?.view?.stopped ? null : withContact(data.stop)}
          contact={contact}
          painAllowance={data.settings.painAllowance}
          phaseAdvice={data.phaseAdvice}
        />
      </div>

      {checkIn && (
        <Card title="Morning check-in" className="mt-6">
          <p className="mb-4">
            {checkIn.answered
              ? `Your answers about your run on ${checkIn.dateLabel}.`
              : `How is it this morning, after your run on ${checkIn.dateLabel}? Your answers can change what comes next.`}
          </p>
          <CheckInForm checkIn={checkIn} />
        </Card>
      )}

      {data.nudges.map((rule) => (
        <p key={rule} className="mt-6 rounded-card border border-sky-200 border-l-8 border-l-info bg-info-tint p-4" data-testid="nudge">
          {explainRule(rule, 'runner', {})}
        </p>
      ))}

      {data.loggedToday && (
        <Card title="Today's run is logged" className="mt-6">
          <DecisionSummary view={data.loggedToday} headingLevel={3} />
        </Card>
      )}

      {data.preRunNeeded ? (
        <Card title="Before you run: three questions" className="mt-6">
          <p className="mb-4">Answer these first; they decide whether today is a day to run.</p>
          <PreRunCheckForm idempotencyKey={randomUUID()} />
        </Card>
      ) : (
        data.day && !(runDayToday && data.loggedToday) && <TodaySession day={data.day} days={dayChoice(today)} phase={data.phase} idempotencyKey={randomUUID()} />
      )}

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
