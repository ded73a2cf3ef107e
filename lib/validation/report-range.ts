import { z } from 'zod';
import { daysBetween, isIsoDate, type IsoDate } from '@/lib/protocol';

export const MAX_RANGE_DAYS = 731;

const isoDate = (label: string) => z.string({ error: `Enter the ${label} date.` }).refine(isIsoDate, `Enter the ${label} date as a real date (YYYY-MM-DD).`);

/** A report date range: both ends inclusive, ending today at the latest, at most two years long. */
export function reportRangeSchema(today: IsoDate) {
  return z.strictObject({ from: isoDate('start'), to: isoDate('end') }).superRefine((range, ctx) => {
    if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
    if (range.to > today) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The range cannot end after today.' });
    else if (range.from > range.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'The start must be on or before the end.' });
    else if (daysBetween(range.from, range.to) >= MAX_RANGE_DAYS) ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose a range of at most two years.' });
  });
}
