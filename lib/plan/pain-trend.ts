import 'server-only';
import { and, asc, desc, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { protocolDecisions, runLogs } from '@/db/schema';
import { addDays, isRedFlag, type IsoDate } from '@/lib/protocol';

/** One run on the pain chart: plain serialisable data for the client chart and its table. */
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
}

/** The runner's runs since `days` ago, each with the decision now in force. Callers authorize first. */
export async function painTrendFor(runnerId: string, today: IsoDate, days = 84): Promise<PainPoint[]> {
  const since = addDays(today, -days);
  const db = getDb();
  const [logs, decisions] = await Promise.all([
    db
      .select()
      .from(runLogs)
      .where(and(eq(runLogs.runnerId, runnerId), gte(runLogs.date, since)))
      .orderBy(asc(runLogs.date), asc(runLogs.createdAt)),
    db
      .select({ runLogId: protocolDecisions.runLogId, action: protocolDecisions.action, rules: protocolDecisions.rules })
      .from(protocolDecisions)
      .innerJoin(runLogs, eq(runLogs.id, protocolDecisions.runLogId))
      .where(and(eq(protocolDecisions.runnerId, runnerId), gte(runLogs.date, since)))
      .orderBy(desc(protocolDecisions.createdAt)),
  ]);
  return logs.map((log) => {
    const decision = decisions.find((d) => d.runLogId === log.id);
    return {
      date: log.date,
      stage: log.stage,
      runMinutes: log.runMinutes,
      before: log.painBefore,
      during: log.painDuring,
      after: log.painAfter,
      nextMorning: log.painNextMorning,
      redFlag: decision?.rules.some(isRedFlag) ?? false,
      action: decision?.action ?? null,
    };
  });
}
