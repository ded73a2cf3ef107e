import type { RunLog } from '@/db/schema';
import type { PainPoint } from './pain-trend';
import { isStopRule, type DecisionAction } from '@/lib/protocol';

/** The chart's points from run rows (oldest first) and their decisions (newest first: the first per run is in force). */
export function painPointsFrom(
  logs: readonly RunLog[],
  decisions: ReadonlyArray<{ runLogId: string; action: DecisionAction; rules: string[] }>,
): PainPoint[] {
  const inForce = new Map<string, { action: DecisionAction; rules: string[] }>();
  for (const decision of decisions) if (!inForce.has(decision.runLogId)) inForce.set(decision.runLogId, decision);
  return logs.map((log) => {
    const decision = inForce.get(log.id);
    return {
      date: log.date,
      stage: log.stage,
      runMinutes: log.runMinutes,
      before: log.painBefore,
      during: log.painDuring,
      after: log.painAfter,
      nextMorning: log.painNextMorning,
      redFlag: decision?.rules.some(isStopRule) ?? false,
      action: decision?.action ?? null,
      overCap: decision?.rules.includes('volume.over_cap') ?? false,
    };
  });
}
