import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { Client } from 'pg';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { rowsOf } from '@/db/rows';
import { alerts, outboxMessages } from '@/db/schema';
import { lockPlan, pauseRunning, raiseReview } from '@/lib/plan/changes';
import { enqueue } from '@/lib/notifications/outbox';
import type { MessageTransport, OutgoingMessage } from '@/lib/notifications/transport';
import { CLAIM_LEASE_MS, deliverDue } from '@/lib/notifications/worker';
import { createClinicWithPeople } from '../support/factories';
import { TEST_DRIVER, databaseUrlFor, requireTestDatabaseUrl } from '../support/test-database';

function countingTransport(fail: (message: OutgoingMessage, n: number) => boolean = () => false) {
  const sent: OutgoingMessage[] = [];
  let calls = 0;
  const transport: MessageTransport = {
    outcome: 'sent',
    send: async (message) => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail(message, calls)) throw new Error('421 mail server unavailable');
      sent.push(message);
    },
  };
  return { transport, sent };
}

async function outboxRows() {
  return getDb().select().from(outboxMessages);
}

async function enqueueFor(recipientId: string, clinicId: string, n = 1) {
  for (let i = 0; i < n; i++) {
    await getDb().transaction((tx) =>
      enqueue(tx, { clinicId, recipientId, kind: 'reminder_check_in', dedupeKey: `test:${randomUUID()}`, subject: 'Check-in', text: 'Please check in.' }),
    );
  }
}

beforeEach(async () => {
  await getDb().delete(outboxMessages);
});

describe(`outbox (${TEST_DRIVER})`, () => {
  it('a stop writes one message to the therapist in the transaction that raises the alert, with no clinical values in the subject', async () => {
    const { runner, therapist } = await createClinicWithPeople();
    await getDb().transaction(async (tx) => {
      const profile = await lockPlan(tx, runner.id);
      await pauseRunning(tx, { profile: profile!, rules: ['pain.severe'], on: '2026-11-20', actorId: runner.id, reason: 'Pain 7 during the run' });
    });
    const [alert] = await getDb().select().from(alerts).where(eq(alerts.runnerId, runner.id));
    const rows = await outboxRows();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ kind: 'stop_alert', recipientId: therapist.id, status: 'queued', attempts: 0, dedupeKey: `stop_alert:${alert!.id}:${therapist.id}` });
    expect(row!.subject).toBe(`${runner.name} reported a warning sign`);
    expect(row!.subject).not.toMatch(/\d/);
    expect(row!.textBody).toContain(`/therapist/runners/${runner.id}`);
    expect(row!.textBody).not.toMatch(/pain|\b7\b/i);
    expect(row!.messageId).toBe(`<outbox.${row!.id}@stride-back.invalid>`);
  });

  it('a review alert writes a review message; a rolled-back stop writes none', async () => {
    const { runner, therapist } = await createClinicWithPeople();
    await getDb().transaction(async (tx) => {
      const profile = await lockPlan(tx, runner.id);
      await raiseReview(tx, { profile: profile!, rules: ['review.long_gap'], actorId: runner.id });
    });
    expect(await outboxRows()).toMatchObject([{ kind: 'review_alert', recipientId: therapist.id }]);

    await getDb().delete(outboxMessages);
    await expect(
      getDb().transaction(async (tx) => {
        const profile = await lockPlan(tx, runner.id);
        await pauseRunning(tx, { profile: profile!, rules: ['pain.severe'], on: '2026-11-20', actorId: runner.id, reason: 'stop' });
        expect(await tx.select().from(outboxMessages)).toHaveLength(1);
        throw new Error('forced failure after the insert');
      }),
    ).rejects.toThrow('forced failure');
    expect(await outboxRows()).toHaveLength(0);
    expect(await getDb().select().from(alerts).where(eq(alerts.runnerId, runner.id))).toHaveLength(1);
  });

  it('enqueuing the same dedupe key twice writes one row', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    const entry = { clinicId: clinic.id, recipientId: therapist.id, kind: 'invitation' as const, dedupeKey: `invitation:${randomUUID()}`, subject: 'Welcome', text: 'Join' };
    await getDb().transaction((tx) => enqueue(tx, entry));
    await getDb().transaction((tx) => enqueue(tx, { ...entry, subject: 'Welcome again' }));
    expect(await outboxRows()).toMatchObject([{ subject: 'Welcome' }]);
  });

  it('workers racing deliver each message once', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 24);
    const { transport, sent } = countingTransport();
    const reports = await Promise.all(
      ['a', 'b', 'c'].map(async (workerId) => {
        const total = { claimed: 0, sent: 0 };
        for (;;) {
          const report = await deliverDue({ limit: 5, transport, workerId });
          if (report.claimed === 0) return total;
          total.claimed += report.claimed;
          total.sent += report.sent;
        }
      }),
    );
    expect(sent).toHaveLength(24);
    expect(new Set(sent.map((m) => m.messageId)).size).toBe(24);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(24);
    expect((await outboxRows()).every((row) => row.status === 'sent' && row.attempts === 1 && row.sentAt)).toBe(true);
  });

  it.skipIf(TEST_DRIVER === 'pglite')('a row locked by another connection is skipped, not waited for (PostgreSQL; PGlite has one connection)', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 2);
    const [locked, free] = await outboxRows();
    const [{ name } = { name: '' }] = rowsOf<{ name: string }>(await getDb().execute(sql`select current_database() as name`));
    const other = new Client({ connectionString: databaseUrlFor(requireTestDatabaseUrl(), name) });
    await other.connect();
    try {
      await other.query('begin');
      await other.query('select id from outbox_messages where id = $1 for update', [locked!.id]);
      const { transport, sent } = countingTransport();
      const report = await deliverDue({ transport, workerId: 'w' });
      expect(report.claimed).toBe(1);
      expect(sent.map((m) => m.messageId)).toEqual([free!.messageId]);
      await other.query('rollback');
    } finally {
      await other.end();
    }
  });

  it('a failed send is retried with backoff, then succeeds with the same Message-ID', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 1);
    const { transport, sent } = countingTransport((_, n) => n <= 2);
    const t0 = new Date(Date.now() + 1000);

    expect(await deliverDue({ now: t0, transport, workerId: 'w' })).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'queued', attempts: 1, lastError: '421 mail server unavailable' });
    expect(row!.nextAttemptAt.getTime()).toBe(t0.getTime() + 60_000);
    expect(await deliverDue({ now: new Date(t0.getTime() + 59_000), transport, workerId: 'w' })).toMatchObject({ claimed: 0 });

    const t1 = new Date(t0.getTime() + 60_000);
    expect(await deliverDue({ now: t1, transport, workerId: 'w' })).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await outboxRows();
    expect(row!.nextAttemptAt.getTime()).toBe(t1.getTime() + 120_000);

    expect(await deliverDue({ now: new Date(t1.getTime() + 120_000), transport, workerId: 'w' })).toMatchObject({ claimed: 1, sent: 1 });
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(sent.map((m) => m.messageId)).toEqual([row!.messageId]);
  });

  it('gives up after the last attempt and records the reason', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 1);
    await getDb().update(outboxMessages).set({ attempts: 7 });
    const { transport } = countingTransport(() => true);
    expect(await deliverDue({ now: new Date(Date.now() + 1000), transport, workerId: 'w' })).toMatchObject({ failed: 1 });
    expect(await outboxRows()).toMatchObject([{ status: 'failed', attempts: 8, lastError: '421 mail server unavailable' }]);
  });

  it('a claim older than the lease (the worker died mid-send) is sent again with the same Message-ID', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 1);
    const t0 = new Date(Date.now() + 1000);
    const dying: MessageTransport = { outcome: 'sent', send: () => new Promise(() => {}) };
    void deliverDue({ now: t0, transport: dying, workerId: 'dead' });
    await expect.poll(async () => (await outboxRows())[0]?.status).toBe('sending');

    const { transport, sent } = countingTransport();
    expect(await deliverDue({ now: new Date(t0.getTime() + CLAIM_LEASE_MS - 1000), transport, workerId: 'live' })).toMatchObject({ claimed: 0 });
    expect(await deliverDue({ now: new Date(t0.getTime() + CLAIM_LEASE_MS), transport, workerId: 'live' })).toMatchObject({ claimed: 1, sent: 1 });
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'sent', claimedBy: 'live', attempts: 2 });
    expect(sent.map((m) => m.messageId)).toEqual([row!.messageId]);
  });

  it('without SMTP the message is kept in the app, not sent', async () => {
    const { clinic, therapist } = await createClinicWithPeople();
    await enqueueFor(therapist.id, clinic.id, 1);
    const kept: MessageTransport = { outcome: 'kept', send: async () => {} };
    expect(await deliverDue({ transport: kept, workerId: 'w', now: new Date(Date.now() + 1000) })).toMatchObject({ sent: 1 });
    expect(await outboxRows()).toMatchObject([{ status: 'kept' }]);
  });
});
