import 'server-only';
import { eq } from 'drizzle-orm';
import type { Executor } from '@/db';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { enqueue } from './outbox';

/**
 * The therapist's email about a new stop or review alert. No clinical values: the subject names the runner and
 * what happened, the body links to the runner's page, where pain and reasons are shown after sign-in.
 */
export async function enqueueAlertMessage(
  tx: Executor,
  alert: { id: string; kind: 'stop' | 'review'; clinicId: string; runnerId: string; therapistId: string },
): Promise<void> {
  const [runner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, alert.runnerId)).limit(1);
  const name = runner?.name ?? 'A runner';
  const link = `${env().NEXTAUTH_URL ?? 'http://localhost:3000'}/therapist/runners/${alert.runnerId}`;
  const stop = alert.kind === 'stop';
  const subject = stop ? `${name} reported a warning sign` : `${name}'s plan is waiting for your review`;
  const text = [
    stop ? `${name}'s running is paused until you review it.` : `${name}'s plan has something for you to review.`,
    '',
    `Open the runner's page to see what happened and decide: ${link}`,
    '',
    'Stride Back',
  ].join('\n');
  await enqueue(tx, {
    clinicId: alert.clinicId,
    recipientId: alert.therapistId,
    kind: stop ? 'stop_alert' : 'review_alert',
    dedupeKey: `${stop ? 'stop_alert' : 'review_alert'}:${alert.id}:${alert.therapistId}`,
    subject,
    text,
  });
}
