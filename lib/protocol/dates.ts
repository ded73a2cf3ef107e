import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

// Plain arithmetic rather than a Date per call: the planner and the decision replays parse dates in loops.
function parse(date: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(date);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1) return null;
  const monthDays = m === 2 && isLeapYear(y) ? 29 : (DAYS_IN_MONTH[m - 1] as number);
  return d <= monthDays ? { y, m, d } : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parse(value) !== null;
}

export function assertIsoDate(value: unknown, field = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${field} must be a real calendar date as YYYY-MM-DD, got ${String(value)}`);
}

/** Days since 1970-01-01 (UTC), proleptic Gregorian (H. Hinnant's days_from_civil). */
export function toDayNumber(date: IsoDate): number {
  const parts = parse(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const y = parts.m <= 2 ? parts.y - 1 : parts.y;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (parts.m + (parts.m > 2 ? -3 : 9)) + 2) / 5) + parts.d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(day: number): IsoDate {
  const at = new Date(day * MS_PER_DAY);
  const y = String(at.getUTCFullYear()).padStart(4, '0');
  const m = String(at.getUTCMonth() + 1).padStart(2, '0');
  const d = String(at.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: IsoDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** The Monday on or before `date`. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

/** The first day of the calendar week (Monday–Sunday) holding `date`; the 10 % rule's weeks. */
export function isoWeekStart(date: IsoDate): IsoDate {
  return mondayOf(date);
}

export function laterDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return toDayNumber(a) >= toDayNumber(b) ? a : b;
}

/** 'Wednesday 3 January' — locale-free, so server and browser render the same words. */
export function formatLongDate(date: IsoDate): string {
  const parts = parse(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return `${WEEKDAYS[weekdayIndex(date)]} ${parts.d} ${MONTHS[parts.m - 1]}`;
}
