import 'server-only';
import type { AdminUser } from '@/lib/admin/admin-user';
import { adherence, intakeByWeek, milestoneTimes, phaseCounts, redFlagSummary, redFlagsByWeek, setbacks, therapistOutcomes } from './queries';
import type { ReportRange } from './range';
import { buildReportTables, type ReportTable } from './tables';

/** All report tables of the admin's clinic for the range: eight aggregate queries, small numbers already hidden. */
export async function loadClinicReports(admin: AdminUser, range: ReportRange): Promise<ReportTable[]> {
  const [phases, intake, adherenceGroups, redFlagWeeks, summary, milestones, setbackCounts, therapists] = await Promise.all([
    phaseCounts(admin, range),
    intakeByWeek(admin, range),
    adherence(admin, range),
    redFlagsByWeek(admin, range),
    redFlagSummary(admin, range),
    milestoneTimes(admin, range),
    setbacks(admin, range),
    therapistOutcomes(admin, range),
  ]);
  return buildReportTables({
    phases,
    intake,
    adherence: adherenceGroups,
    redFlagWeeks,
    redFlagSummary: summary,
    milestones,
    setbacks: setbackCounts,
    therapists,
  });
}
