import type { IsoDate } from '@/lib/protocol';

/** One plans row as a period: the open one has endedOn null; a period covers startedOn up to the day before endedOn. */
export interface PlanPeriod {
  phase: string;
  startedOn: IsoDate;
  endedOn: IsoDate | null;
}

/** The phase a runner was in on a day (the latest period covering it), or null before their first plan. */
export function phaseOn(date: IsoDate, periods: readonly PlanPeriod[]): string | null {
  let found: PlanPeriod | null = null;
  for (const period of periods) {
    const covers = period.startedOn <= date && (period.endedOn === null || date < period.endedOn);
    if (covers && (found === null || period.startedOn >= found.startedOn)) found = period;
  }
  return found?.phase ?? null;
}
