/**
 * The small-number rule, in one place. Small numbers are hidden so that no report points at a person. A count
 * of runners (a phase, a therapist's caseload, a group), or of events that each belong to one runner (runs, red
 * flags, stops, regressions, new runners, discharges), from 1 to 4 is shown as "< 5"; a rate, share, median or
 * session total drawn from fewer than 5 runners, or from a hidden count, is shown as "hidden". Every table the
 * admin sees is built from these cells, and the page, the charts and the CSV files all read the same cells, so
 * nothing hidden on screen leaves in a file.
 */
export const SMALL_COUNT_THRESHOLD = 5;
export const SMALL_COUNT_TEXT = `< ${SMALL_COUNT_THRESHOLD}`;
export const HIDDEN_TEXT = 'hidden';
export const NO_DATA_TEXT = '—';

/** What a table shows (text) and what a chart may draw (value; null when nothing may be drawn). */
export interface Cell {
  text: string;
  value: number | null;
}

export function isSmallCount(n: number): boolean {
  return n > 0 && n < SMALL_COUNT_THRESHOLD;
}

export function labelCell(text: string): Cell {
  return { text, value: null };
}

/** A count of people or of their clinical events. */
export function countCell(n: number): Cell {
  return isSmallCount(n) ? { text: SMALL_COUNT_TEXT, value: null } : { text: String(n), value: n };
}

/**
 * A number derived from the records of `runners` people (a rate, share, median or a session total that would
 * give one away); `smallEvents` marks a rate whose own event count is hidden. One decimal unless `decimals`.
 */
export function derivedCell(value: number | null, runners: number, { smallEvents = false, decimals = 1 }: { smallEvents?: boolean; decimals?: number } = {}): Cell {
  if (runners === 0 || value === null || !Number.isFinite(value)) return { text: NO_DATA_TEXT, value: null };
  if (isSmallCount(runners) || smallEvents) return { text: HIDDEN_TEXT, value: null };
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  return { text: rounded.toFixed(decimals), value: rounded };
}

/** A whole number derived from the records of `runners` people (e.g. sessions prescribed), hidden like derivedCell. */
export function derivedCountCell(n: number, runners: number): Cell {
  if (runners === 0) return { text: String(n), value: n };
  if (isSmallCount(runners)) return { text: HIDDEN_TEXT, value: null };
  return { text: String(n), value: n };
}

/** Events per 100 of a base (runs or runners), or null when there is no base. */
export function per100(events: number, base: number): number | null {
  return base > 0 ? (events * 100) / base : null;
}
