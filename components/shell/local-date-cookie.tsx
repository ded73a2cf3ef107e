'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

function browserToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Tells the server the user's calendar day (see lib/dates/local-today.ts); re-renders once if it was different. */
export function LocalDateCookie({ serverToday }: { serverToday: string }) {
  const router = useRouter();
  useEffect(() => {
    const today = browserToday();
    document.cookie = `sb-local-date=${today}; path=/; max-age=86400; samesite=lax`;
    if (today !== serverToday) router.refresh();
  }, [router, serverToday]);
  return null;
}
