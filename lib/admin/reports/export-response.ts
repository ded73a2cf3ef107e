import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { AdminUser } from '@/lib/admin/admin-user';
import { localToday } from '@/lib/dates/local-today';
import { allReportsCsv, reportTableCsv, type CsvFile } from './export';
import { loadClinicReports } from './load';
import { resolveRange } from './range';
import { isReportId } from './tables';

function csvResponse(file: CsvFile): Response {
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}

function plainResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/**
 * A route handler is a public endpoint: it authorizes itself (admins only; anyone else 404 and audited),
 * reads only the admin's clinic, and records the export (report and range, never values).
 */
export async function exportReports(admin: AdminUser, params: URLSearchParams): Promise<Response> {
  const table = params.get('table') ?? 'all';
  if (table !== 'all' && !isReportId(table)) return plainResponse(404, 'There is no such report.');
  const resolved = resolveRange({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }, await localToday());
  if (!resolved.ok) return plainResponse(400, Object.values(resolved.errors).join(' '));
  const { range } = resolved;

  const tables = await loadClinicReports(admin, range);
  const chosen = tables.find((t) => t.id === table);
  const file = chosen ? reportTableCsv(chosen, range) : allReportsCsv(tables, range);
  await recordAudit({
    action: 'report.export',
    outcome: 'ok',
    actorId: admin.id,
    clinicId: admin.clinicId,
    targetType: 'report',
    targetId: table,
    detail: { report: table, from: range.from, to: range.to },
  });
  return csvResponse(file);
}
