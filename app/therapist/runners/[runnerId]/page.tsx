import type { Metadata } from 'next';
import { PainTrendChart } from '@/components/charts/pain-trend-chart';
import { AdherenceSummary } from '@/components/plan/adherence-summary';
import { DecisionTimeline } from '@/components/therapist/decision-timeline';
import { Notes } from '@/components/therapist/notes';
import { OpenAlerts } from '@/components/therapist/open-alerts';
import { PlanControl } from '@/components/therapist/plan-control';
import { ReadinessForm } from '@/components/therapist/readiness-form';
import { ReadinessList } from '@/components/therapist/readiness-list';
import { ResendInvitation } from '@/components/therapist/resend-invitation';
import { RunnerHeader } from '@/components/therapist/runner-header';
import { WeekPlanList } from '@/components/therapist/week-plan-list';
import { WeeklyVolume } from '@/components/therapist/weekly-volume';
import { Card } from '@/components/ui/card';
import { denyRunnerAccess, isRunnerIdShape } from '@/lib/access/runner-access';
import { recordAudit } from '@/lib/audit/record';
import { requireRole } from '@/lib/auth';
import { localToday } from '@/lib/dates/local-today';
import { ADHERENCE_WINDOW_TITLE } from '@/lib/plan/adherence';
import { explainRule } from '@/lib/protocol';
import { RECORD_DAYS, loadRunnerRecord, type RunnerRecord } from '@/lib/therapist/runner-record';

export const metadata: Metadata = { title: 'Runner' };

/** What the plan's status means for the therapist today, when it is more than "running as planned". */
function planNoticeFor(record: RunnerRecord): string | null {
  const { status, gap, settings } = record;
  if (status.kind === 'reassess') return `${explainRule('gap.reassess', 'therapist', { days: status.days, gapDays: settings.gapDays })}. Record a readiness assessment below.`;
  if (status.kind === 'rest_today') return `${explainRule('prerun.pain_today', 'therapist', { painAllowance: settings.painAllowance })} (answered before today’s run).`;
  if (status.kind === 'running' && status.gap && gap) return `${explainRule('gap.step_back', 'therapist', { stage: gap.stage, days: gap.days, gapDays: settings.gapDays })}.`;
  return null;
}

export default async function RunnerPage({ params }: { params: Promise<{ runnerId: string }> }) {
  const therapist = await requireRole('therapist');
  const { runnerId } = await params;
  const today = await localToday();
  // One statement reads the record only if this therapist may see it: the access check and the read together.
  const record = isRunnerIdShape(runnerId) ? await loadRunnerRecord(runnerId, today, { viewer: therapist }) : null;
  if (!record) return denyRunnerAccess(therapist, runnerId, 'runner.view');
  const alerts = record.openAlerts;
  await recordAudit({ action: 'runner.view', outcome: 'ok', actorId: therapist.id, clinicId: therapist.clinicId, targetType: 'runner', targetId: runnerId });

  const { profile, settings } = record;
  const pausedByAlert = profile.phase === 'paused' && alerts.some((alert) => alert.redFlag);
  const planNotice = planNoticeFor(record);
  // Open the assessment form when the plan waits for one; otherwise it stays folded under its list.
  const assessmentDue = record.status.kind === 'reassess' || (record.walkRunGate !== null && !record.walkRunGate.allowed);
  // Without open alerts their column beside the chart is free: the week's plan moves up into it.
  const quiet = alerts.length === 0;
  const weekCards = (
    <>
      <Card title="This week’s plan">
        <WeekPlanList week={record.week} />
      </Card>
      <Card title={ADHERENCE_WINDOW_TITLE}>
        <AdherenceSummary adherence={record.adherence} />
      </Card>
    </>
  );
  const notesCard = (
    <Card title="Notes">
      <Notes runnerId={runnerId} notes={record.notes} />
    </Card>
  );
  return (
    // From lg the header is sticky: scroll-padding keeps a focused or linked element clear of it.
    <div className="lg:[html:has(&)]:scroll-pt-44">
      <RunnerHeader record={record} />
      {record.account.invitationPending && (
        <div className="mt-4">
          <ResendInvitation runnerId={runnerId} linkExpired={record.account.invitationExpiresAt !== null && record.account.invitationExpiresAt <= new Date()} />
        </div>
      )}

      {planNotice && (
        <p data-testid="plan-notice" className="mt-4 rounded-card border-l-8 border-warn bg-warn-tint p-3 font-medium">
          {planNotice}
        </p>
      )}

      {/* Desktop: the chart beside the open alerts. The alerts come first in reading order (and on a phone). */}
      <div className="mt-4 grid gap-4 lg:grid-cols-12">
        <div className="space-y-4 lg:col-span-5 lg:col-start-8 lg:row-start-1">
          <section aria-labelledby="alerts-heading">
            <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
              Open alerts ({alerts.length})
            </h2>
            <OpenAlerts alerts={alerts} showRunner={false} headingLevel={3} emptyText="No open alerts for this runner." />
          </section>
          {quiet && weekCards}
        </div>
        <div className="space-y-4 lg:col-span-7 lg:col-start-1 lg:row-start-1">
          <Card title="Pain trend">
            <p className="mb-2 text-sm text-slate-700">
              Every run of the last {RECORD_DAYS / 7} weeks: pain before, highest during, after and next morning (0–10) over bands of mild, moderate and severe pain; the dashed line is the allowance of {settings.painAllowance}; ⚑ marks a red flag, dashed lines a change of stage.
            </p>
            <PainTrendChart points={record.painPoints} allowance={settings.painAllowance} title={`${record.runnerName}'s pain trend`} showStageChanges />
          </Card>
          <Card title="Weekly running volume">
            <WeeklyVolume weeks={record.volume} planned={record.plannedVolume} goal={profile.goalWeeklyMinutes} />
          </Card>
        </div>

        {/* Below: three independent columns on a wide screen (two from lg), so no card waits for a taller neighbour. */}
        <div className="space-y-4 self-start lg:col-span-7 xl:col-span-5">
          <Card title="Decisions, plan changes and the runner’s notes">
            <p className="mb-2 text-sm text-slate-700">
              Newest first: decisions of the last {RECORD_DAYS / 7} weeks led by the rule that decided them, every plan period, and what {record.runnerName} wrote on runs, sessions and concerns.
            </p>
            <DecisionTimeline entries={record.timeline} runnerName={record.runnerName} />
          </Card>
          <Card title="Readiness assessments">
            <ReadinessList assessments={record.assessments} />
            <details open={assessmentDue} className="mt-3 border-t border-slate-200 pt-2">
              <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-brand-800 underline">Record a readiness assessment</summary>
              <ReadinessForm runnerId={runnerId} />
            </details>
          </Card>
        </div>
        <div className="grid content-start items-start gap-4 lg:col-span-5 xl:col-span-7 xl:grid-cols-7">
          <div className="space-y-4 xl:col-span-4">
            <Card title="Plan control">
              <PlanControl
                runnerId={runnerId}
                version={profile.version}
                phase={profile.phase}
                stage={profile.stage}
                pausedByAlert={pausedByAlert}
                gate={record.walkRunGate}
                fullCriteria={record.fullCriteria}
                settings={{ preset: profile.preset, overrides: record.runnerOverrides, goalWeeklyMinutes: profile.goalWeeklyMinutes }}
                presetDefaults={record.presetDefaults}
              />
            </Card>
            {!quiet && notesCard}
          </div>
          <div className="space-y-4 xl:col-span-3">
            {quiet ? notesCard : weekCards}
          </div>
        </div>
      </div>
    </div>
  );
}
