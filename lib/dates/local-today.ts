import 'server-only';
import { cookies } from 'next/headers';
import { addDays, isIsoDate } from '@/lib/protocol';

export const LOCAL_DATE_COOKIE = 'sb-local-date';

export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The user's own calendar day. A runner in Sydney or Honolulu logs "today" in their time zone, so the
 * browser reports its date in a cookie; it is believed only within a day of the server's UTC date
 * (time zones span UTC−12 to UTC+14), otherwise the UTC date is used.
 */
export async function localToday(now = new Date()): Promise<string> {
  const server = utcToday(now);
  const reported = (await cookies()).get(LOCAL_DATE_COOKIE)?.value;
  if (reported && isIsoDate(reported) && (reported === server || reported === addDays(server, 1) || reported === addDays(server, -1))) {
    return reported;
  }
  return server;
}

/** Accepts a date a form reported as the user's today under the same rule. */
export function isPlausibleLocalDate(value: string, now = new Date()): boolean {
  const server = utcToday(now);
  return isIsoDate(value) && [addDays(server, -1), server, addDays(server, 1)].includes(value);
}
