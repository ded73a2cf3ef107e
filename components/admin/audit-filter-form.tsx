import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { auditActionLabel, OUTCOME_LABELS } from '@/lib/admin/audit/action-labels';
import { AUDIT_OUTCOMES, type AuditFilters } from '@/lib/validation/audit-filters';

interface Props {
  filters: AuditFilters;
  actions: string[];
  people: { id: string; name: string; role: string }[];
}

const control = 'mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2';

/** A GET form: the filters live in the address, and changing them starts again at the first page. */
export function AuditFilterForm({ filters, actions, people }: Props) {
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit log" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]">
      <div>
        <label htmlFor="audit-action" className="font-medium">Action</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ''} className={control}>
          <option value="">All actions</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {auditActionLabel(action)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-actor" className="font-medium">Who</label>
        <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ''} className={control}>
          <option value="">Everyone</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.role})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-outcome" className="font-medium">Outcome</label>
        <select id="audit-outcome" name="outcome" defaultValue={filters.outcome ?? ''} className={control}>
          <option value="">Any outcome</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from" className="font-medium">From (UTC)</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} className={control} />
      </div>
      <div>
        <label htmlFor="audit-to" className="font-medium">To (UTC)</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} className={control} />
      </div>
      <div className="flex items-end gap-2">
        <Button type="submit">Filter</Button>
        <Link href="/admin/audit" className="inline-flex min-h-11 items-center px-2 font-medium text-brand-800 underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
