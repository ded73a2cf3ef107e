import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { auditLog } from '@/db/schema';
import type { AdminUser } from '@/lib/admin/admin-user';
import { GET as exportRoute } from '@/app/admin/reports/export/route';
import { loadClinicReports } from '@/lib/admin/reports/load';
import { adherence, intakeByWeek, milestoneTimes, phaseCounts, redFlagSummary, redFlagsByWeek, setbacks, therapistOutcomes } from '@/lib/admin/reports/queries';
import { getCurrentUser } from '@/lib/auth';
import { loginAs } from '../support/factories';
import { buildReportFixture, REPORT_RANGE } from './admin-report-fixture';

/** The CSV route handler itself, as a browser request reaches it. */
const exportCsv = (params: URLSearchParams) => exportRoute(new Request(`http://localhost/admin/reports/export?${params}`));


type Fixture = Awaited<ReturnType<typeof buildReportFixture>>;
let a: Fixture;
let b: Fixture;
let adminA: AdminUser;
let adminB: AdminUser;

async function signedInAdmin(fixture: Fixture): Promise<AdminUser> {
  await loginAs(fixture.admin);
  return (await getCurrentUser()) as AdminUser;
}

beforeAll(async () => {
  // Two clinics of exactly the same shape: anything read across clinics would double a number below.
  a = await buildReportFixture('A');
  b = await buildReportFixture('B');
  adminB = await signedInAdmin(b);
  adminA = await signedInAdmin(a);
});

/** The hand-computed answers for one fixture clinic over REPORT_RANGE (see admin-report-fixture.ts). */
function expectedFor(f: Fixture) {
  return {
    // Plans covering 2026-02-03: Ada, Eve (ends 02-04), Finn continuous; Ben, Gia foundation; Cleo maintenance; Dev paused.
    phases: [
      { phase: 'continuous', runners: 3 },
      { phase: 'foundation', runners: 2 },
      { phase: 'maintenance', runners: 1 },
      { phase: 'paused', runners: 1 },
    ],
    intake: [
      // Ben's first plan 01-08. Dev's first plan 01-06 is in this week but before the range.
      { weekStart: '2026-01-05', newRunners: 1, discharges: 0 },
      { weekStart: '2026-01-12', newRunners: 0, discharges: 0 },
      { weekStart: '2026-01-19', newRunners: 0, discharges: 0 },
      // Cleo to maintenance 01-26.
      { weekStart: '2026-01-26', newRunners: 0, discharges: 1 },
      // Gia's first plan 02-03; Eve's discharge on 02-04 is after the range.
      { weekStart: '2026-02-02', newRunners: 1, discharges: 0 },
    ],
    adherence: [
      // lib/plan/adherence over 2026-01-07…02-03 (28 days). A week of each phase in the planner, at the default
      // settings (3 run days a week) and Eve's own 2: foundation and paused 3 strength + 2 mobility; walk-run and
      // continuous 3 runs + 2 strength (Eve: 2 runs + 2 strength); full and maintenance 3 runs + 2 strength + 1 mobility.
      // Each day adds a seventh of its phase's week; per runner each kind is rounded; done per kind at most what was due.
      // Whole clinic: 100 + 20 prescribed, 43 + 9 done, 6 runners (Gia's one foundation day rounds to 0 sessions, so
      // she is left out); 52 / 120 = 43.3 % → 43.
      { therapistId: null, therapistName: null, therapistActive: null, runners: 6, prescribed: 120, done: 52, percent: 43 },
      // Tara.
      // Ada: walk-run 01-07…01-18 (12 days) and continuous 01-19…02-03 (16 days), both 3 runs + 2 strength a week:
      //   28 × 3/7 = 12 runs, 28 × 2/7 = 8 strength → 20; done: 10 run days (01-08…02-03; 01-05 is before the range), no strength → 10.
      // Ben: foundation 01-08…02-03 (27 days; none on 01-07, before his plan): 27 × 3/7 = 11.6 → 12 strength, 27 × 2/7 = 7.7 → 8
      //   mobility → 20; done: 13 strength days in the plan (01-07 is before it) → 12, mobility 01-09 → 1 = 13.
      // Cleo: full 01-07…01-25 (19 days) and maintenance 01-26…02-03 (9 days), both 3 runs + 2 strength + 1 mobility:
      //   12 runs + 8 strength + 4 mobility = 24; done: 7 run days (maintenance runs count now) → 7.
      // Dev: walk-run 01-07…01-19 (13 days), paused 01-20…02-03 (15 days): runs 13 × 3/7 = 5.6 → 6; strength
      //   (13 × 2 + 15 × 3)/7 = 71/7 = 10.1 → 10; mobility 15 × 2/7 = 4.3 → 4 → 20; done: 7 runs → 6, strength 01-21, 01-24, 01-28 → 3 = 9.
      // Eve: continuous all 28 days at 2 runs + 2 strength: 8 + 8 = 16; done: 4 runs → 4.
      // Prescribed 20 + 20 + 24 + 20 + 16 = 100; done 10 + 13 + 7 + 9 + 4 = 43; 43 %.
      { therapistId: f.tara.id, therapistName: f.tara.name, therapistActive: true, runners: 5, prescribed: 100, done: 43, percent: 43 },
      // Theo. Finn: walk-run 01-07…01-11 (5 days), continuous 01-12…02-03 (23 days): 12 runs + 8 strength = 20; done: 9 run
      //   days → 9; 45 %. Gia: nothing prescribed.
      { therapistId: f.theo.id, therapistName: f.theo.name, therapistActive: true, runners: 1, prescribed: 20, done: 9, percent: 45 },
    ],
    redFlagWeeks: [
      // Raised: R1 (01-05) and R8 (01-06) are before the range. Resolved: R1 on 01-07.
      { weekStart: '2026-01-05', raised: 0, resolved: 1 },
      // R2 raised and resolved on 01-13.
      { weekStart: '2026-01-12', raised: 1, resolved: 1 },
      // R3 (01-19) and R5 (01-22) raised.
      { weekStart: '2026-01-19', raised: 2, resolved: 0 },
      // R4 raised and resolved 01-28; R5 resolved 01-26.
      { weekStart: '2026-01-26', raised: 1, resolved: 2 },
      // R6 raised 02-03 23:30 UTC; resolved after the range. The review alert is not a red flag.
      { weekStart: '2026-02-02', raised: 1, resolved: 0 },
    ],
    redFlagSummary: {
      raised: 5, // R2, R3, R4, R5, R6
      resolved: 4, // R1, R2, R4, R5
      resolvedRunners: 2, // Ada (R1, R2, R4) and Finn (R5)
      openAtEnd: 2, // R3 (still open) and R6 (resolved 02-04 01:00, after the range's end)
      medianHoursToResolve: 24, // of 6, 12, 36, 96 hours: (12 + 36) / 2
    },
    milestones: {
      continuousRunners: 2, // Ada (01-19) and Finn (01-12); Cleo and Eve reached it before the range
      continuousMedianWeeks: 3, // Ada 12-22 → 01-19 = 4 weeks, Finn 12-29 → 01-12 = 2 weeks
      dischargedRunners: 1, // Cleo to maintenance 01-26; Eve's discharge (02-04) is after the range
      dischargedMedianWeeks: 12, // Cleo 2025-11-03 → 2026-01-26 = 84 days
    },
    setbacks: {
      runs: 37, // Ada 10 (her 01-05 run is before the range), Cleo 7, Dev 7, Eve 4, Finn 9
      runners: 5, // Ada, Cleo, Dev, Eve, Finn
      regressions: 5, // Cleo 01-15, Dev 01-13 (check-in), Dev 01-15, Eve 01-15, Finn 01-09; Ada's 01-12 regress was superseded by a stop
      stops: 4, // Ada 01-12 and 01-27 (check-ins), Dev 01-19, Finn 01-21 (check-in); Ada's 01-05 stop is before the range
      runnersAfterContinuous: 4, // Ada (from 01-19), Cleo, Eve, Finn (from 01-12) ran after reaching continuous; Dev never did
      reinjuredRunners: 2, // Ada (stop 01-27 ≥ 01-19) and Finn (stop 01-21 ≥ 01-12); Ada's 01-12 stop was before continuous
    },
    therapists: [
      // Tara: in care on 02-03 Ada, Ben, Cleo (maintenance), Dev, Eve (continuous until 02-04) = 5; new Ben; red flags R2, R3, R4, R6;
      // reached continuous Ada; discharged Cleo.
      { therapistId: f.tara.id, name: f.tara.name, active: true, caseload: 5, newRunners: 1, redFlags: 4, reachedContinuous: 1, discharged: 1 },
      // Theo: Finn and Gia in care; new Gia; red flag R5; reached continuous Finn.
      { therapistId: f.theo.id, name: f.theo.name, active: true, caseload: 2, newRunners: 1, redFlags: 1, reachedContinuous: 1, discharged: 0 },
      // Uma: active with no runners. Tess (deactivated, no runners) is left out.
      { therapistId: f.uma.id, name: f.uma.name, active: true, caseload: 0, newRunners: 0, redFlags: 0, reachedContinuous: 0, discharged: 0 },
    ],
  };
}

async function reportNumbers(admin: AdminUser) {
  return {
    phases: (await phaseCounts(admin, REPORT_RANGE)).sort((x, y) => x.phase.localeCompare(y.phase)),
    intake: await intakeByWeek(admin, REPORT_RANGE),
    adherence: await adherence(admin, REPORT_RANGE),
    redFlagWeeks: await redFlagsByWeek(admin, REPORT_RANGE),
    redFlagSummary: await redFlagSummary(admin, REPORT_RANGE),
    milestones: await milestoneTimes(admin, REPORT_RANGE),
    setbacks: await setbacks(admin, REPORT_RANGE),
    therapists: await therapistOutcomes(admin, REPORT_RANGE),
  };
}

describe('clinic reports on a fixed fixture', () => {
  it('active runners by phase on the last day of the range', async () => {
    expect((await reportNumbers(adminA)).phases).toEqual(expectedFor(a).phases);
  });

  it('new runners and discharges per week', async () => {
    expect(await intakeByWeek(adminA, REPORT_RANGE)).toEqual(expectedFor(a).intake);
  });

  it('adherence for the clinic and per therapist', async () => {
    expect(await adherence(adminA, REPORT_RANGE)).toEqual(expectedFor(a).adherence);
  });

  it('red flags per week, open at the end, median time to resolution', async () => {
    expect(await redFlagsByWeek(adminA, REPORT_RANGE)).toEqual(expectedFor(a).redFlagWeeks);
    expect(await redFlagSummary(adminA, REPORT_RANGE)).toEqual(expectedFor(a).redFlagSummary);
  });

  it('median weeks from walk-run start to continuous running and to discharge', async () => {
    expect(await milestoneTimes(adminA, REPORT_RANGE)).toEqual(expectedFor(a).milestones);
  });

  it('regressions and stops by the decision in force, and re-injuries', async () => {
    expect(await setbacks(adminA, REPORT_RANGE)).toEqual(expectedFor(a).setbacks);
  });

  it('caseload and outcomes per therapist', async () => {
    expect(await therapistOutcomes(adminA, REPORT_RANGE)).toEqual(expectedFor(a).therapists);
  });

  it('gives the second clinic its own identical numbers: nothing crosses between clinics', async () => {
    expect(await reportNumbers(adminB)).toEqual(expectedFor(b));
    expect(await reportNumbers(adminA)).toEqual(expectedFor(a));
  });
});

function tableText(tables: Awaited<ReturnType<typeof loadClinicReports>>, id: string) {
  return tables.find((t) => t.id === id)!.rows.map((row) => row.map((cell) => cell.text));
}

describe('what the admin sees: small numbers hidden', () => {
  it('shows counts of 5 or more and hides 1 to 4, and rates from fewer than 5 runners', async () => {
    const tables = await loadClinicReports(adminA, REPORT_RANGE);
    expect(tableText(tables, 'phases')).toEqual([
      ['Foundation (strength before running)', '< 5'],
      ['Walk-run ladder', '0'],
      ['Continuous easy running', '< 5'],
      ['Full training', '0'],
      ['Maintenance', '< 5'],
      ['Running paused', '< 5'],
    ]);
    expect(tableText(tables, 'adherence')).toEqual([
      // The shared function's whole percent: 52 / 120 = 43 %; Tara 43 / 100 = 43 %; Theo's single runner hides his row.
      ['Whole clinic', '6', '120', '52', '43'],
      ['A Tara', '5', '100', '43', '43'],
      ['A Theo', '< 5', 'hidden', 'hidden', 'hidden'],
    ]);
    expect(tableText(tables, 'red-flag-summary')).toEqual([
      ['Raised', '5'],
      ['Resolved', '< 5'],
      ['Open at the end of the range', '< 5'],
      // Four resolved red flags of two runners: the median is hidden.
      ['Median hours from raised to resolved', 'hidden'],
    ]);
    expect(tableText(tables, 'setbacks')).toEqual([
      // 5 regressions in 37 runs of 5 runners = 13.5 per 100. Runs are counted like any count of runners' events.
      ['Regressions per 100 runs', '5', '37', '13.5'],
      ['Stops per 100 runs', '< 5', '37', 'hidden'],
      ['Re-injuries per 100 runners back to continuous running', '< 5', '< 5', 'hidden'],
    ]);
    expect(tableText(tables, 'therapists')).toEqual([
      // A caseload is a count of runners: Theo's 2 is hidden like every other small count.
      ['A Tara', '5', '< 5', '< 5', '< 5', '< 5'],
      ['A Theo', '< 5', '< 5', '< 5', '< 5', '0'],
      ['A Uma', '0', '0', '0', '0', '0'],
    ]);
    const chart = tables.find((t) => t.id === 'adherence')!;
    expect(chart.rows.map((row) => row[4]!.value)).toEqual([43, 43, null]);
  });
});

function csvLines(body: string): string[] {
  return body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
}

describe('CSV exports', () => {
  it('downloads each table exactly as shown and audits the export without values', async () => {
    await loginAs(a.admin);
    const response = await exportCsv(new URLSearchParams({ table: 'adherence', ...REPORT_RANGE }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="stride-back-adherence-2026-01-07-to-2026-02-03.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    // A UTF-8 byte-order mark first, so spreadsheet programs read the names right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvLines(new TextDecoder().decode(bytes))).toEqual([
      'Group,Runners,Sessions prescribed,Sessions done,Adherence (%)',
      'Whole clinic,6,120,52,43',
      'A Tara,5,100,43,43',
      'A Theo,< 5,hidden,hidden,hidden',
    ]);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, a.admin.id), eq(auditLog.action, 'report.export')));
    expect(audits.at(-1)).toMatchObject({
      outcome: 'ok',
      clinicId: a.clinic.id,
      detail: { report: 'adherence', from: '2026-01-07', to: '2026-02-03' },
    });
  });

  it('downloads the whole range in one file holding only this clinic', async () => {
    await loginAs(a.admin);
    const response = await exportCsv(new URLSearchParams(REPORT_RANGE));
    const lines = csvLines(await response.text());
    expect(lines[0]).toBe('report,from,to,row,column,value');
    expect(lines).toContain('intake,2026-01-07,2026-02-03,2026-01-26,Discharges,< 5');
    expect(lines).toContain('therapists,2026-01-07,2026-02-03,A Uma,Caseload,0');
    expect(lines).toContain('therapists,2026-01-07,2026-02-03,A Theo,Caseload,< 5');
    expect(lines.filter((line) => line.startsWith('therapists,') && line.endsWith(',Caseload,5'))).toEqual(['therapists,2026-01-07,2026-02-03,A Tara,Caseload,5']);
    expect(lines.some((line) => line.includes('B '))).toBe(false);
    const audits = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, a.admin.id), eq(auditLog.action, 'report.export')));
    expect(audits.at(-1)?.detail).toEqual({ report: 'all', from: '2026-01-07', to: '2026-02-03' });
  });

  it('answers a bad range or an unknown report without a file', async () => {
    await loginAs(a.admin);
    const bad = await exportCsv(new URLSearchParams({ table: 'phases', from: '2026-02-10', to: '2026-02-01' }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('The start must be on or before the end.');
    expect((await exportCsv(new URLSearchParams({ table: 'runner-pain', ...REPORT_RANGE }))).status).toBe(404);
  });

  it('refuses a therapist and a runner (404) and audits the denial', async () => {
    for (const user of [a.tara, a.runners.ada]) {
      await loginAs(user);
      await expect(exportCsv(new URLSearchParams(REPORT_RANGE))).rejects.toThrow('NEXT_NOT_FOUND');
      const denials = await getDb().select().from(auditLog).where(and(eq(auditLog.actorId, user.id), eq(auditLog.outcome, 'denied')));
      expect(denials.map((d) => d.action)).toContain('access.role');
    }
  });
});
