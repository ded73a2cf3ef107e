import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Executor } from '@/db';
import { outboxMessages, type OutboxMessage } from '@/db/schema';

export interface OutboxEntry {
  clinicId: string;
  recipientId: string;
  kind: OutboxMessage['kind'];
  dedupeKey: string;
  subject: string;
  text: string;
  html?: string | null;
}

/** The Message-ID of an outbox row: derived from its id, so every retry of the row carries the same one. */
export function messageIdFor(id: string): string {
  return `<outbox.${id}@stride-back.invalid>`;
}

/**
 * Writes the message inside the caller's transaction, so it exists if and only if the change that caused it
 * commits. The same dedupe key enqueued again writes nothing.
 */
export async function enqueue(tx: Executor, entry: OutboxEntry): Promise<void> {
  const id = randomUUID();
  await tx
    .insert(outboxMessages)
    .values({
      id,
      clinicId: entry.clinicId,
      recipientId: entry.recipientId,
      kind: entry.kind,
      dedupeKey: entry.dedupeKey,
      subject: entry.subject,
      textBody: entry.text,
      htmlBody: entry.html ?? null,
      messageId: messageIdFor(id),
    })
    .onConflictDoNothing({ target: outboxMessages.dedupeKey });
}
