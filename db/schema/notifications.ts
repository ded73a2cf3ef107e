import { sql } from 'drizzle-orm';
import { index, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { outboxKindEnum, outboxStatusEnum } from './enums';
import { clinics, users } from './people';

/**
 * The transactional outbox: a message to a person, written in the transaction of the change that caused it and
 * delivered later by lib/notifications/worker.ts. Rendered at enqueue time (subject, text, html): the row is
 * exactly what was (or will be) sent, a retry days later sends the same words, and a "Messages" page can show it.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: uuid('clinic_id').notNull().references(() => clinics.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: outboxKindEnum('kind').notNull(),
    /** Enqueuing the same event twice writes one row, e.g. `stop_alert:<alertId>:<recipientId>`. */
    dedupeKey: text('dedupe_key').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    status: outboxStatusEnum('status').notNull().default('queued'),
    attempts: smallint('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** Stable across retries (derived from the id), so a resend after a crash is recognisable as the same email. */
    messageId: text('message_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_messages_dedupe_key_unique').on(t.dedupeKey),
    // The due scan: queued rows by next attempt, and sending rows by claim age (an expired lease).
    index('outbox_messages_queued_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`),
    index('outbox_messages_sending_claimed_idx').on(t.claimedAt).where(sql`${t.status} = 'sending'`),
    index('outbox_messages_recipient_idx').on(t.recipientId, t.createdAt),
  ],
);

export type OutboxMessage = typeof outboxMessages.$inferSelect;
