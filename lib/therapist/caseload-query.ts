import { PHASE_LABEL, type Phase } from '@/lib/phases';

export const CASELOAD_PAGE_SIZE = 25;
const SEARCH_MAX_LENGTH = 100;

export interface CaseloadQuery {
  search: string;
  phase: Phase | null;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** The caseload's GET form fields; anything malformed falls back to "no filter" and the first page. */
export function parseCaseloadQuery(params: SearchParams): CaseloadQuery {
  const search = first(params.q).trim().slice(0, SEARCH_MAX_LENGTH);
  const phase = first(params.phase);
  const page = Number(first(params.page));
  return {
    search,
    phase: Object.hasOwn(PHASE_LABEL, phase) ? (phase as Phase) : null,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The query string of another page of the same search. */
export function caseloadHref(query: CaseloadQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.phase) params.set('phase', query.phase);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `/therapist?${text}` : '/therapist';
}
