import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Executor } from '@/db';
import { exerciseLogs, runnerProfiles, type ExerciseLog } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { addDays, FOUNDATION_EXERCISES, type IsoDate } from '@/lib/protocol';
import type { ExerciseLogInput } from '@/lib/validation/exercise-log';
import { ACTIVITY_LABEL, exerciseCategories } from './session-text';

export interface ExerciseLogResult {
  exerciseLogId: string;
  replayed: boolean;
  summary: string;
}

function summaryOf(row: ExerciseLog): string {
  if (row.kind === 'cross_training') return `${ACTIVITY_LABEL[row.activity ?? ''] ?? 'Cross-training'}, ${row.minutes} min: saved.`;
  const n = row.exercisesDone.length;
  return `${row.kind === 'strength' ? 'Strength' : 'Mobility and stability'} session saved: ${n} exercise${n === 1 ? '' : 's'}.`;
}

async function stored(tx: Executor, runnerId: string, key: string): Promise<ExerciseLogResult | null> {
  const [row] = await tx
    .select()
    .from(exerciseLogs)
    .where(and(eq(exerciseLogs.runnerId, runnerId), eq(exerciseLogs.idempotencyKey, key)))
    .limit(1);
  return row ? { exerciseLogId: row.id, replayed: true, summary: summaryOf(row) } : null;
}

/** Stores a strength, mobility or cross-training session once per idempotency key, with its audit row. */
export async function logExercise(runner: SessionUser, input: ExerciseLogInput, today: IsoDate): Promise<ExerciseLogResult> {
  if (input.date !== today && input.date !== addDays(today, -1)) throw new ActionError('Please correct the highlighted fields.', { date: 'Choose today or yesterday.' });
  return getDb().transaction(async (tx) => {
    if (input.kind !== 'cross_training') {
      const [profile] = await tx.select({ phase: runnerProfiles.phase }).from(runnerProfiles).where(eq(runnerProfiles.userId, runner.id)).limit(1);
      const kind = input.kind;
      const allowed = new Set(FOUNDATION_EXERCISES.filter((e) => exerciseCategories(kind, profile?.phase ?? 'paused').includes(e.category)).map((e) => e.id as string));
      if (!input.exercises.every((id) => allowed.has(id))) {
        throw new ActionError('Please correct the highlighted fields.', { exercises: 'Tick exercises from your plan’s session only (jumps and hops are for foundation).' });
      }
    }
    const [row] = await tx
      .insert(exerciseLogs)
      .values({
        runnerId: runner.id,
        date: input.date,
        kind: input.kind,
        exercisesDone: input.kind === 'cross_training' ? [] : input.exercises,
        activity: input.kind === 'cross_training' ? input.activity : null,
        minutes: input.kind === 'cross_training' ? input.minutes : null,
        note: input.note,
        idempotencyKey: input.idempotencyKey,
        createdBy: runner.id,
      })
      .onConflictDoNothing({ target: [exerciseLogs.runnerId, exerciseLogs.idempotencyKey] })
      .returning();
    if (!row) {
      const first = await stored(tx, runner.id, input.idempotencyKey);
      if (first) return first;
      throw new Error('exercise log idempotency conflict without a stored row');
    }
    await recordAudit(
      { action: 'exercise_log.create', outcome: 'ok', actorId: runner.id, clinicId: runner.clinicId, targetType: 'exercise_log', targetId: row.id, detail: { kind: row.kind } },
      tx,
    );
    return { exerciseLogId: row.id, replayed: false, summary: summaryOf(row) };
  });
}
