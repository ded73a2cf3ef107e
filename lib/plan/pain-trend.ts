import 'server-only';
import { getDb, type Executor } from '@/db';
import type { ProtocolDecisionRow, RunLog } from '@/db/schema';
import type { IsoDate } from '@/lib/protocol';

/** One run on the pain chart: plain data for the chart and its table. */
export interface PainPoint {
  date: IsoDate;
  stage: number;
  runMinutes: number;
  before: number;
  during: number;
  after: number;
  nextMorning: number | null;
  redFlag: boolean;
  action: 'progress' | 'repeat' | 'regress' | 'stop' | null;
  /** The run took its calendar week past the volume cap (`volume.over_cap`): it does not count as green. */
  overCap: boolean;
}

export type DecisionWithRunDate = ProtocolDecisionRow & { runDate: IsoDate };

/** The runner's runs since a day and their decisions, in one statement. Callers authorize first. */
export async function runsSince(runnerId: string, since: IsoDate, executor: Executor = getDb()): Promise<{ logs: RunLog[]; decisions: DecisionWithRunDate[] }> {
  const rows = await executor.query.runLogs.findMany({
    where: (log, { and, eq, gte }) => and(eq(log.runnerId, runnerId), gte(log.date, since)),
    orderBy: (log, { asc }) => [asc(log.date), asc(log.createdAt)],
    with: { decisions: true },
  });
  return splitRuns(rows);
}

/** Runs read with their decisions, as the runs (oldest first) and the decisions (newest first, with the run's date). */
export function splitRuns(rows: readonly (RunLog & { decisions: ProtocolDecisionRow[] })[]): { logs: RunLog[]; decisions: DecisionWithRunDate[] } {
  const logs: RunLog[] = [];
  const decisions: DecisionWithRunDate[] = [];
  for (const { decisions: runDecisions, ...log } of rows) {
    logs.push(log);
    for (const decision of runDecisions) decisions.push({ ...decision, runDate: log.date });
  }
  decisions.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return { logs, decisions };
}
