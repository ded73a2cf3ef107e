import 'server-only';
import type { AdminUser } from '@/lib/admin/admin-user';
import { clinicReportData } from './queries';
import type { ReportRange } from './range';
import { buildReportTables, type ReportTable } from './tables';

/** All report tables of the admin's clinic for the range: one aggregate statement, small numbers already hidden. */
export async function loadClinicReports(admin: AdminUser, range: ReportRange): Promise<ReportTable[]> {
  return buildReportTables(await clinicReportData(admin, range));
}
