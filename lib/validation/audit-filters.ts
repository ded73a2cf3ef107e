import { z } from 'zod';
import { isIsoDate } from '@/lib/protocol';

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;

type SearchValue = string | string[] | undefined;
const single = (value: SearchValue) => (Array.isArray(value) ? value[0] : value) || undefined;

const field = {
  action: z.string().max(80).regex(/^[a-z0-9_.]+$/),
  actor: z.uuid(),
  outcome: z.enum(AUDIT_OUTCOMES),
  from: z.string().refine(isIsoDate),
  to: z.string().refine(isIsoDate),
  page: z.coerce.number().int().min(1).max(100_000),
};

export interface AuditFilters {
  action?: string;
  actor?: string;
  outcome?: (typeof AUDIT_OUTCOMES)[number];
  from?: string;
  to?: string;
  page: number;
}

/** Reads the audit view's filters from the address; a value that does not fit is dropped and reported. */
export function parseAuditFilters(params: Record<string, SearchValue>): { filters: AuditFilters; ignored: string[] } {
  const filters: AuditFilters = { page: 1 };
  const ignored: string[] = [];
  for (const key of ['action', 'actor', 'outcome', 'from', 'to', 'page'] as const) {
    const raw = single(params[key]);
    if (raw === undefined) continue;
    const parsed = field[key].safeParse(raw);
    if (parsed.success) Object.assign(filters, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { filters, ignored };
}
