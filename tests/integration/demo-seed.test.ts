import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPglite, openPostgres, useDatabaseHandle, type DatabaseHandle } from '@/db';
import { rowsOf } from '@/db/rows';
import { clinics, users } from '@/db/schema';
import { seedDemo, type DemoSummary } from '@/db/seed';
import { RIVERSIDE } from '@/db/seed-data';
import type { AdminUser } from '@/lib/admin/admin-user';
import { loadClinicReports } from '@/lib/admin/reports/load';
import { defaultRange } from '@/lib/admin/reports/range';
import { utcToday } from '@/lib/dates/local-today';
import { addDays } from '@/lib/protocol';
import { TEST_DRIVER, adminStatement, databaseUrlFor, requireTestDatabaseUrl } from '../support/test-database';
import { canonicalDump } from './demo-dump';

// The demo clinic is played through the real runner and therapist functions: it takes a while, twice.
const SEED_TIMEOUT = 600_000;

const opened: { handle: DatabaseHandle; drop: () => Promise<void> }[] = [];

/** A migrated database of its own (not the file's shared one): each seed starts from nothing. */
async function freshDatabase(): Promise<DatabaseHandle> {
  if (TEST_DRIVER === 'postgres') {
    const name = `stride_demo_${process.pid}_${Date.now()}_${opened.length}`;
    await adminStatement(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
    const handle = openPostgres(databaseUrlFor(requireTestDatabaseUrl(), name), 2);
    opened.push({ handle, drop: async () => { await handle.close(); await adminStatement(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } });
    return handle;
  }
  const handle = openPglite(new PGlite({ loadDataDir: new Blob([fs.readFileSync(inject('pgliteSnapshot'))]) }));
  opened.push({ handle, drop: () => handle.close() });
  return handle;
}

const today = utcToday();
let first: { handle: DatabaseHandle; summary: DemoSummary };
let second: { handle: DatabaseHandle; summary: DemoSummary };

beforeAll(async () => {
  for (const slot of ['first', 'second'] as const) {
    const handle = await freshDatabase();
    const started = performance.now();
    const summary = await seedDemo(handle, today);
    console.log(`demo seed (${TEST_DRIVER}) ${slot}: ${((performance.now() - started) / 1000).toFixed(1)} s, ${summary.runners} runners, ${summary.runs} runs`);
    if (slot === 'first') first = { handle, summary };
    else second = { handle, summary };
  }
}, SEED_TIMEOUT);

afterAll(async () => {
  for (const { drop } of opened) await drop();
}, SEED_TIMEOUT);

describe(`the demo clinic (${TEST_DRIVER})`, () => {
  it('ends every story as seed-data.ts tells it (the e2e tests and the README rely on the named runners)', () => {
    expect(first.summary.mismatches).toEqual([]);
  });

  it('is a clinic of at least 40 runners with three therapists and six months of history', async () => {
    const [riverside] = rowsOf<{ runners: number; therapists: number; firstPlan: string }>(
      await first.handle.db.execute(sql`select count(*)::int as runners, count(distinct rp.therapist_id)::int as therapists, min(p.first)::text as "firstPlan"
        from runner_profiles rp join clinics c on c.id = rp.clinic_id
        join lateral (select min(started_on) as first from plans where runner_id = rp.user_id) p on true
        where c.name = ${RIVERSIDE.name}`),
    );
    expect(riverside!.runners).toBeGreaterThanOrEqual(40);
    expect(riverside!.therapists).toBe(3);
    expect(riverside!.firstPlan <= addDays(today, -183)).toBe(true);
  });

  it('is the same data on every seed: two fresh databases hold the same canonical dump', async () => {
    const [a, b] = [await canonicalDump(first.handle.db), await canonicalDump(second.handle.db)];
    for (const table of Object.keys(a)) expect({ table, rows: b[table] }).toEqual({ table, rows: a[table] });
    expect(a.run_logs!.length).toBeGreaterThan(300);
    expect(JSON.stringify(a)).not.toContain('UNMAPPED');
  });

  it('has no run, and no pre-run check that cleared a run, between a stop and its resolution', async () => {
    const db = first.handle.db;
    const between = (table: string, extra = '') =>
      db.execute(
        sql.raw(`select count(*)::int as n from alerts a join ${table} x on x.runner_id = a.runner_id ${extra}
          where a.kind = 'stop' and x.created_at > a.created_at and (a.resolved_at is null or x.created_at < a.resolved_at)`),
      );
    expect(rowsOf<{ n: number }>(await between('run_logs'))[0]?.n).toBe(0);
    expect(rowsOf<{ n: number }>(await between('pre_run_checks', "and x.outcome = 'run'"))[0]?.n).toBe(0);
    const [stops] = rowsOf<{ resolved: number; open: number }>(
      await db.execute(sql`select count(*) filter (where status = 'resolved')::int as resolved, count(*) filter (where status = 'open')::int as open from alerts where kind = 'stop'`),
    );
    expect(stops!.resolved).toBeGreaterThanOrEqual(10);
    expect(stops!.open).toBeGreaterThanOrEqual(1);
  });

  it('shows a number of at least 5 in every admin report table for the default 90 days', async () => {
    const db = first.handle.db;
    const [admin] = await db
      .select({ id: users.id, name: users.name, email: users.email, clinicId: users.clinicId, clinicName: clinics.name })
      .from(users)
      .innerJoin(clinics, eq(clinics.id, users.clinicId))
      .where(eq(users.email, RIVERSIDE.admin.email));
    const adminUser: AdminUser = { ...admin!, role: 'admin', sessionId: 'test', msLeft: 60_000 };
    // The report queries read the process's database.
    useDatabaseHandle(first.handle);
    const tables = await loadClinicReports(adminUser, defaultRange(today));
    expect(tables.length).toBe(8);
    for (const table of tables) {
      const largest = Math.max(0, ...table.rows.flat().map((cell) => cell.value ?? 0));
      expect({ table: table.id, atLeastFive: largest >= 5 }).toEqual({ table: table.id, atLeastFive: true });
    }
  });
});
