import 'server-only';
import type { Executor } from '@/db';
import { protocolDecisions, type ProtocolDecisionRow } from '@/db/schema';
import type { PhaseDecision } from '@/lib/protocol';

export interface NewDecision {
  runnerId: string;
  runLogId: string;
  source: 'run_log' | 'check_in';
  fromStage: number;
  decision: PhaseDecision;
  supersedesId?: string | null;
  createdBy: string;
}

/** Appends one decision; a later re-evaluation is a new row pointing at the one it supersedes. */
export async function insertDecision(tx: Executor, input: NewDecision): Promise<ProtocolDecisionRow> {
  const [row] = await tx
    .insert(protocolDecisions)
    .values({
      runnerId: input.runnerId,
      runLogId: input.runLogId,
      source: input.source,
      action: input.decision.action,
      fromStage: input.fromStage,
      nextStage: input.decision.nextStage,
      nextPhase: input.decision.nextPhase,
      rules: input.decision.rules,
      earliestNextRun: input.decision.earliestNextRun,
      supersedesId: input.supersedesId ?? null,
      createdBy: input.createdBy,
    })
    .returning();
  if (!row) throw new Error('decision insert returned no row');
  return row;
}
