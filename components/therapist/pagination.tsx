import Link from 'next/link';
import { caseloadHref, type CaseloadQuery } from '@/lib/therapist/caseload-query';

const LINK = 'inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-medium text-brand-800 hover:bg-slate-100';

export function CaseloadPagination({ query, pageCount }: { query: CaseloadQuery; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Caseload pages" className="mt-4 flex items-center gap-3">
      {query.page > 1 && (
        <Link href={caseloadHref(query, query.page - 1)} className={LINK}>
          Previous page
        </Link>
      )}
      <p>
        Page {query.page} of {pageCount}
      </p>
      {query.page < pageCount && (
        <Link href={caseloadHref(query, query.page + 1)} className={LINK}>
          Next page
        </Link>
      )}
    </nav>
  );
}
