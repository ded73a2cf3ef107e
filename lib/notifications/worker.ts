import 'server-only';
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { outboxMessages, users } from '@/db/schema';
import type { MessageTransport } from './transport';

/** A `sending` row claimed longer ago than this is due again: its worker died mid-send. */
export const CLAIM_LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 60 * 60_000;

/** 1, 2, 4, 8 … minutes after the nth failed attempt, capped at an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export interface DeliveryReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
}

/**
 * Claims due rows (queued and due, or sending with an expired lease) with FOR UPDATE SKIP LOCKED in one short
 * statement, so concurrent workers on any number of instances never claim the same row; sends each outside
 * that transaction with the row's stable Message-ID; then records the outcome or schedules a retry.
 * At-least-once: a process dying between send and record sends again after the lease, with the same Message-ID.
 */
export async function deliverDue(input: { now?: Date; limit?: number; transport: MessageTransport; workerId: string }): Promise<DeliveryReport> {
  const now = input.now ?? new Date();
  const db = getDb();
  const due = db
    .select({ id: outboxMessages.id })
    .from(outboxMessages)
    .where(
      or(
        and(eq(outboxMessages.status, 'queued'), lte(outboxMessages.nextAttemptAt, now)),
        and(eq(outboxMessages.status, 'sending'), lte(outboxMessages.claimedAt, new Date(now.getTime() - CLAIM_LEASE_MS))),
      ),
    )
    .orderBy(outboxMessages.nextAttemptAt)
    .limit(input.limit ?? 20)
    .for('update', { skipLocked: true });
  const claimed = await db.transaction(async (tx) =>
    tx
      .update(outboxMessages)
      .set({ status: 'sending', claimedAt: now, claimedBy: input.workerId, attempts: sql`${outboxMessages.attempts} + 1` })
      .where(inArray(outboxMessages.id, due))
      .returning(),
  );
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retried: 0, failed: 0 };
  if (claimed.length === 0) return report;

  const recipients = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, claimed.map((row) => row.recipientId)));
  const emailOf = new Map(recipients.map((r) => [r.id, r.email]));
  const ours = (id: string) => and(eq(outboxMessages.id, id), eq(outboxMessages.status, 'sending'), eq(outboxMessages.claimedBy, input.workerId));

  for (const row of claimed) {
    try {
      const to = emailOf.get(row.recipientId);
      if (!to) throw new Error('recipient has no email address');
      await input.transport.send({ to, subject: row.subject, text: row.textBody, html: row.htmlBody, messageId: row.messageId });
      await db.update(outboxMessages).set({ status: input.transport.outcome, sentAt: new Date(), lastError: null }).where(ours(row.id));
      report.sent += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const exhausted = row.attempts >= MAX_ATTEMPTS;
      await db
        .update(outboxMessages)
        .set(
          exhausted
            ? { status: 'failed', lastError: reason.slice(0, 1000) }
            : { status: 'queued', lastError: reason.slice(0, 1000), nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) },
        )
        .where(ours(row.id));
      if (exhausted) report.failed += 1;
      else report.retried += 1;
    }
  }
  return report;
}
