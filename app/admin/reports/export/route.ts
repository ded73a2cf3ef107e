import { exportReports } from '@/lib/admin/reports/export-response';
import { requireRole } from '@/lib/auth';

/** CSV download of one report table (?table=phases) or of all of them (?table=all) for ?from=&to=. */
export async function GET(request: Request): Promise<Response> {
  const admin = await requireRole('admin');
  return exportReports(admin, new URL(request.url).searchParams);
}
