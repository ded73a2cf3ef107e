import 'server-only';
import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { alerts, clinics, exerciseLogs, runLogs, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import type { Phase } from '@/lib/phases';
import { adherenceWindow, computeAdherence, prescriptionsFor, type Adherence, type WeeklyPrescription } from '@/lib/plan/adherence';
import { adherencePeriodsSql, loggedSessionsSql } from '@/lib/plan/adherence-queries';
import { resolveSettings, type IsoDate } from '@/lib/protocol';
import { stopLevelAlert } from './alerts';
import { CASELOAD_PAGE_SIZE, type CaseloadQuery } from './caseload-query';

export interface CaseloadRow {
  id: string;
  name: string;
  injuryType: string;
  phase: Phase;
  stage: number;
  lastLogDate: IsoDate | null;
  latestRun: { date: IsoDate; during: number; after: number; nextMorning: number | null } | null;
  openRedFlags: number;
  openOtherAlerts: number;
  overdueCheckIn: boolean;
  adherence: Adherence;
}

export interface CaseloadPage {
  rows: CaseloadRow[];
  /** Runners matching the search and phase filter. */
  total: number;
  page: number;
  pageCount: number;
  /** Runners matching the search, per phase (for the filter's labels). */
  byPhase: Partial<Record<Phase, number>>;
}

/** Whether an open alert is about a red flag: a stop, or a concern that reported one. */

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * One page of the therapist's caseload in two set-based statements whatever its size: the page (alerts
 * aggregated per runner, the latest run by a lateral join, the order computed in SQL, and for the page's
 * runners only, their plan periods and logged sessions of the adherence window as JSON), and the counts per phase.
 * Order: open red flags, then other open alerts, then an overdue next-morning check-in, then the rest; by name.
 */
export async function caseloadPage(therapist: SessionUser, query: CaseloadQuery, today: IsoDate, executor: Executor = getDb()): Promise<CaseloadPage> {
  const scope: SQL[] = [eq(runnerProfiles.therapistId, therapist.id), eq(runnerProfiles.clinicId, therapist.clinicId), eq(users.active, true)];
  if (query.search) scope.push(ilike(users.name, `%${escapeLike(query.search)}%`));

  const openAlerts = executor
    .select({
      runnerId: alerts.runnerId,
      redFlags: sql<number>`count(*) filter (where ${stopLevelAlert})`.as('red_flags'),
      others: sql<number>`count(*) filter (where not ${stopLevelAlert})`.as('other_alerts'),
    })
    .from(alerts)
    .where(and(eq(alerts.clinicId, therapist.clinicId), eq(alerts.status, 'open')))
    .groupBy(alerts.runnerId)
    .as('open_alerts');
  const lastRun = executor
    .select({
      date: runLogs.date,
      during: runLogs.painDuring,
      after: runLogs.painAfter,
      nextMorning: runLogs.painNextMorning,
      checkedInAt: runLogs.checkedInAt,
    })
    .from(runLogs)
    .where(eq(runLogs.runnerId, runnerProfiles.userId))
    .orderBy(desc(runLogs.date), desc(runLogs.createdAt))
    .limit(1)
    .as('last_run');
  const redFlags = sql<number>`coalesce(${openAlerts.redFlags}, 0)::int`;
  const others = sql<number>`coalesce(${openAlerts.others}, 0)::int`;
  const overdue = sql<boolean>`coalesce(${lastRun.date} < ${today} and ${lastRun.checkedInAt} is null, false)`;
  const tier = sql`case when ${redFlags} > 0 then 0 when ${others} > 0 then 1 when ${overdue} then 2 else 3 end`;
  const lastExerciseDate = sql<string | null>`(select max(${exerciseLogs.date}) from ${exerciseLogs} where ${exerciseLogs.runnerId} = ${runnerProfiles.userId})`;
  // The adherence window's plan periods and logged sessions of each runner on the page, JSON-aggregated in the
  // same statement (Postgres evaluates these subqueries only for the rows the limit keeps).
  const window = adherenceWindow(today);
  const periods = adherencePeriodsSql(runnerProfiles.userId, window);
  const logged = loggedSessionsSql(runnerProfiles.userId, window);

  const filtered = query.phase ? [...scope, eq(runnerProfiles.phase, query.phase)] : scope;
  const [pageRows, phaseCounts] = await Promise.all([
    executor
      .select({
        id: users.id,
        name: users.name,
        injuryType: runnerProfiles.injuryType,
        phase: runnerProfiles.phase,
        stage: runnerProfiles.stage,
        preset: runnerProfiles.preset,
        runnerSettings: runnerProfiles.protocolSettings,
        goalWeeklyMinutes: runnerProfiles.goalWeeklyMinutes,
        clinicSettings: clinics.protocolSettings,
        redFlags,
        others,
        overdue,
        lastRunDate: lastRun.date,
        lastRunDuring: lastRun.during,
        lastRunAfter: lastRun.after,
        lastRunNextMorning: lastRun.nextMorning,
        lastExerciseDate,
        periods,
        logged,
      })
      .from(runnerProfiles)
      .innerJoin(users, eq(users.id, runnerProfiles.userId))
      .innerJoin(clinics, eq(clinics.id, runnerProfiles.clinicId))
      .leftJoin(openAlerts, eq(openAlerts.runnerId, runnerProfiles.userId))
      .leftJoinLateral(lastRun, sql`true`)
      .where(and(...filtered))
      .orderBy(tier, asc(users.name), asc(users.id))
      .limit(CASELOAD_PAGE_SIZE)
      .offset((query.page - 1) * CASELOAD_PAGE_SIZE),
    executor
      .select({ phase: runnerProfiles.phase, runners: count() })
      .from(runnerProfiles)
      .innerJoin(users, eq(users.id, runnerProfiles.userId))
      .where(and(...scope))
      .groupBy(runnerProfiles.phase),
  ]);

  const byPhase: Partial<Record<Phase, number>> = {};
  for (const row of phaseCounts) byPhase[row.phase] = row.runners;
  const total = query.phase ? (byPhase[query.phase] ?? 0) : phaseCounts.reduce((sum, row) => sum + row.runners, 0);

  const weeks = new Map<string, WeeklyPrescription>();
  const rows = pageRows.map((row): CaseloadRow => {
    const settings = resolveSettings(row.preset, row.clinicSettings, row.runnerSettings);
    const lastLogDate = [row.lastRunDate, row.lastExerciseDate].filter((d): d is string => d !== null).sort().at(-1) ?? null;
    return {
      id: row.id,
      name: row.name,
      injuryType: row.injuryType,
      phase: row.phase,
      stage: row.stage,
      lastLogDate,
      latestRun:
        row.lastRunDate === null
          ? null
          : { date: row.lastRunDate, during: row.lastRunDuring ?? 0, after: row.lastRunAfter ?? 0, nextMorning: row.lastRunNextMorning },
      openRedFlags: row.redFlags,
      openOtherAlerts: row.others,
      overdueCheckIn: row.overdue,
      adherence: computeAdherence({ range: window, periods: row.periods, logged: row.logged, prescriptionFor: prescriptionsFor(settings, row.goalWeeklyMinutes, weeks) }),
    };
  });
  return { rows, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / CASELOAD_PAGE_SIZE)), byPhase };
}
