import { exportReports } from '@/lib/admin/reports/export-response';

/** CSV download of one report table (?table=phases) or of all of them (?table=all) for ?from=&to=. */
export async function GET(request: Request): Promise<Response> {
  return exportReports(new URL(request.url).searchParams);
}
