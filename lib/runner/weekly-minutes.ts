import { addDays, daysBetween, type IsoDate } from '@/lib/protocol';

export interface WeekMinutes {
  /** First and last day of the 7-day window. */
  start: IsoDate;
  end: IsoDate;
  label: string;
  minutes: number;
  runs: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? ''}`;
}

/**
 * Minutes run in rolling 7-day windows, oldest first, the last ending today: the same windows the week
 * planner uses (its cap for the coming 7 days comes from the 7 days before).
 */
export function weeklyRunMinutes(runs: ReadonlyArray<{ date: IsoDate; runMinutes: number }>, today: IsoDate, weeks = 6): WeekMinutes[] {
  return Array.from({ length: weeks }, (_, i) => {
    const end = addDays(today, -7 * (weeks - 1 - i));
    const start = addDays(end, -6);
    const inside = runs.filter((run) => daysBetween(start, run.date) >= 0 && daysBetween(run.date, end) >= 0);
    return {
      start,
      end,
      label: `${shortDate(start)}–${shortDate(end)}`,
      minutes: inside.reduce((sum, run) => sum + run.runMinutes, 0),
      runs: inside.length,
    };
  });
}
