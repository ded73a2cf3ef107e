import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db';
import { rowsOf } from '@/db/rows';

/*
 * A canonical dump of a seeded database, for comparing two seeds: every table's rows as JSON with each id
 * replaced by a stable key (clinics by name, users by email, every other row by its content), sorted. Left out:
 * what is random by design (password and invitation token hashes) and the audit log's `at`, which is the real
 * time of seeding (the audit log is append-only; its rows keep the moment they were written).
 */

type Row = Record<string, unknown>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Child tables after the tables they refer to; the self-reference of decisions is mapped after all keys exist. */
const CONTENT_KEYED = [
  'invitations',
  'plans',
  'run_logs',
  'pre_run_checks',
  'exercise_logs',
  'readiness_assessments',
  'therapist_notes',
  'protocol_decisions',
  'alerts',
  'outbox_messages',
  'sessions',
] as const;

const LEFT_OUT: Record<string, string[]> = {
  users: ['password_hash'],
  invitations: ['token_hash'],
  audit_log: ['at'],
  // The Message-ID carries the row's random id; the first attempt is due at the real time of seeding.
  outbox_messages: ['message_id', 'next_attempt_at'],
};

async function tableRows(db: Database, table: string): Promise<Row[]> {
  const [row] = rowsOf<{ rows: Row[] | string }>(await db.execute(sql.raw(`select coalesce(json_agg(t), '[]'::json) as rows from ${table} t`)));
  const rows = row?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as Row[]) : rows;
}

function mapIds(value: unknown, keys: Map<string, string>, keepUnknown: boolean): unknown {
  if (typeof value === 'string') {
    if (UUID.test(value)) return keys.get(value.toLowerCase()) ?? (keepUnknown ? value : `UNMAPPED:${value}`);
    return value.replace(UUID_ANYWHERE, (id) => keys.get(id.toLowerCase()) ?? (keepUnknown ? id : `UNMAPPED:${id}`));
  }
  if (Array.isArray(value)) return value.map((v) => mapIds(v, keys, keepUnknown));
  if (value && typeof value === 'object') {
    // An idempotency key is uuid-shaped but no id: the seed derives it from what the form was for.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'idempotency_key' ? v : mapIds(v, keys, keepUnknown)]));
  }
  return value;
}

function withoutLeftOut(table: string, row: Row): Row {
  const copy = { ...row };
  for (const column of LEFT_OUT[table] ?? []) delete copy[column];
  return copy;
}

export async function canonicalDump(db: Database): Promise<Record<string, string[]>> {
  const keys = new Map<string, string>();
  const raw: Record<string, Row[]> = {};
  const tables = ['clinics', 'users', 'runner_profiles', ...CONTENT_KEYED, 'audit_log', 'rate_limits'];
  for (const table of tables) raw[table] = await tableRows(db, table);

  for (const clinic of raw.clinics!) keys.set(String(clinic.id), `clinic:${String(clinic.name)}`);
  for (const user of raw.users!) keys.set(String(user.id), `user:${String(user.email)}`);
  for (const table of CONTENT_KEYED) {
    const seen = new Map<string, number>();
    // Keyed by content with the ids known so far; a self-reference (supersedes_id) is left out of the key.
    const keyed = raw[table]!.map((row) => {
      const { id, ...rest } = withoutLeftOut(table, row);
      delete rest.supersedes_id;
      return { id: String(id), content: JSON.stringify(mapIds(rest, keys, true)) };
    });
    keyed.sort((a, b) => (a.content < b.content ? -1 : a.content > b.content ? 1 : 0));
    for (const { id, content } of keyed) {
      const n = (seen.get(content) ?? 0) + 1;
      seen.set(content, n);
      keys.set(id, `${table}:${createHash('sha256').update(content).digest('hex').slice(0, 20)}#${n}`);
    }
  }

  const dump: Record<string, string[]> = {};
  for (const table of tables) {
    dump[table] = raw[table]!.map((row) => JSON.stringify(mapIds(withoutLeftOut(table, row), keys, false))).sort();
  }
  return dump;
}
