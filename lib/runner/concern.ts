import 'server-only';
import { and, eq, gte } from 'drizzle-orm';
import { getDb } from '@/db';
import { alerts } from '@/db/schema';
import { ActionError } from '@/lib/actions/authorized-action';
import type { SessionUser } from '@/lib/auth';
import { recordAudit } from '@/lib/audit/record';
import { lockPlan, pauseRunning } from '@/lib/plan/changes';
import { explainRule, orderRedFlags, type IsoDate, type ProtocolSettings } from '@/lib/protocol';
import type { ConcernInput } from '@/lib/validation/concern';
import { settingsFor } from './settings';
import { stopView, type DecisionView } from './decision-view';

export interface ConcernResult {
  /** Set when a red-flag answer paused running. */
  stop: DecisionView | null;
}

/** A resubmitted identical concern within this window is the same report (a retry or a double tap). */
const DUPLICATE_WINDOW_MS = 10 * 60_000;

/** The reasons a concern stops running: any red-flag answer, or pain now at or above the stop threshold. */
export function concernStopRules(input: Pick<ConcernInput, 'sharpPain' | 'swelling' | 'limping' | 'pain'>, settings: ProtocolSettings): string[] {
  return orderRedFlags([
    ...(input.sharpPain ? ['red_flag.sharp_pain'] : []),
    ...(input.swelling ? ['red_flag.swelling_24h'] : []),
    ...(input.limping ? ['red_flag.limping'] : []),
    ...(input.pain >= settings.stopPain ? ['pain.severe'] : []),
  ]);
}

export function concernMessage(input: Pick<ConcernInput, 'what' | 'pain'>): string {
  return `${input.what}\n\nPain now: ${input.pain}/10`;
}

/**
 * A concern reaches the runner's therapist as an alert in the runner's words. A red-flag answer also pauses
 * running, as a red flag after a run would: phase paused, a new plan period, a stop alert with the rule ids.
 */
export async function reportConcern(runner: SessionUser, input: ConcernInput, today: IsoDate): Promise<ConcernResult> {
  const message = concernMessage(input);
  return getDb().transaction(async (tx) => {
    const profile = await lockPlan(tx, runner.id);
    if (!profile || profile.clinicId !== runner.clinicId) throw new ActionError('Your plan could not be found. Please contact your clinic.');
    const settings = await settingsFor(tx, profile);
    const redFlags = concernStopRules(input, settings);
    const result: ConcernResult = { stop: redFlags.length ? stopView(redFlags, profile.stage, settings) : null };

    const [duplicate] = await tx
      .select({ id: alerts.id })
      .from(alerts)
      .where(
        and(
          eq(alerts.runnerId, runner.id),
          eq(alerts.kind, 'concern'),
          eq(alerts.message, message),
          gte(alerts.createdAt, new Date(Date.now() - DUPLICATE_WINDOW_MS)),
        ),
      )
      .limit(1);
    if (duplicate) return result;

    const [concern] = await tx
      .insert(alerts)
      .values({
        clinicId: profile.clinicId,
        runnerId: runner.id,
        therapistId: profile.therapistId,
        kind: 'concern',
        // Pain above the allowance (below the stop threshold) asks the therapist to review; running goes on.
        rules: redFlags.length ? redFlags : input.pain > settings.painAllowance ? ['pain.above_allowance'] : [],
        message,
        createdBy: runner.id,
      })
      .returning({ id: alerts.id });
    if (redFlags.length) {
      await pauseRunning(tx, { profile, rules: redFlags, on: today, actorId: runner.id, message, reason: explainRule(redFlags[0] ?? 'pain.severe', 'therapist', { stopPain: settings.stopPain }) });
    }
    await recordAudit(
      {
        action: 'concern.create',
        outcome: 'ok',
        actorId: runner.id,
        clinicId: runner.clinicId,
        targetType: 'alert',
        targetId: concern?.id ?? null,
        detail: { redFlag: redFlags.length > 0 },
      },
      tx,
    );
    return result;
  });
}
