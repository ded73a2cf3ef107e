import 'server-only';
import { getDb } from '@/db';
import { readinessAssessments, therapistNotes } from '@/db/schema';
import { requireRunnerAccess } from '@/lib/access/runner-access';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { assessReadiness, explainRule, type IsoDate } from '@/lib/protocol';
import { toReadinessInput, type ReadinessAssessmentInput } from '@/lib/validation/readiness-assessment';
import type { z } from 'zod';
import type { therapistNoteSchema } from '@/lib/validation/therapist-note';
import type { ActionMessage } from './action-support';

/*
 * What a therapist writes into a runner's record, as plain functions of (therapist, validated input, today): the
 * server actions in record-actions.ts authorize the role and call these; the demo seed calls them with a
 * simulated today. Each checks access to the runner itself.
 */

export interface ReadinessOutcome {
  passed: boolean;
  /** Every failed criterion in plain words, in the spec's order. */
  failed: string[];
}

/** Stores the whole assessment (every input, the result and each failed criterion) with an audit row. */
export async function recordReadinessAssessmentAs(user: SessionUser, input: ReadinessAssessmentInput, today: IsoDate): Promise<ReadinessOutcome> {
  await requireRunnerAccess(user, input.runnerId, 'readiness.create');
  const result = assessReadiness(toReadinessInput(input));
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(readinessAssessments)
      .values({
        runnerId: input.runnerId,
        assessedBy: user.id,
        assessedOn: today,
        painAtRest: input.painAtRest,
        sharpPainWithDailyMovement: input.sharpPainWithDailyMovement,
        currentPain: input.currentPain,
        singleLegSquatLeft: input.singleLegSquatLeft,
        singleLegSquatRight: input.singleLegSquatRight,
        singleLegSquatGoodControl: input.singleLegSquatGoodControl,
        hop30sPainFree: input.hop30sPainFree,
        walk30minPainFree: input.walk30minPainFree,
        passed: result.passed,
        failedCriteria: result.failed,
        note: input.note ?? null,
      })
      .returning({ id: readinessAssessments.id });
    await recordAudit(
      { action: 'readiness.create', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId, detail: { assessmentId: row!.id } },
      tx,
    );
  });
  return { passed: result.passed, failed: result.failed.map((id) => explainRule(id, 'therapist')) };
}

/** A dated clinical note, for therapists only; the audit row records that a note was written, never its text. */
export async function addTherapistNoteAs(user: SessionUser, input: z.output<typeof therapistNoteSchema>): Promise<ActionMessage> {
  await requireRunnerAccess(user, input.runnerId, 'note.create');
  await getDb().transaction(async (tx) => {
    const [note] = await tx.insert(therapistNotes).values({ runnerId: input.runnerId, authorId: user.id, body: input.body }).returning({ id: therapistNotes.id });
    await recordAudit(
      { action: 'note.create', outcome: 'ok', actorId: user.id, clinicId: user.clinicId, targetType: 'runner', targetId: input.runnerId, detail: { noteId: note!.id } },
      tx,
    );
  });
  return { message: 'Note saved.' };
}
