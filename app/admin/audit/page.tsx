import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFilterForm } from '@/components/admin/audit-filter-form';
import { Card } from '@/components/ui/card';
import { auditActionLabel, auditTargetLabel, OUTCOME_LABELS } from '@/lib/admin/audit/action-labels';
import { auditDetailItems } from '@/lib/admin/audit/details';
import { AUDIT_PAGE_SIZE, auditEntries, auditFilterChoices } from '@/lib/admin/audit/queries';
import { requireRole } from '@/lib/auth';
import { parseAuditFilters, type AuditFilters } from '@/lib/validation/audit-filters';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function pageHref(filters: AuditFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'actor', 'outcome', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}

function utc(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

const OUTCOME_STYLE = { ok: 'text-slate-900', denied: 'font-medium text-red-800', failed: 'font-medium text-amber-900' } as const;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireRole('admin');
  const { filters, ignored } = parseAuditFilters(await searchParams);
  const [{ rows, hasMore }, choices] = await Promise.all([auditEntries(admin, filters), auditFilterChoices(admin)]);

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p className="mt-1 max-w-3xl text-slate-700">
        Who did what and when in {admin.clinicName}: sign-ins, refusals, exports, account and plan changes. The log never holds pain values or notes.
      </p>
      {ignored.length > 0 && (
        <p role="alert" className="mt-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          Some filters in the address were not valid and are ignored: {ignored.join(', ')}.
        </p>
      )}
      <Card className="mt-6">
        <AuditFilterForm filters={filters} actions={choices.actions.toSorted((a, b) => auditActionLabel(a).localeCompare(auditActionLabel(b)))} people={choices.people} />
      </Card>
      <Card className="mt-6">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left text-slate-700">
              {rows.length === 0 ? 'No entries match these filters.' : `Entries ${(filters.page - 1) * AUDIT_PAGE_SIZE + 1} to ${(filters.page - 1) * AUDIT_PAGE_SIZE + rows.length}, newest first. Times are UTC.`}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">When (UTC)</th>
                <th scope="col" className="py-2 pr-3">Who</th>
                <th scope="col" className="py-2 pr-3">Action</th>
                <th scope="col" className="py-2 pr-3">Outcome</th>
                <th scope="col" className="py-2 pr-3">About</th>
                <th scope="col" className="py-2 pr-3">Details</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const details = auditDetailItems(row.detail, row.detailNames);
                return (
                  <tr key={row.id} className="border-b border-slate-100 align-top">
                    <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
                      <time dateTime={row.at.toISOString()}>{utc(row.at)}</time>
                    </td>
                    <td className="py-2 pr-3">{row.actorName ? `${row.actorName} (${row.actorRole})` : 'Unknown'}</td>
                    <td className="py-2 pr-3">{auditActionLabel(row.action)}</td>
                    <td className={`py-2 pr-3 ${OUTCOME_STYLE[row.outcome]}`}>{OUTCOME_LABELS[row.outcome]}</td>
                    <td className="py-2 pr-3">{row.targetName ?? auditTargetLabel(row.targetType) ?? '—'}</td>
                    <td className="py-2 pr-3">
                      {details.length > 0 ? (
                        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                          {details.map(({ label, value }) => (
                            <div key={label} className="contents">
                              <dt className="text-slate-700">{label}</dt>
                              <dd className="break-words">{value}</dd>
                            </div>
                          ))}
                        </dl>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <nav aria-label="Audit log pages" className="mt-4 flex justify-between gap-3">
          {filters.page > 1 ? (
            <Link href={pageHref(filters, filters.page - 1)} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              ← Newer entries
            </Link>
          ) : (
            <span />
          )}
          <span className="inline-flex min-h-11 items-center text-slate-700">Page {filters.page}</span>
          {hasMore ? (
            <Link href={pageHref(filters, filters.page + 1)} className="inline-flex min-h-11 items-center font-medium text-brand-800 underline">
              Older entries →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </Card>
    </>
  );
}
