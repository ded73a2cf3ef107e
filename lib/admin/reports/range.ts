import { addDays, isIsoDate, type IsoDate } from '@/lib/protocol';
import { reportRangeSchema } from '@/lib/validation/report-range';

export interface ReportRange {
  from: IsoDate;
  to: IsoDate;
}

export const DEFAULT_RANGE_DAYS = 90;

export function defaultRange(today: IsoDate): ReportRange {
  return { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today };
}

type SearchValue = string | string[] | undefined;

function single(value: SearchValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export type RangeResult = { ok: true; range: ReportRange } | { ok: false; range: ReportRange; errors: Record<string, string> };

/**
 * The range a page or export asked for. Without dates, the last 90 days; an end without a start counts
 * 90 days back from it. Invalid dates answer the field errors and the default range.
 */
export function resolveRange(params: { from?: SearchValue; to?: SearchValue }, today: IsoDate): RangeResult {
  const fallback = defaultRange(today);
  const to = single(params.to) || today;
  const from = single(params.from) || (isIsoDate(to) ? addDays(to, -(DEFAULT_RANGE_DAYS - 1)) : to);
  const parsed = reportRangeSchema(today).safeParse({ from, to });
  if (parsed.success) return { ok: true, range: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? 'from')] ??= issue.message;
  return { ok: false, range: fallback, errors };
}

function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** Quick choices for a meeting: the last 30 and 90 days, the previous calendar month, the last 12 months. */
export function rangePresets(today: IsoDate): { label: string; range: ReportRange }[] {
  const thisMonth = monthStart(today);
  const previousMonthEnd = addDays(thisMonth, -1);
  return [
    { label: 'Last 30 days', range: { from: addDays(today, -29), to: today } },
    { label: 'Last 90 days', range: defaultRange(today) },
    { label: 'Previous month', range: { from: monthStart(previousMonthEnd), to: previousMonthEnd } },
    { label: 'Last 12 months', range: { from: addDays(today, -364), to: today } },
  ];
}

export function rangeSearch(range: ReportRange): string {
  return new URLSearchParams({ from: range.from, to: range.to }).toString();
}
