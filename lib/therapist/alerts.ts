import 'server-only';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { alerts, clinics, protocolDecisions, runLogs, runnerProfiles, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth';
import { isAfterLadder, type Phase } from '@/lib/phases';
import { phaseBeforePauseSql } from '@/lib/plan/runner-plan';
import { explainRule, isStopRule, resolveSettings, ruleBreakdown, type PainPreset } from '@/lib/protocol';

/** An alert that stops running: a stop, or one whose rules hold a red flag or pain at the stop threshold (SQL of isStopRule). */
export const stopLevelAlert = sql`(${alerts.kind} = 'stop' or array_to_string(${alerts.rules}, ' ') like '%red\\_flag.%' or 'pain.severe' = any(${alerts.rules}))`;

export interface OpenAlert {
  id: string;
  kind: 'stop' | 'review' | 'concern';
  /** A stop, or a concern that reported a red flag. */
  redFlag: boolean;
  /** The alert's rules in plain words for the therapist; for a stop, the deciding red flag first. */
  reasons: string[];
  /** For a stop: the rules of the run that the red flag outranked (a regression, a repeat), shown folded. */
  alsoChecked: string[];
  /** What the runner wrote, for a concern. */
  message: string | null;
  createdAt: Date;
  /** The stage of the run that raised it (the runner's stage when unknown). */
  stage: number;
  runner: { id: string; name: string; phase: Phase; stage: number; version: number };
  /** For a paused runner who was past the ladder: where they were and about how much they ran a week. */
  resumeAfterLadder: { phase: 'continuous' | 'full' | 'maintenance'; weeklyMinutes: number; goalWeeklyMinutes: number } | null;
}

/**
 * Open alerts of the runners now assigned to this therapist in their clinic (an alert follows its runner, so a
 * reassigned runner's alerts reach the new therapist), red flags first, the longest waiting first.
 */
export async function openAlertsFor(therapist: SessionUser, options: { runnerId?: string } = {}, executor: Executor = getDb()): Promise<OpenAlert[]> {
  const where: SQL[] = [
    eq(alerts.status, 'open'),
    eq(alerts.clinicId, therapist.clinicId),
    eq(runnerProfiles.therapistId, therapist.id),
    eq(runnerProfiles.clinicId, therapist.clinicId),
  ];
  if (options.runnerId) where.push(eq(alerts.runnerId, options.runnerId));
  const rows = await executor
    .select({
      id: alerts.id,
      kind: alerts.kind,
      rules: alerts.rules,
      message: alerts.message,
      createdAt: alerts.createdAt,
      decisionStage: protocolDecisions.fromStage,
      runStage: runLogs.stage,
      runnerId: runnerProfiles.userId,
      runnerName: users.name,
      runnerPhase: runnerProfiles.phase,
      runnerStage: runnerProfiles.stage,
      runnerVersion: runnerProfiles.version,
      preset: runnerProfiles.preset,
      runnerSettings: runnerProfiles.protocolSettings,
      clinicSettings: clinics.protocolSettings,
      goalWeeklyMinutes: runnerProfiles.goalWeeklyMinutes,
      phaseBeforePause: phaseBeforePauseSql(alerts.runnerId),
      recentWeeklyMinutes: recentWeeklyMinutesSql(alerts.runnerId),
    })
    .from(alerts)
    .innerJoin(runnerProfiles, eq(runnerProfiles.userId, alerts.runnerId))
    .innerJoin(users, eq(users.id, runnerProfiles.userId))
    .innerJoin(clinics, eq(clinics.id, runnerProfiles.clinicId))
    .leftJoin(protocolDecisions, eq(protocolDecisions.id, alerts.decisionId))
    .leftJoin(runLogs, eq(runLogs.id, alerts.runLogId))
    .where(and(...where))
    .orderBy(sql`${stopLevelAlert} desc`, asc(alerts.createdAt));
  return rows.map(toOpenAlert);
}

/** Minutes a week over the two weeks before the runner's latest run. */
export const recentWeeklyMinutesSql = (runnerId: SQL | string | typeof alerts.runnerId) =>
  sql<number>`(select coalesce(sum(r.run_minutes), 0)::int / 2 from run_logs r where r.runner_id = ${runnerId} and r.date > (select max(l.date) - 14 from run_logs l where l.runner_id = ${runnerId}))`;

/** An open alert's row (with its runner's profile and settings) as the therapist reads it. */
export interface OpenAlertRow {
  id: string;
  kind: OpenAlert['kind'];
  rules: string[];
  message: string | null;
  createdAt: Date;
  decisionStage: number | null;
  runStage: number | null;
  runnerId: string;
  runnerName: string;
  runnerPhase: Phase;
  runnerStage: number;
  runnerVersion: number;
  preset: PainPreset;
  runnerSettings: Record<string, number | boolean>;
  clinicSettings: Record<string, number | boolean>;
  goalWeeklyMinutes: number;
  phaseBeforePause: Phase | null;
  recentWeeklyMinutes: number;
}

export function toOpenAlert(row: OpenAlertRow): OpenAlert {
  const stage = row.decisionStage ?? row.runStage ?? row.runnerStage;
  const { painAllowance, stopPain } = resolveSettings(row.preset, row.clinicSettings, row.runnerSettings);
  const redFlag = row.kind === 'stop' || row.rules.some(isStopRule);
  const words = (rule: string) => explainRule(rule, 'therapist', { stage, painAllowance, stopPain });
  // A stop carries every rule its run matched: the red flag decides, the rest were outranked.
  const rules = redFlag ? ruleBreakdown({ action: 'stop', rules: row.rules }) : null;
  return {
    id: row.id,
    kind: row.kind,
    redFlag,
    reasons: rules ? [...(rules.deciding ? [rules.deciding] : []), ...rules.alsoDeciding, ...rules.notes].map(words) : row.rules.map(words),
    alsoChecked: rules ? rules.outranked.map(words) : [],
    message: row.message,
    createdAt: row.createdAt,
    stage,
    runner: { id: row.runnerId, name: row.runnerName, phase: row.runnerPhase, stage: row.runnerStage, version: row.runnerVersion },
    resumeAfterLadder: resumeAfterLadder(row),
  };
}

function resumeAfterLadder(row: OpenAlertRow): OpenAlert['resumeAfterLadder'] {
  const phase = isAfterLadder(row.phaseBeforePause) ? row.phaseBeforePause : undefined;
  if (row.runnerPhase !== 'paused' || !phase) return null;
  return { phase, weeklyMinutes: Number(row.recentWeeklyMinutes), goalWeeklyMinutes: row.goalWeeklyMinutes };
}

/** The order of the alerts list: red flags first, then the longest waiting first. */
export function byAlertPriority(a: OpenAlert, b: OpenAlert): number {
  return Number(b.redFlag) - Number(a.redFlag) || a.createdAt.getTime() - b.createdAt.getTime();
}
